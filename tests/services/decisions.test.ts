/**
 * A decision recorded at a meeting reaches the next pack's "Decisions made" (issue 12), through
 * the same services both modes run: dated since the board's last frozen pack, up to the meeting.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { TableSnapshotStore } from '../../src/adapters/snapshots/table-snapshot-store';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import type { IsoDate } from '../../src/core/dates';
import { queryAll } from '../../src/ports/tracker-store';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE, SEED_BOARDS } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { buildPackFor, freezeBoard } from '../../src/services/board-pack';
import { addAgreedAction, recordDecisionOn } from '../../src/services/decisions';

const store = new SqliteStore();
const snapshots = new TableSnapshotStore(store);
const secretary = LOCAL_PEOPLE.find((p) => p.id === 'morgan.ellis@colp.example');

beforeAll(async () => {
  await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
  await freezeBoard(store, snapshots, SEED_BOARDS.inspections, { meeting: '2024-03-01' as IsoDate, now: new Date('2024-03-01T18:00:00Z') });
}, 60_000);

describe('decisions in the next pack', () => {
  it('lists decisions minuted at the last board and since, up to the meeting, with the item, who and when', async () => {
    if (!secretary) {
      throw new Error('no secretary in the local directory');
    }
    const recs = await queryAll(store, 'recommendations', { where: [{ field: 'id', op: 'gt', value: 0 }] });
    const [first, second] = recs;
    if (!first || !second) {
      throw new Error('too few inspection items');
    }
    const at = (day: string) => ({ actor: secretary, at: `${day}T15:00:00.000Z`, meetingDate: day });
    await recordDecisionOn(store, { list: 'recommendations', id: first.id, text: 'At the last board', ...at('2024-03-01') });
    await recordDecisionOn(store, { list: 'recommendations', id: second.id, text: 'At this board', ...at('2024-06-05') });
    await recordDecisionOn(store, { list: 'recommendations', id: second.id, text: 'Before the last board', ...at('2024-02-01') });
    await recordDecisionOn(store, { list: 'recommendations', id: second.id, text: 'After this board', ...at('2024-06-06') });
    const pack = await buildPackFor(store, snapshots, SEED_BOARDS.inspections, { meeting: '2024-06-05' as IsoDate, today: '2024-06-05' as IsoDate });
    expect(pack.decisions.map((d) => [d.decision, d.date, d.by])).toEqual([
      ['At the last board', '2024-03-01', 'Morgan Ellis'],
      ['At this board', '2024-06-05', 'Morgan Ellis'],
    ]);
    expect(pack.decisions[0]?.item).toContain(first.title);
    // the Operational Delivery Board's pack has none of them
    const other = await buildPackFor(store, snapshots, SEED_BOARDS.operational, { meeting: '2024-06-05' as IsoDate, today: '2024-06-05' as IsoDate });
    expect(other.decisions.map((d) => d.decision)).not.toContain('At this board');
  }, 60_000);

  it('an action agreed about an inspection item of a board with no workstream is refused, saying why and what to do instead', async () => {
    if (!secretary) {
      throw new Error('no secretary in the local directory');
    }
    const [rec] = await queryAll(store, 'recommendations', { where: [{ field: 'id', op: 'gt', value: 0 }] });
    const request = { list: 'recommendations' as const, id: rec?.id as never, actor: secretary, at: '2024-06-05T15:00:00.000Z', meetingDate: '2024-06-05', title: 'Brief the custody team' };
    // the seeded inspections board has no workstream: the refusal says so and what to do instead
    await expect(addAgreedAction(store, request)).rejects.toMatchObject({ code: 'INVALID_VALUE', field: 'list', message: expect.stringMatching(/no workstream to hold a new action: record a decision instead/) });
  });
});
