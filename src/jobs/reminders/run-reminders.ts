/**
 * The reminder run, over ports only: read the due window, plan the digests (the pure policy),
 * leave out what the ledger holds, claim every planned nudge (in bulk), then per digest send
 * what this run claimed and record the outcome (in bulk, as sends complete). One bad recipient
 * never stops the run. The CLI, the tab's "Send nudges
 * now" and the Azure Functions timer all call this.
 */
import type { IsoDate } from '../../core/dates';
import { digestView, type DigestView, type RunSummary } from '../../core/reminder-digest';
import { NOBODY, planDigests, type ReminderPolicy } from '../../core/reminder-policy';
import { ENGLAND_AND_WALES, type WorkingDays } from '../../core/working-days';
import type { BoardPeople } from '../../ports/board-people';
import type { Notifier, SendResult } from '../../ports/notifier';
import type { TrackerStore } from '../../ports/tracker-store';
import { claimAll, holds, OutcomeRecorder, readLedger } from './reminder-ledger';
import { loadReminderItems } from './reminder-items';

export type ReminderDeps = Readonly<{ store: TrackerStore; notifier: Notifier; people: BoardPeople }>;

export type RunOptions = Readonly<{
  /** the run's date in Europe/London */
  today: IsoDate;
  /** the clock for the ledger's timestamps */
  now: () => Date;
  policy: ReminderPolicy;
  /** one board's items only (its title) */
  board?: string | null;
  /** plan only: claim nothing, send nothing */
  dryRun?: boolean;
  days?: WorkingDays;
}>;

export async function runReminders(deps: ReminderDeps, options: RunOptions): Promise<RunSummary> {
  const days = options.days ?? ENGLAND_AND_WALES;
  const items = await loadReminderItems(deps.store, deps.people, options);
  // Plan once without the ledger to learn which keys matter, then read just those rows.
  const candidates = planDigests(items, options.today, options.policy, days, () => false);
  const ledger = await readLedger(deps.store, candidates.flatMap((d) => d.nudges.map((n) => n.key)));
  const started = options.now();
  const plan = planDigests(items, options.today, options.policy, days, (key) => {
    const row = ledger.get(key);
    return row !== undefined && holds(row, started);
  });
  if (options.dryRun) {
    return { today: options.today, digests: plan.map(digestView), sent: 0, skipped: plan.length, failed: 0 };
  }

  const claims = await claimAll(
    deps.store,
    plan.flatMap((digest) => digest.nudges.map((nudge) => ({ nudge, recipient: digest.to.id, existing: ledger.get(nudge.key) }))),
    options.now()
  );
  const recorder = new OutcomeRecorder(deps.store, options.now);
  const digests: DigestView[] = [];
  let sent = 0;
  let skipped = 0;
  let failed = 0;
  for (const digest of plan) {
    const mine = digest.nudges.filter((nudge) => claims.has(nudge.key));
    if (mine.length === 0) {
      skipped += 1; // another run holds every item of it
      continue;
    }
    const view = digestView({ ...digest, nudges: mine });
    digests.push(view);
    const result = await deliver(deps.notifier, options.today, view);
    await recorder.add(mine.map((nudge) => claims.get(nudge.key) as NonNullable<ReturnType<typeof claims.get>>), result.outcome);
    if (result.outcome === 'sent') {
      sent += 1;
    } else {
      failed += 1;
    }
  }
  await recorder.flush();
  return { today: options.today, digests, sent, skipped, failed };
}

/** Sends one digest; a notifier that throws is a failed send for this recipient, not the run. */
async function deliver(notifier: Notifier, today: IsoDate, digest: DigestView): Promise<SendResult> {
  if (digest.to.id === NOBODY.id) {
    return { outcome: 'recipient-not-found', detail: 'the board has no secretary' };
  }
  try {
    return await notifier.send({ today, digest });
  } catch (error) {
    return { outcome: 'failed', detail: error instanceof Error ? error.message : String(error) };
  }
}
