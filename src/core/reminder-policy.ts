/**
 * The reminder policy (DESIGN §5), pure: which nudge each item is due for today, and the
 * digests they make. Time, the working-day calendar and what the ledger already holds are
 * parameters; nothing here reads a clock or a store.
 *
 * Per item with a deadline: a nudge N days before it for each configured offset, one on the
 * day, then one a week while overdue for `overdueWeeks` weeks. A nudge that falls on a weekend
 * or bank holiday moves to the previous working day (overdue ones to the next). A run sends the
 * latest rule whose date has come, once: a missed day is caught up once, never as two nudges.
 */
import { addDays, daysBetween, type IsoDate } from './dates';
import type { DueKind } from './due-date';
import type { ItemId, PersonRef, TrackedList } from './model';
import type { Lifecycle, Rag } from './rag';
import { onOrAfterWorkingDay, onOrBeforeWorkingDay, weekStart, type WorkingDays } from './working-days';

/**
 * `before-N` for N days before, `on-day`, `overdue`, `needs-date` for the weekly no-date digest,
 * or `round` for a highlight update a board's secretary asked for (an update round).
 */
export type ReminderRule = `before-${number}` | 'on-day' | 'overdue' | 'needs-date' | 'round';
export type DigestKind = 'owner' | 'unassigned' | 'escalation' | 'needs-date' | 'round';

/** Offsets and stop for one board (or the default). */
export type BoardReminderPolicy = Readonly<{
  /** calendar days before the due date @default [14, 7, 1] */
  offsets: readonly number[];
  /** weekly overdue nudges stop after this many weeks @default 8 */
  overdueWeeks: number;
  /** days overdue after which the workstream owner and secretaries hear of it @default 14 */
  escalateAfterDays: number;
}>;

export type ReminderPolicy = BoardReminderPolicy &
  Readonly<{
    /** per board title: what differs from the default */
    boards: Readonly<Record<string, Partial<BoardReminderPolicy>>>;
  }>;

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  offsets: [14, 7, 1],
  overdueWeeks: 8,
  escalateAfterDays: 14,
  boards: {},
};

/** What the policy needs to know of an item; the job resolves people and board beforehand. */
export type ReminderItem = Readonly<{
  list: TrackedList;
  id: ItemId;
  /** the version the item was read at: a card action writes against it */
  version: string;
  /** the item's own reference ("OD1-01", "4"), or null */
  ref: string | null;
  /** what it is, in the users' words: "Action OD1-01" */
  label: string;
  title: string;
  /** the workstream, inspection or plan it belongs to, for context */
  parent: string | null;
  dueText: string | null;
  dueDate: IsoDate | null;
  dueKind: DueKind;
  rag: Rag | null;
  lifecycle: Lifecycle;
  /** the person who owns it; null when the owner is a role nobody is mapped to, or none */
  owner: PersonRef | null;
  /** the board's title, for per-board offsets */
  board: string | null;
  /** the board's secretaries: unassigned, escalation and needs-date digests go to them */
  secretaries: readonly PersonRef[];
  /** the workstream owner (or inspection lead): escalations and needs-date digests */
  lead: PersonRef | null;
}>;

/** One item in one digest, with the ledger key that a run claims before sending it. */
export type PlannedNudge = Readonly<{
  item: ReminderItem;
  rule: ReminderRule;
  /** the rule as the ledger records it: `overdue-3`, `escalation`, `needs-date@2017-03-20` */
  ledgerRule: string;
  /** the (shifted) day this nudge was scheduled for */
  nudgeDate: IsoDate;
  /** days from today to the due date: negative when overdue; null without a date */
  daysToGo: number | null;
  /** unique in ReminderLog: item, rule, due date and recipient */
  key: string;
}>;

export type Digest = Readonly<{ to: PersonRef; kind: DigestKind; nudges: readonly PlannedNudge[] }>;

/** The ledger as the policy sees it: whether a key is already sent (or being sent). */
export type LedgerView = (key: string) => boolean;

type Scheduled = Readonly<{ rule: ReminderRule; ledgerRule: string; date: IsoDate }>;

