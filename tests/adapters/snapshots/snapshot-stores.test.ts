import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointSnapshotStore } from '../../../src/adapters/sharepoint/sharepoint-snapshot-store';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { TableSnapshotStore } from '../../../src/adapters/snapshots/table-snapshot-store';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import type { TrackerStore } from '../../../src/ports/tracker-store';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';
import { aSnapshot, snapshotStoreContract } from '../../ports/snapshot-store.contract';

let site: ReturnType<typeof startFakeSite>;
beforeAll(() => {
  site = startFakeSite();
});
afterAll(() => site.close());

let n = 0;
const boardIn = (store: TrackerStore) => async () => (await store.add('boards', { title: `Board ${++n}`, programme: null, sourceKey: `board:test:${n}` })).id;

const sp = () => createSp({ siteUrl: SITE, getToken: async () => 'test-token', throttle: { sleep: async () => undefined } });

snapshotStoreContract('table (SQLite)', async () => {
  const store = new SqliteStore();
  return { snapshots: new TableSnapshotStore(store), boardId: boardIn(store) };
});

snapshotStoreContract('SharePoint (JSON file in the Snapshots library, HTTP-level fake)', async () => {
  const store = new SharePointStore(sp(), SITE);
  return { snapshots: new SharePointSnapshotStore(sp(), SITE), boardId: boardIn(store) };
});

describe('SharePoint snapshots are files', () => {
  it('stores the JSON as a file in the Snapshots library with Title, Board and TakenAt on its item', async () => {
    const boardId = await boardIn(new SharePointStore(sp(), SITE))();
    const info = await new SharePointSnapshotStore(sp(), SITE).freeze(aSnapshot(boardId, '2019-02-03T10:11:12.000Z'));
    expect(info.id).toBe(`/sites/governance/Snapshots/board-${boardId}-2019-02-03T10-11-12-000Z.json`);
    const item = [...(site.fake.list('Snapshots')?.items.values() ?? [])].find((i) => i.data.FileRef === info.id);
    expect(item?.data).toMatchObject({ BoardId: boardId, TakenAt: '2019-02-03T10:11:12.000Z', Title: `Board ${boardId} — meeting of 2019-02-03` });
  });

  it('is refused, as SharePoint refuses it, when a library item is added without a file', async () => {
    await expect(new SharePointStore(sp(), SITE).add('snapshots', { boardId: null, takenAt: '2019-01-01T00:00:00.000Z', title: 'x', json: '{}' })).rejects.toThrow(/SPFileCollection.Add/);
  });
});
