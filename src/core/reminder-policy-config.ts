/**
 * Reads the reminder policy from configuration (`TRACKER_REMINDER_POLICY`, JSON):
 * `{"offsets":[14,7,1],"overdueWeeks":8,"escalateAfterDays":14,"boards":{"E&I Board":{"offsets":[7,1]}}}`.
 * Every key is optional; a bad value is refused naming the setting's field and the value.
 */
import { InvalidValueError } from './errors';
import { DEFAULT_REMINDER_POLICY, type BoardReminderPolicy, type ReminderPolicy } from './reminder-policy';

const FIELD = 'TRACKER_REMINDER_POLICY';

export function parseReminderPolicy(text: string | undefined | null): ReminderPolicy {
  if (text === undefined || text === null || text.trim() === '') {
    return DEFAULT_REMINDER_POLICY;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new InvalidValueError(FIELD, text, 'not valid JSON');
  }
  if (!isObject(raw)) {
    throw new InvalidValueError(FIELD, raw, 'expected an object such as {"offsets":[14,7,1]}');
  }
  const own = readBoardPolicy(raw, FIELD);
  const boards: Record<string, Partial<BoardReminderPolicy>> = {};
  if (raw.boards !== undefined) {
    if (!isObject(raw.boards)) {
      throw new InvalidValueError(`${FIELD}.boards`, raw.boards, 'expected an object keyed by board title');
    }
    for (const [board, value] of Object.entries(raw.boards)) {
      if (!isObject(value)) {
        throw new InvalidValueError(`${FIELD}.boards.${board}`, value, 'expected an object');
      }
      boards[board] = readBoardPolicy(value, `${FIELD}.boards.${board}`);
    }
  }
  return { ...DEFAULT_REMINDER_POLICY, ...own, boards };
}

function readBoardPolicy(raw: Record<string, unknown>, path: string): Partial<BoardReminderPolicy> {
  const out: { -readonly [K in keyof BoardReminderPolicy]?: BoardReminderPolicy[K] } = {};
  for (const key of Object.keys(raw)) {
    if (!['offsets', 'overdueWeeks', 'escalateAfterDays', ...(path === FIELD ? ['boards'] : [])].includes(key)) {
      throw new InvalidValueError(`${path}.${key}`, raw[key], 'unknown setting; allowed: offsets, overdueWeeks, escalateAfterDays, boards');
    }
  }
  if (raw.offsets !== undefined) {
    const offsets = raw.offsets;
    if (!Array.isArray(offsets) || offsets.some((o) => !Number.isInteger(o) || o < 1 || o > 365)) {
      throw new InvalidValueError(`${path}.offsets`, offsets, 'expected whole numbers of days from 1 to 365, e.g. [14, 7, 1]');
    }
    out.offsets = offsets as number[];
  }
  for (const key of ['overdueWeeks', 'escalateAfterDays'] as const) {
    const value = raw[key];
    if (value !== undefined) {
      if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 104 * 7) {
        throw new InvalidValueError(`${path}.${key}`, value, 'expected a whole number, 0 or more');
      }
      out[key] = value as number;
    }
  }
  return out;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