/** Whether the item is nudged as due at all. */
export function isNudgeable(item: ReminderItem): boolean {
  return item.lifecycle === 'open' && item.rag !== 'WHITE' && item.dueKind === 'date' && item.dueDate !== null;
}

/** Open, not WHITE, and no date written or "TBC": it goes weekly into a "needs a date" digest. */
export function needsDate(item: ReminderItem): boolean {
  return (
    item.lifecycle === 'open' &&
    item.rag !== 'WHITE' &&
    (item.dueKind === 'tbc' || item.dueKind === 'none' || (item.dueKind === 'date' && item.dueDate === null))
  );
}

export function policyFor(policy: ReminderPolicy, board: string | null): BoardReminderPolicy {
  const own = board === null ? undefined : policy.boards[board];
  return {
    offsets: own?.offsets ?? policy.offsets,
    overdueWeeks: own?.overdueWeeks ?? policy.overdueWeeks,
    escalateAfterDays: own?.escalateAfterDays ?? policy.escalateAfterDays,
  };
}

/** Every nudge an item with a deadline gets, in date order (before, on the day, weekly overdue). */
export function scheduleFor(due: IsoDate, policy: BoardReminderPolicy, days: WorkingDays): Scheduled[] {
  const out: Scheduled[] = [];
  for (const offset of [...new Set(policy.offsets)].filter((o) => o > 0).sort((a, b) => b - a)) {
    const rule = `before-${offset}` as const;
    out.push({ rule, ledgerRule: rule, date: onOrBeforeWorkingDay(addDays(due, -offset), days) });
  }
  out.push({ rule: 'on-day', ledgerRule: 'on-day', date: onOrBeforeWorkingDay(due, days) });
  for (let week = 1; week <= policy.overdueWeeks; week += 1) {
    out.push({ rule: 'overdue', ledgerRule: `overdue-${week}`, date: onOrAfterWorkingDay(addDays(due, 7 * week), days) });
  }
  // Shifting back can land two rules on one day (due on a Saturday: before-1 and on-day are both
  // Friday); a stable sort keeps the later rule last, so it is the one sent.
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The last day anything is sent for an item due on `due`: the week after the last overdue
 * nudge (so a missed final week is still caught up once); after it the item lives in the
 * exception report instead.
 */
export function lastNudgeDay(due: IsoDate, policy: BoardReminderPolicy, days: WorkingDays): IsoDate {
  const last = onOrAfterWorkingDay(addDays(due, 7 * policy.overdueWeeks), days);
  return addDays(last, 6);
}

/** The latest rule whose day has come, or null (not yet due, or past the stop). */
export function currentRule(item: ReminderItem, today: IsoDate, policy: ReminderPolicy, days: WorkingDays): Scheduled | null {
  if (!isNudgeable(item) || item.dueDate === null) {
    return null;
  }
  const own = policyFor(policy, item.board);
  if (today > lastNudgeDay(item.dueDate, own, days)) {
    return null;
  }
  let latest: Scheduled | null = null;
  for (const s of scheduleFor(item.dueDate, own, days)) {
    if (s.date <= today) {
      latest = s;
    }
  }
  return latest;
}

export function ledgerKey(item: Pick<ReminderItem, 'list' | 'id'>, ledgerRule: string, due: IsoDate | null, recipient: string): string {
  return `${item.list}:${item.id}:${ledgerRule}:${due ?? 'none'}:${recipient}`;
}

/**
 * The digests a run sends today: one per recipient and kind, items in due order; nothing the
 * ledger already holds. Unassigned items go to the board's secretaries, so nothing due is
 * silently skipped (a board with no secretary yields a digest to nobody, which the run reports
 * as failed rather than dropping).
 */
export function planDigests(
  items: Iterable<ReminderItem>,
  today: IsoDate,
  policy: ReminderPolicy,
  days: WorkingDays,
  alreadySent: LedgerView
): Digest[] {
  const digests = new Map<string, { to: PersonRef; kind: DigestKind; nudges: PlannedNudge[] }>();
  const add = (to: PersonRef, kind: DigestKind, nudge: Omit<PlannedNudge, 'key'>): void => {
    const key = ledgerKey(nudge.item, nudge.ledgerRule, nudge.item.dueDate, to.id);
    if (alreadySent(key)) {
      return;
    }
    const id = `${kind}\u0000${to.id}`;
    let digest = digests.get(id);
    if (!digest) {
      digest = { to, kind, nudges: [] };
      digests.set(id, digest);
    }
    digest.nudges.push({ ...nudge, key });
  };
  const week = weekStart(today);
  // Items share due dates (a board's deadlines cluster on month and quarter ends): the schedule
  // depends only on the board's policy and the date, so it is worked out once per pair.
  const rules = new Map<string, Scheduled | null>();
  const escalations = new Map<string, IsoDate | null>();
  const pairKey = (item: ReminderItem): string => `${item.board ?? ''}\u0000${item.dueDate ?? ''}`;

  for (const item of items) {
    const daysToGo = item.dueDate === null ? null : daysBetween(today, item.dueDate);
    let current: Scheduled | null = null;
    if (isNudgeable(item)) {
      const k = pairKey(item);
      if (!rules.has(k)) {
        rules.set(k, currentRule(item, today, policy, days));
        escalations.set(k, escalationDay(item, policy, days));
      }
      current = rules.get(k) ?? null;
    }
    if (current) {
      const nudge = { item, rule: current.rule, ledgerRule: current.ledgerRule, nudgeDate: current.date, daysToGo };
      for (const to of item.owner ? [item.owner] : nobodyIfEmpty(item.secretaries)) {
        add(to, item.owner ? 'owner' : 'unassigned', nudge);
      }
      const escalation = escalations.get(pairKey(item)) ?? null;
      if (escalation !== null && escalation <= today) {
        for (const to of escalationRecipients(item)) {
          add(to, 'escalation', { item, rule: 'overdue', ledgerRule: 'escalation', nudgeDate: escalation, daysToGo });
        }
      }
    } else if (needsDate(item)) {
      const recipients = item.lead ? [item.lead] : nobodyIfEmpty(item.secretaries);
      for (const to of recipients) {
        add(to, 'needs-date', { item, rule: 'needs-date', ledgerRule: `needs-date@${week}`, nudgeDate: week, daysToGo });
      }
    }
  }
  return [...digests.values()]
    .map((d) => ({ ...d, nudges: d.nudges.sort(byDue) }))
    .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.to.displayName.localeCompare(b.to.displayName) || a.to.id.localeCompare(b.to.id));
}

