/**
 * Reminders for update rounds, over ports only and through the same send ledger as the reminder
 * run: one digest per owner still to submit, listing their workstreams; each nudge is claimed in
 * ReminderLog first, so a repeat sends nothing twice and of two overlapping senders one sends.
 * A failed send is claimed again by the next press or run.
 * - "Remind those missing" (local mode's button): once per round — key: the workstream,
 *   `round-<id>`, the meeting date and the owner.
 * - The scheduled job (Microsoft 365's hosted run): each open round whose meeting is ahead, on
 *   the days core/round-reminder-policy.ts gives — key: the workstream, `round-<id>`, the
 *   nudge's date and the owner, so each nudge day sends once.
 * - The ask when a round opens (local mode, where no hosted job runs): keyed as the scheduled
 *   job's opening nudge, so neither the job nor "Remind those missing" up to that day repeats it.
 */
import { daysBetween, londonDateOf, type IsoDate } from '../../core/dates';
import { digestView, type DigestView } from '../../core/reminder-digest';
import { ledgerKey, type PlannedNudge, type ReminderItem } from '../../core/reminder-policy';
import { currentRoundNudge } from '../../core/round-reminder-policy';
import { onOrAfterWorkingDay } from '../../core/working-days';
import { missingOwners, type RoundView } from '../../core/update-round';
import { ENGLAND_AND_WALES, type WorkingDays } from '../../core/working-days';
import type { ItemId, Stored } from '../../core/model';
import type { Notifier, SendResult } from '../../ports/notifier';
import { queryAll, type TrackerStore } from '../../ports/tracker-store';
import { roundEntriesOf, summaryOf } from '../../services/rounds';
import { claimAll, holds, OutcomeRecorder, readLedger } from './reminder-ledger';

export type RoundReminderDeps = Readonly<{ store: TrackerStore; notifier: Notifier }>;

export type RoundReminderRun = Readonly<{
  /** the people reminded now */
  reminded: readonly string[];
  /** owners already reminded for this round (the ledger holds their nudges) */
  already: readonly string[];
  failed: readonly string[];
  /** workstreams with no person named as owner: nobody to remind */
  noOwner: readonly string[];
}>;

/** What a round's reminders need of it. */
type RoundToNudge = Pick<RoundView, 'id' | 'board' | 'meetingDate' | 'entries'>;

function nudgeFor(round: RoundToNudge, ws: Stored<'workstreams'>, ownerId: string, today: IsoDate, keyDate: IsoDate): PlannedNudge {
  const item: ReminderItem = {
    list: 'workstreams',
    id: ws.id,
    version: ws.version,
    ref: ws.ref,
    label: 'Workstream',
    title: ws.title,
    parent: round.board,
    dueText: null,
    dueDate: round.meetingDate,
    dueKind: 'date',
    rag: ws.projectRag,
    lifecycle: 'open',
    owner: ws.owner,
    board: round.board,
    secretaries: [],
    lead: null,
  };
  const ledgerRule = `round-${round.id}`;
  return { item, rule: 'round', ledgerRule, nudgeDate: today, daysToGo: daysBetween(today, round.meetingDate), key: ledgerKey(item, ledgerRule, keyDate, ownerId) };
}

type SendOptions = Readonly<{ today: IsoDate; now: () => Date }>;

/** The day of a round's opening nudge: the day it opened, or the next working day (as the scheduled job keys it). */
export function openingNudgeDate(openedAt: string, days: WorkingDays = ENGLAND_AND_WALES): IsoDate {
  return onOrAfterWorkingDay(londonDateOf(new Date(openedAt)), days);
}

/**
 * Reminds each owner still to submit, once per round. Up to the day of the opening ask, an
 * owner that ask reached is not asked again (the secretary pressing at once repeats nothing).
 */
export async function remindRound(deps: RoundReminderDeps, round: RoundView, options: SendOptions): Promise<RoundReminderRun> {
  const opening = openingNudgeDate(round.openedAt);
  return (await nudgeMissing(deps, round, round.meetingDate, options, options.today <= opening ? [opening] : [])).run;
}

/** Asks each owner of the round's board for their highlight update now: the opening nudge, sent as the round opens. */
export async function askOnOpening(deps: RoundReminderDeps, round: Stored<'updateRounds'>, board: string, options: SendOptions): Promise<RoundReminderRun> {
  const entries = await roundEntriesOf(deps.store, round);
  return (await nudgeMissing(deps, { ...summaryOf(round, board), entries }, openingNudgeDate(round.openedAt), options)).run;
}

/**
 * One digest per owner still to submit, each nudge keyed by `keyDate`; what the ledger holds is
 * left out — under that key, or under the same nudge keyed by any of `heldDates`.
 */
