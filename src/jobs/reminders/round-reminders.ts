/**
 * "Remind those missing" for an update round, over ports only and through the same send ledger
 * as the reminder run: one digest per owner still to submit, listing their workstreams; each
 * nudge is claimed in ReminderLog first (key: the workstream, `round-<id>`, the meeting date and
 * the owner), so pressing the button twice, or two secretaries pressing it at once, sends each
 * owner one reminder per round. A failed send is claimed again by the next press.
 */
import { daysBetween, type IsoDate } from '../../core/dates';
import { digestView, type DigestView } from '../../core/reminder-digest';
import { ledgerKey, type PlannedNudge, type ReminderItem } from '../../core/reminder-policy';
import { missingOwners, type RoundView } from '../../core/update-round';
import type { ItemId, Stored } from '../../core/model';
import type { Notifier, SendResult } from '../../ports/notifier';
import type { TrackerStore } from '../../ports/tracker-store';
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

function nudgeFor(round: RoundView, ws: Stored<'workstreams'>, ownerId: string, today: IsoDate): PlannedNudge {
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
  return { item, rule: 'round', ledgerRule, nudgeDate: today, daysToGo: daysBetween(today, round.meetingDate), key: ledgerKey(item, ledgerRule, round.meetingDate, ownerId) };
}

/** Reminds each owner still to submit, once per round. */
export async function remindRound(deps: RoundReminderDeps, round: RoundView, options: Readonly<{ today: IsoDate; now: () => Date }>): Promise<RoundReminderRun> {
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
      return ws ? [nudgeFor(round, ws, owner.id, options.today)] : [];
    }),
  }));
  const ledger = await readLedger(deps.store, planned.flatMap((p) => p.nudges.map((n) => n.key)));
  const started = options.now();
  const due = planned.map((p) => ({ ...p, nudges: p.nudges.filter((n) => !(ledger.has(n.key) && holds(ledger.get(n.key) as NonNullable<ReturnType<typeof ledger.get>>, started))) }));
  const claims = await claimAll(
    deps.store,
    due.flatMap((p) => p.nudges.map((nudge) => ({ nudge, recipient: p.owner.id, existing: ledger.get(nudge.key) }))),
    options.now()
  );
  const recorder = new OutcomeRecorder(deps.store, options.now);
  const reminded: string[] = [];
  const already: string[] = [];
  const failed: string[] = [];
  for (const p of due) {
    const mine = p.nudges.filter((n) => claims.has(n.key));
    if (mine.length === 0) {
      already.push(p.owner.displayName);
      continue;
    }
    const view: DigestView = digestView({ to: p.owner, kind: 'round', nudges: mine });
    const result = await deliver(deps.notifier, options.today, view);
    await recorder.add(mine.map((n) => claims.get(n.key) as NonNullable<ReturnType<typeof claims.get>>), result.outcome);
    (result.outcome === 'sent' ? reminded : failed).push(p.owner.displayName);
  }
  await recorder.flush();
  return { reminded, already, failed, noOwner: round.entries.filter((e) => !e.submitted && !e.owner).map((e) => e.title) };
}

async function deliver(notifier: Notifier, today: IsoDate, digest: DigestView): Promise<SendResult> {
  try {
    return await notifier.send({ today, digest });
  } catch (error) {
    return { outcome: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
