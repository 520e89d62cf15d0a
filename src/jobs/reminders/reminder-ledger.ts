/**
 * The send ledger over the store port (the ReminderLog list). A run claims a nudge by adding
 * its key — unique in the list (EnforceUniqueValues on SharePoint, a UNIQUE index in SQLite) —
 * before sending, so of two overlapping runs exactly one sends. The outcome is then recorded;
 * a failed, throttled or undeliverable nudge is claimed again (at its version) by the next run.
 */
import { DuplicateKeyError, VersionConflictError } from '../../core/errors';
import type { ReminderLogEntry, Stored } from '../../core/model';
import type { PlannedNudge } from '../../core/reminder-policy';
import type { SendOutcome } from '../../ports/notifier';
import { queryAll, type TrackerStore } from '../../ports/tracker-store';

/** `snoozed`: the person pressed "Snooze 7 days", so the nudges of that week are held as sent. */
export type LedgerOutcome = 'claimed' | 'snoozed' | SendOutcome;
export type LedgerRow = Stored<'reminderLog'>;

/** A claim older than this is taken to be from a run that died before recording an outcome. */
export const STALE_CLAIM_MS = 60 * 60 * 1000;

/** Keys per query: short enough for a SharePoint URL, which an `in` turns into an `or` chain. */
const KEYS_PER_QUERY = 40;

/** The ledger rows for these keys (filtering on the indexed, unique key column). */
export async function readLedger(store: TrackerStore, keys: readonly string[]): Promise<Map<string, LedgerRow>> {
  const unique = [...new Set(keys)];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += KEYS_PER_QUERY) {
    chunks.push(unique.slice(i, i + KEYS_PER_QUERY));
  }
  const pages = await Promise.all(chunks.map((chunk) => queryAll(store, 'reminderLog', { where: [{ field: 'key', op: 'in', value: chunk }] })));
  return new Map(pages.flat().map((row) => [row.key, row]));
}

/** Whether a row means "already sent, or being sent right now": the policy then skips the key. */
export function holds(row: LedgerRow, now: Date): boolean {
  return row.outcome === 'sent' || row.outcome === 'snoozed' || (row.outcome === 'claimed' && now.getTime() - Date.parse(row.at) < STALE_CLAIM_MS);
}

/**
 * Claims one nudge for this run: adds its key, or takes over a retryable row at the version read.
 * Returns the claimed row, or null when another run holds it.
 */
export async function claim(store: TrackerStore, nudge: PlannedNudge, recipient: string, existing: LedgerRow | undefined, now: Date): Promise<LedgerRow | null> {
  const at = now.toISOString();
  try {
    if (existing) {
      if (holds(existing, now)) {
        return null;
      }
      return await store.update('reminderLog', existing.id, existing.version, { outcome: 'claimed', at });
    }
    const entry: ReminderLogEntry = {
      key: nudge.key,
      list: nudge.item.list,
      itemId: nudge.item.id,
      rule: nudge.ledgerRule,
      dueDate: nudge.item.dueDate,
      recipient,
      outcome: 'claimed',
      at,
    };
    return await store.add('reminderLog', entry);
  } catch (error) {
    if (error instanceof DuplicateKeyError || error instanceof VersionConflictError) {
      return null;
    }
    throw error;
  }
}

/** Records what happened to a claimed nudge. */
export async function record(store: TrackerStore, row: LedgerRow, outcome: SendOutcome, now: Date): Promise<void> {
  await store.update('reminderLog', row.id, row.version, { outcome, at: now.toISOString() });
}
