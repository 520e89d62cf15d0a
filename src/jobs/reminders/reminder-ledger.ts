/**
 * The send ledger over the store port (the ReminderLog list). A run claims its nudges by adding
 * their keys — unique in the list (EnforceUniqueValues on SharePoint, a UNIQUE index in SQLite) —
 * before sending, so of two overlapping runs exactly one sends each. The outcome is then recorded;
 * a failed, throttled or undeliverable nudge is claimed again (at its version) by the next run.
 * Reads and writes go in bulk — the key column queried in bounded chunks whose first pages share
 * $batch requests, claims and outcomes in $batch requests of ≤ 100 — so a run on SharePoint costs
 * a few requests per hundred nudges rather than several per nudge.
 */
import { DuplicateKeyError, VersionConflictError } from '../../core/errors';
import type { ItemId, ReminderLogEntry, Stored, Version } from '../../core/model';
import type { PlannedNudge } from '../../core/reminder-policy';
import type { SendOutcome } from '../../ports/notifier';
import { SHAREPOINT_BATCH_LIMIT, queryAllMany, type TrackerStore, type Written } from '../../ports/tracker-store';

/** `snoozed`: the person pressed "Snooze 7 days", so the nudges of that week are held as sent. */
export type LedgerOutcome = 'claimed' | 'snoozed' | SendOutcome;
export type LedgerRow = Stored<'reminderLog'>;
/** A row this run holds: enough to record its outcome at the version it claimed. */
export type Claim = Readonly<{ id: ItemId; version: Version }>;

/** A claim older than this is taken to be from a run that died before recording an outcome. */
export const STALE_CLAIM_MS = 60 * 60 * 1000;

/**
 * Keys per query: each becomes an `or` of equalities on the indexed, unique key column, so a
 * query matches at most this many rows (far below the list view threshold) and its URL stays
 * short enough for SharePoint.
 */
const KEYS_PER_QUERY = 40;

/** The ledger rows for these keys. */
export async function readLedger(store: TrackerStore, keys: readonly string[]): Promise<Map<string, LedgerRow>> {
  const unique = [...new Set(keys)];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += KEYS_PER_QUERY) {
    chunks.push(unique.slice(i, i + KEYS_PER_QUERY));
  }
  const pages = await queryAllMany(store, chunks.map((chunk) => ['reminderLog', { where: [{ field: 'key', op: 'in', value: chunk }] }] as const));
  return new Map(pages.flat().map((row) => [row.key, row]));
}

/** Whether a row means "already sent, or being sent right now": the policy then skips the key. */
export function holds(row: LedgerRow, now: Date): boolean {
  return row.outcome === 'sent' || row.outcome === 'snoozed' || (row.outcome === 'claimed' && now.getTime() - Date.parse(row.at) < STALE_CLAIM_MS);
}

export type ClaimRequest = Readonly<{ nudge: PlannedNudge; recipient: string; existing: LedgerRow | undefined }>;

/**
 * Claims nudges for this run, in bulk: new keys are added, retryable rows taken over at the
 * version read. Returns the claims by key; a key another run holds (a duplicate key, or a row
 * that changed since it was read) is left out. Any other refusal stops the run before it sends.
 */
export async function claimAll(store: TrackerStore, requests: readonly ClaimRequest[], now: Date): Promise<Map<string, Claim>> {
  const at = now.toISOString();
  const fresh = requests.filter((r) => !r.existing);
  const retaken = requests.filter((r): r is ClaimRequest & { existing: LedgerRow } => r.existing !== undefined && !holds(r.existing, now));
  const entries = fresh.map(({ nudge, recipient }): ReminderLogEntry => ({
    key: nudge.key,
    list: nudge.item.list,
    itemId: nudge.item.id,
    rule: nudge.ledgerRule,
    dueDate: nudge.item.dueDate,
    recipient,
    outcome: 'claimed',
    at,
  }));
  const [added, updated] = await Promise.all([
    store.addEach('reminderLog', entries),
    store.updateEach('reminderLog', retaken.map((r) => ({ id: r.existing.id, version: r.existing.version, patch: { outcome: 'claimed', at } }))),
  ]);
  const out = new Map<string, Claim>();
  const take = (results: readonly Written[], keys: readonly string[]) =>
    results.forEach((result, i) => {
      if (result.ok) {
        out.set(keys[i] as string, { id: result.id, version: result.version });
      } else if (!(result.error instanceof DuplicateKeyError || result.error instanceof VersionConflictError)) {
        throw result.error;
      }
    });
  take(added, fresh.map((r) => r.nudge.key));
  take(updated, retaken.map((r) => r.nudge.key));
  return out;
}

/**
 * Records outcomes of claimed nudges, flushed in $batch-sized groups as sends complete, so a run
 * that dies mid-way leaves at most one group's outcomes unrecorded (claims then expire and are
 * retried after STALE_CLAIM_MS).
 */
export class OutcomeRecorder {
  private pending: Array<{ claim: Claim; outcome: SendOutcome }> = [];

  constructor(
    private readonly store: TrackerStore,
    private readonly now: () => Date
  ) {}

  async add(claims: readonly Claim[], outcome: SendOutcome): Promise<void> {
    this.pending.push(...claims.map((claim) => ({ claim, outcome })));
    while (this.pending.length >= SHAREPOINT_BATCH_LIMIT) {
      await this.write(this.pending.splice(0, SHAREPOINT_BATCH_LIMIT));
    }
  }

  async flush(): Promise<void> {
    const rest = this.pending.splice(0);
    if (rest.length > 0) {
      await this.write(rest);
    }
  }

  private async write(group: ReadonlyArray<{ claim: Claim; outcome: SendOutcome }>): Promise<void> {
    const at = this.now().toISOString();
    const results = await this.store.updateEach('reminderLog', group.map(({ claim, outcome }) => ({ id: claim.id, version: claim.version, patch: { outcome, at } })));
    const refused = results.find((r): r is Extract<Written, { ok: false }> => !r.ok);
    if (refused) {
      throw refused.error;
    }
  }
}
