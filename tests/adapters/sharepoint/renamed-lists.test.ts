/**
 * A site owner renames the tracker's lists in SharePoint ("Actions" → "Board actions …"):
 * SharePoint keeps each list's URL and id, so everything that addresses lists by URL goes on
 * working — the store, the Snapshots library and the item attachments that carry evidence.
 * A lookup by title would now be a 404.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointSnapshotStore } from '../../../src/adapters/sharepoint/sharepoint-snapshot-store';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { SharePointEvidenceStore } from '../../../src/adapters/sharepoint/sp-evidence';
import { LISTS } from '../../../src/schema/lists';
import { anAction, anUpdate } from '../../helpers/builders';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';
import { call } from '../../fakes/strict/call';
import { aSnapshot } from '../../ports/snapshot-store.contract';

const OWNER = { id: 'd.service@colp.example', displayName: 'T/Supt. Service' };
const PDF = new TextEncoder().encode('%PDF-1.4 minutes');

let site: ReturnType<typeof startFakeSite>;
const sp = () => createSp({ siteUrl: SITE, getToken: async () => `user:${OWNER.id}`, throttle: { sleep: async () => undefined } });

beforeAll(async () => {
  site = startFakeSite();
  site.fake.addUser(OWNER.id, OWNER.displayName);
  for (const list of LISTS) {
    const renamed = await call(site.fake, 'MERGE', `/_api/web/lists/getByTitle('${list.title}')`, { Title: `${list.title} (renamed by the site owner)` });
    expect(renamed.status, list.title).toBe(204);
  }
  // the rename took: the schema's titles no longer answer
  expect((await call(site.fake, 'GET', "/_api/web/lists/getByTitle('Actions')")).status).toBe(404);
  expect((await call(site.fake, 'GET', "/_api/web/lists/getByTitle('Snapshots')")).status).toBe(404);
});
afterAll(() => site?.close());

describe('lists renamed by a site owner', () => {
  it('the store adds, reads and edits with history', async () => {
    const store = new SharePointStore(sp(), SITE);
    const board = await store.add('boards', { title: 'Operational Delivery Board', programme: null, sourceKey: 'board:renamed' });
    const action = await store.add('actions', anAction({ owner: OWNER, title: 'Review custody records' }));
    expect(await store.get('actions', action.id)).toMatchObject({ title: 'Review custody records' });
    const edited = await store.updateWithHistory('actions', action.id, action.version, { progress: 'Reviewed' }, anUpdate(action.id, { author: OWNER.id, authorName: OWNER.displayName }));
    expect(edited.progress).toBe('Reviewed');
    expect(board.id).toBeGreaterThan(0);
  }, 30_000);

  it('the Snapshots library takes a frozen snapshot and gives it back', async () => {
    const store = new SharePointStore(sp(), SITE);
    const board = await store.add('boards', { title: 'Renamed Library Board', programme: null, sourceKey: 'board:renamed-library' });
    const snapshots = new SharePointSnapshotStore(sp(), SITE);
    const info = await snapshots.freeze(aSnapshot(Number(board.id), '2026-03-04T10:00:00.000Z'));
    expect(info.id).toBe(`/sites/governance/Snapshots/${info.id.split('/').pop()}`);
    expect(await snapshots.list(Number(board.id))).toEqual([expect.objectContaining({ id: info.id, takenAt: '2026-03-04T10:00:00.000Z' })]);
    expect((await snapshots.latest(Number(board.id)))?.takenAt).toBe('2026-03-04T10:00:00.000Z');
  }, 30_000);

  it('evidence is attached to an item of a renamed list and listed', async () => {
    const store = new SharePointStore(sp(), SITE);
    const action = await store.add('actions', anAction({ owner: OWNER }));
    const evidence = new SharePointEvidenceStore(sp(), SITE);
    const stored = await evidence.attach('actions', action.id, { name: 'minutes.pdf', size: PDF.byteLength, type: 'application/pdf' }, PDF);
    expect(stored.url).toBe(`https://contoso.sharepoint.com/sites/governance/Lists/Actions/Attachments/${action.id}/minutes.pdf`);
    expect((await evidence.files('actions', action.id)).map((f) => f.name)).toEqual(['minutes.pdf']);
  }, 30_000);

  it('a renamed list with attachments turned off is still read for why the file was refused', async () => {
    const store = new SharePointStore(sp(), SITE);
    const action = await store.add('actions', anAction({ owner: OWNER }));
    const list = site.fake.list('Actions (renamed by the site owner)');
    if (!list) {
      throw new Error('renamed list missing');
    }
    list.EnableAttachments = false;
    try {
      const evidence = new SharePointEvidenceStore(sp(), SITE);
      await expect(evidence.attach('actions', action.id, { name: 'minutes.pdf', size: PDF.byteLength, type: 'application/pdf' }, PDF)).rejects.toMatchObject({
        code: 'INVALID_VALUE',
        message: expect.stringMatching(/does not take attachments/),
      });
    } finally {
      list.EnableAttachments = true;
    }
  }, 30_000);
});
