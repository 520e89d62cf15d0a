/** Packs of the seeded boards, built once per test file on an in-memory store. */
import { TableSnapshotStore } from '../../../src/adapters/snapshots/table-snapshot-store';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import type { BoardPack } from '../../../src/core/board-pack';
import type { IsoDate } from '../../../src/core/dates';
import { seedSnapshots } from '../../../src/seed/highlight-snapshots';
import { loadSeed } from '../../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../../src/seed/people';
import { readSeed } from '../../../src/seed/read-seed';
import { planSeed } from '../../../src/seed/seed-plan';
import { buildPackFor } from '../../../src/services/board-pack';

export const HMICFRS = 'HMICFRS Report Recommendations';
export const ODB = 'Operational Delivery Board';

/** `change` edits the seeded store (after its snapshots are frozen) before the packs are built. */
export async function seededPacks(change: (store: SqliteStore) => Promise<void> = async () => undefined): Promise<{ hmicfrs: BoardPack; odb: BoardPack; plan: BoardPack }> {
  const store = new SqliteStore();
  const snapshots = new TableSnapshotStore(store);
  await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
  await seedSnapshots(store, snapshots, readSeed(), new Date('2026-01-01T00:00:00Z'));
  await change(store);
  const options = { meeting: '2017-09-01' as IsoDate, today: '2026-12-01' as IsoDate };
  const boards = (await store.query('boards', { where: [{ field: 'id', op: 'gt', value: 0 }] })).items;
  const planBoard = boards.find((b) => b.sourceKey === 'board:qos-edhr-2012')?.title as string;
  return {
    hmicfrs: await buildPackFor(store, snapshots, HMICFRS, options),
    odb: await buildPackFor(store, snapshots, ODB, { meeting: null, today: '2023-05-10' as IsoDate }),
    plan: await buildPackFor(store, snapshots, planBoard, options),
  };
}
