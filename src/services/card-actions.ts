/**
 * What a reminder card's buttons do, the same in Teams (the bot's `adaptiveCard/action` invoke)
 * and in the local Outbox: update progress and RAG (the RED and WHITE rules apply as in the tab),
 * propose complete (two-key closure), snooze 7 days. Every write goes through the store at the
 * version the card was built from, checks that the presser may act on the item, and records the
 * presser — never the bot — as the author. A stale card answers with both values, not a save.
 */
import { addDays, type IsoDate } from '../core/dates';
import { DuplicateKeyError, InvalidValueError, VersionConflictError } from '../core/errors';
import { validateEdit, type ItemEdit } from '../core/item-edit';
import { asItemId, type TrackedList } from '../core/model';
import { CARD_VERBS, RAG_NOT_SET, inputId, type CardActionData, type CardVerb } from '../core/cards/card-actions';
import { currentRule, ledgerKey, needsDate, type ReminderItem, type ReminderPolicy } from '../core/reminder-policy';
import type { TrackedItem } from '../core/tracked-item';
import { ENGLAND_AND_WALES, weekStart, type WorkingDays } from '../core/working-days';
import type { Person } from '../ports/directory';
import type { TrackerStore } from '../ports/tracker-store';
import { boardTitleOf } from './board-of';
import { proposeClosureOf } from './closure';
import { getItem, saveEdit, TRACKED_LISTS } from './items';
import { assertCanEdit } from './permissions';

export const SNOOZE_DAYS = 7;

export type CardActionRequest = Readonly<{
  action: CardActionData;
  /** the card's input values, by input id */
  inputs: Readonly<Record<string, unknown>>;
  actor: Person;
  /** ISO instant of the press */
  at: string;
  /** the day in Europe/London (local mode: the tab's "as of") */
  today: IsoDate;
  policy: ReminderPolicy;
  days?: WorkingDays;
}>;

export type CardActionResult = Readonly<{
  outcome: 'saved' | 'proposed' | 'snoozed' | 'conflict';
  /** one sentence for the person who pressed */
  message: string;
  item: TrackedItem;
  /** on a conflict: what the card tried to write, beside `item` as it now is */
  attempted?: Partial<ItemEdit>;
}>;

/** Validates what a card sent back: verb, list, id and version, naming a bad field. */
export function readCardAction(data: unknown): CardActionData {
  const o = (data ?? {}) as Record<string, unknown>;
  const verb = o.verb ?? o.action;
  if (typeof verb !== 'string' || !(CARD_VERBS as readonly string[]).includes(verb)) {
    throw new InvalidValueError('verb', verb, `allowed: ${CARD_VERBS.join(', ')}`);
  }
  if (typeof o.list !== 'string' || !(TRACKED_LISTS as readonly string[]).includes(o.list)) {
    throw new InvalidValueError('list', o.list, `allowed: ${TRACKED_LISTS.join(', ')}`);
  }
  const id = Number(o.id);
  if (!Number.isInteger(id) || id <= 0) {
    throw new InvalidValueError('id', o.id, 'must be a positive whole number');
  }
  if (typeof o.version !== 'string' || o.version === '') {
    throw new InvalidValueError('version', o.version, 'is required: the version the card was built from');
  }
  return { verb: verb as CardVerb, list: o.list as TrackedList, id: asItemId(id), version: o.version };
}

export async function handleCardAction(store: TrackerStore, request: CardActionRequest): Promise<CardActionResult> {
  switch (request.action.verb) {
    case 'updateProgress':
      return updateProgress(store, request);
    case 'proposeComplete':
      return proposeComplete(store, request);
    default:
      return snooze(store, request);
  }
}

const input = (request: CardActionRequest, field: Parameters<typeof inputId>[0]): string => {
  const value = request.inputs[inputId(field, request.action.list, request.action.id)];
  return typeof value === 'string' ? value.trim() : '';
};