async function nudgeMissing(
  deps: RoundReminderDeps,
  round: RoundToNudge,
  keyDate: IsoDate,
  options: SendOptions,
  heldDates: readonly IsoDate[] = []
): Promise<{ run: RoundReminderRun; digests: DigestView[] }> {
  const groups = missingOwners(round.entries);
  const workstreams = new Map<number, Stored<'workstreams'>>();
  for (const { workstreams: entries } of groups) {
    for (const e of entries) {
      const ws = await deps.store.get('workstreams', e.workstreamId as ItemId);
      if (ws) {
        workstreams.set(ws.id, ws);
      }
    }
  }
  const planned = groups.map(({ owner, workstreams: entries }) => ({
    owner,
    nudges: entries.flatMap((e) => {
      const ws = workstreams.get(e.workstreamId);
      return ws ? [nudgeFor(round, ws, owner.id, options.today, keyDate)] : [];
    }),
  }));
  const alsoHeldBy = (n: PlannedNudge, owner: string): string[] => heldDates.map((d) => ledgerKey(n.item, n.ledgerRule, d, owner));
  const ledger = await readLedger(deps.store, planned.flatMap((p) => p.nudges.flatMap((n) => [n.key, ...alsoHeldBy(n, p.owner.id)])));
  const started = options.now();
  const held = (key: string): boolean => {
    const row = ledger.get(key);
    return row !== undefined && holds(row, started);
  };
  const due = planned.map((p) => ({ ...p, nudges: p.nudges.filter((n) => !held(n.key) && !alsoHeldBy(n, p.owner.id).some(held)) }));
  const claims = await claimAll(
    deps.store,
    due.flatMap((p) => p.nudges.map((nudge) => ({ nudge, recipient: p.owner.id, existing: ledger.get(nudge.key) }))),
    options.now()
  );
  const recorder = new OutcomeRecorder(deps.store, options.now);
  const reminded: string[] = [];
  const already: string[] = [];
  const failed: string[] = [];
  const digests: DigestView[] = [];
  for (const p of due) {
    const mine = p.nudges.filter((n) => claims.has(n.key));
    if (mine.length === 0) {
      already.push(p.owner.displayName);
      continue;
    }
    const view: DigestView = digestView({ to: p.owner, kind: 'round', nudges: mine });
    digests.push(view);
    const result = await deliver(deps.notifier, options.today, view);
    await recorder.add(mine.map((n) => claims.get(n.key) as NonNullable<ReturnType<typeof claims.get>>), result.outcome);
    (result.outcome === 'sent' ? reminded : failed).push(p.owner.displayName);
  }
  await recorder.flush();
  return { run: { reminded, already, failed, noOwner: round.entries.filter((e) => !e.submitted && !e.owner).map((e) => e.title) }, digests };
}

export type ScheduledRoundOptions = SendOptions & Readonly<{ board?: string | null; days?: WorkingDays }>;

/** What the scheduled run did for rounds: the digests it sent or tried, and the counts as the reminder run reports them. */
export type ScheduledRoundRun = Readonly<{ digests: readonly DigestView[]; sent: number; skipped: number; failed: number }>;

/**
 * The scheduled job's part for update rounds: each round whose meeting is ahead (of one board,
 * when asked) that has a nudge due today nudges the owners still to submit. Read through the
 * indexed meeting date; a submission since the round opened counts, as on the round's page.
 */
export async function runRoundReminders(deps: RoundReminderDeps, options: ScheduledRoundOptions): Promise<ScheduledRoundRun> {
  const days = options.days ?? ENGLAND_AND_WALES;
  const rounds = await queryAll(deps.store, 'updateRounds', { where: [{ field: 'meetingDate', op: 'gt', value: options.today }] });
  const digests: DigestView[] = [];
  let sent = 0;
  let skipped = 0;
  let failed = 0;
  for (const round of rounds.sort((a, b) => a.meetingDate.localeCompare(b.meetingDate) || a.id - b.id)) {
    const nudge = currentRoundNudge(londonDateOf(new Date(round.openedAt)), round.meetingDate, options.today, days);
    if (!nudge) {
      continue;
    }
    const board = (await deps.store.get('boards', round.boardId))?.title ?? '';
    if (options.board && board !== options.board) {
      continue;
    }
    const entries = await roundEntriesOf(deps.store, round as Stored<'updateRounds'>);
    const { run, digests: mine } = await nudgeMissing(deps, { ...summaryOf(round, board), entries }, nudge.date, options);
    digests.push(...mine);
    sent += run.reminded.length;
    failed += run.failed.length;
    skipped += run.already.length;
  }
  return { digests, sent, skipped, failed };
}

async function deliver(notifier: Notifier, today: IsoDate, digest: DigestView): Promise<SendResult> {
  try {
    return await notifier.send({ today, digest });
  } catch (error) {
    return { outcome: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