/** The day an item escalates (if it is nudgeable and the escalation has not passed its stop). */
function escalationDay(item: ReminderItem, policy: ReminderPolicy, days: WorkingDays): IsoDate | null {
  if (item.dueDate === null) {
    return null;
  }
  const own = policyFor(policy, item.board);
  return onOrAfterWorkingDay(addDays(item.dueDate, own.escalateAfterDays), days);
}

/** The workstream owner (or inspection lead) and the board's secretaries, never the owner twice. */
function escalationRecipients(item: ReminderItem): PersonRef[] {
  const seen = new Set<string>(item.owner ? [item.owner.id] : []);
  const out: PersonRef[] = [];
  for (const p of [...(item.lead ? [item.lead] : []), ...item.secretaries]) {
    if (!seen.has(p.id)) {
      seen.add(p.id);
      out.push(p);
    }
  }
  return out.length > 0 ? out : item.owner ? [] : [NOBODY];
}

/** Stands for "the board has no secretary": delivered to nobody, so the run reports it failed. */
export const NOBODY: PersonRef = { id: '', displayName: 'No board secretary configured' };

function nobodyIfEmpty(people: readonly PersonRef[]): readonly PersonRef[] {
  return people.length > 0 ? people : [NOBODY];
}

const KIND_ORDER: Readonly<Record<DigestKind, number>> = { owner: 0, unassigned: 1, escalation: 2, 'needs-date': 3, round: 4 };

function byDue(a: PlannedNudge, b: PlannedNudge): number {
  return (
    (a.item.dueDate ?? '9999-12-31').localeCompare(b.item.dueDate ?? '9999-12-31') ||
    a.item.title.localeCompare(b.item.title) ||
    a.item.id - b.item.id
  );
}