/** The edit the card's form asks for: blank text means "leave as it is". */
export function editFromCard(request: CardActionRequest): Partial<ItemEdit> {
  const raw: Record<string, unknown> = {};
  const progress = input(request, 'progress');
  if (progress) {
    raw.progress = progress;
  }
  const rag = input(request, 'rag');
  if (rag) {
    raw.rag = rag === RAG_NOT_SET ? null : rag;
  }
  const rationale = input(request, 'rationale');
  if (rationale) {
    raw.ragRationale = rationale;
  }
  const org = input(request, 'org');
  if (org) {
    raw.responsibleOrg = org;
  }
  if (Object.keys(raw).length === 0) {
    throw new InvalidValueError('progress', '', 'write some progress or choose a RAG before saving');
  }
  return validateEdit(raw);
}

async function updateProgress(store: TrackerStore, request: CardActionRequest): Promise<CardActionResult> {
  const { list, id, version } = request.action;
  const edit = editFromCard(request);
  try {
    const item = await saveEdit(store, { list, id, version, edit, actor: request.actor, at: request.at });
    return { outcome: 'saved', message: `Saved: ${item.label} is ${item.rag ?? 'not set'}${edit.progress ? ', with your progress' : ''}.`, item };
  } catch (error) {
    return conflictOr(error, edit);
  }
}

async function proposeComplete(store: TrackerStore, request: CardActionRequest): Promise<CardActionResult> {
  const { list, id, version } = request.action;
  if (list === 'workstreams') {
    throw new InvalidValueError('list', list, 'a workstream is not closed from a card');
  }
  try {
    const item = await proposeClosureOf(store, null, { list, id, version, actor: request.actor, at: request.at, note: input(request, 'note'), link: input(request, 'link') });
    return { outcome: 'proposed', message: `Sent for closure: a lead or the board's secretary will accept or return ${item.label}.`, item };
  } catch (error) {
    return conflictOr(error, {});
  }
}

/**
 * Snooze holds, for the presser, every nudge the policy would send them for this item in the
 * next 7 days: those keys go into the ledger as `snoozed`, so a run skips them and the schedule
 * resumes with the first nudge after. Nothing about the item itself changes.
 */
async function snooze(store: TrackerStore, request: CardActionRequest): Promise<CardActionResult> {
  const { list, id } = request.action;
  const item = await getItem(store, list, id);
  const board = await boardTitleOf(store, list, id);
  assertCanEdit(request.actor, item, item.owner?.id === request.actor.id ? null : board);
  const policyItem: ReminderItem = {
    list,
    id,
    version: item.version,
    ref: null,
    label: item.label,
    title: item.title,
    parent: null,
    dueText: item.due.text,
    dueDate: item.due.date,
    dueKind: item.due.kind,
    rag: item.rag,
    lifecycle: item.lifecycle,
    owner: item.owner,
    board,
    secretaries: [],
    lead: null,
  };
  const until = addDays(request.today, SNOOZE_DAYS);
  const rules = new Set<string>();
  for (let day = request.today; day < until; day = addDays(day, 1)) {
    const rule = currentRule(policyItem, day, request.policy, request.days ?? ENGLAND_AND_WALES);
    if (rule) {
      rules.add(rule.ledgerRule);
    } else if (needsDate(policyItem)) {
      rules.add(`needs-date@${weekStart(day)}`);
    }
  }
  for (const rule of [...rules, 'escalation']) {
    const key = ledgerKey(policyItem, rule, policyItem.dueDate, request.actor.id);
    try {
      await store.add('reminderLog', { key, list, itemId: id, rule, dueDate: policyItem.dueDate, recipient: request.actor.id, outcome: 'snoozed', at: request.at });
    } catch (error) {
      if (!(error instanceof DuplicateKeyError)) {
        throw error;
      }
    }
  }
  return { outcome: 'snoozed', message: `Snoozed: no reminder about ${item.label} until ${until}.`, item };
}

function conflictOr(error: unknown, attempted: Partial<ItemEdit>): CardActionResult {
  if (error instanceof VersionConflictError) {
    const item = error.current as TrackedItem;
    return {
      outcome: 'conflict',
      message: `${item.label} changed after this card was sent. Here is what it is now beside what you wrote; nothing was saved.`,
      item,
      attempted,
    };
  }
  throw error;
}
