/**
 * Issue 12, local mode: opening an update round asks each workstream owner at once — a round
 * digest in their Outbox, claimed in ReminderLog — so "Remind those missing" the same day
 * repeats nothing, and a later press reminds only those still missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDirectory } from '../../src/adapters/local/local-directory';
import { SqliteOutbox } from '../../src/adapters/sqlite/sqlite-outbox';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import type { IsoDate } from '../../src/core/dates';
import type { Stored } from '../../src/core/model';
import { queryAll } from '../../src/ports/tracker-store';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { findBoard } from '../../src/services/board-pack';
import { runRoundReminders } from '../../src/jobs/reminders/round-reminders';
import { startLocalServer, type RunningServer } from '../../src/server/create-server';
import { anUpdate } from '../helpers/builders';

const SECRETARY = 'morgan.ellis@colp.example';
const OPENED = new Date('2026-12-01T09:00:00Z'); // a Tuesday
const MEETING = '2026-12-22';

let server: RunningServer;
let store: SqliteStore;
let clock = OPENED;
let workstreams: Stored<'workstreams'>[];

beforeAll(async () => {
  store = new SqliteStore();
  await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
  const board = await findBoard(store, 'Operational Delivery Board');
  workstreams = (await queryAll(store, 'workstreams', { where: [{ field: 'boardId', op: 'eq', value: board.id }] })).filter((w) => w.kind === 'workstream');
  server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => clock, staticDir: 'dist', port: 0 });
}, 60_000);
afterAll(() => server?.close());

const call = (method: string, path: string, body: unknown, user = SECRETARY) =>
  fetch(`${server.url}${path}`, {
    method,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Cookie: server.sessionCookie, 'X-Tracker-User': user },
  });

/** What each person's Outbox holds: the round digests, as the workstream titles they list. */
const outbox = () => new SqliteOutbox(store.db);
const roundDigests = (person: string) =>
  outbox()
    .received(person)
    .filter((m) => m.digest.kind === 'round')
    .map((m) => m.digest.items.map((i) => i.title).sort());

/** Each owner (by id) with the titles of the board's workstreams they own. */
function ownersOf(list: readonly Stored<'workstreams'>[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of list) {
    if (w.owner) {
      out.set(w.owner.id, [...(out.get(w.owner.id) ?? []), w.title].sort());
    }
  }
  return out;
}

describe('opening an update round in local mode', () => {
  let roundId = 0;

  it('asks each workstream owner at once, one digest each, claimed in the ledger', async () => {
    const owners = ownersOf(workstreams);
    expect(owners.size).toBeGreaterThan(1);
    for (const id of owners.keys()) {
      expect(roundDigests(id)).toEqual([]);
    }
    const res = await call('POST', '/api/rounds', { boardId: workstreams[0]?.boardId, meetingDate: MEETING });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { round: { id: number }; asked: { reminded: string[]; already: string[] } };
    roundId = body.round.id;
    expect(body.asked.reminded).toHaveLength(owners.size);
    expect(body.asked.already).toEqual([]);
    for (const [id, titles] of owners) {
      expect(roundDigests(id)).toEqual([titles]);
    }
    const owned = workstreams.filter((w) => w.owner);
    const ledger = (await queryAll(store, 'reminderLog', { where: [{ field: 'recipient', op: 'in', value: [...owners.keys()] }] })).filter((r) => r.rule === `round-${roundId}`);
    expect(ledger.map((r) => r.itemId).sort((a, b) => a - b)).toEqual(owned.map((w) => w.id).sort((a, b) => a - b));
    expect(ledger.every((r) => r.outcome === 'sent' && r.key.includes(':2026-12-01:'))).toBe(true);
  });

  it('"Remind those missing", or the scheduled run, the same day repeats nothing', async () => {
    // the scheduled job's opening nudge has the ask's key
    const scheduled = await runRoundReminders({ store, notifier: outbox() }, { today: '2026-12-01' as IsoDate, now: () => clock });
    expect(scheduled).toMatchObject({ sent: 0, failed: 0, skipped: ownersOf(workstreams).size });
    const res = await call('POST', `/api/rounds/${roundId}/remind`, {});
    expect(res.status).toBe(200);
    const run = (await res.json()) as { reminded: string[]; already: string[] };
    expect(run.reminded).toEqual([]);
    expect(run.already).toHaveLength(ownersOf(workstreams).size);
    for (const [id, titles] of ownersOf(workstreams)) {
      expect(roundDigests(id)).toEqual([titles]);
    }
  });

  it('a later press reminds only the workstreams still missing', async () => {
    const [done] = workstreams.filter((w) => w.owner);
    const owner = done?.owner?.id as string;
    clock = new Date('2026-12-03T09:00:00Z');
    await store.add('updates', anUpdate(done!.id, { list: 'workstreams', kind: 'highlight', at: clock.toISOString(), author: owner }));
    const res = await call('POST', `/api/rounds/${roundId}/remind`, {});
    expect(res.status).toBe(200);
    const missing = workstreams.filter((w) => w.owner && w.id !== done?.id);
    const run = (await res.json()) as { reminded: string[] };
    expect(run.reminded).toHaveLength(ownersOf(missing).size);
    for (const [id, titles] of ownersOf(workstreams)) {
      const still = ownersOf(missing).get(id);
      // newest first: the reminder (when still missing something), then the opening ask
      expect(roundDigests(id)).toEqual(still ? [still, titles] : [titles]);
    }
    expect(roundDigests(owner)[0]).not.toContain(done?.title);
  });
});
