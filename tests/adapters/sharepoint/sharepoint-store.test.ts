import { zoneDates } from '../../../src/adapters/sharepoint/site-time-zone';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { trackerStoreContract } from '../../ports/tracker-store.contract';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';
import type { FakeSharePoint } from '../../fakes/sharepoint-fake';
import { FakeTenantDirectory } from '../../fakes/tenant-directory';

/** a UK site, as the fake is by default: how DateOnly values are written for it */
const UK_DATES = zoneDates('Europe/London');

let site: ReturnType<typeof startFakeSite>;
let fake: FakeSharePoint;

beforeAll(() => {
  // the contract makes up owners as it goes: everyone at colp.example is a member of this tenant
  site = startFakeSite({ directory: new FakeTenantDirectory(['colp.example']) });
  fake = site.fake;
});
afterAll(() => site.close());

const makeStore = () =>
  new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'test-token', throttle: { sleep: async () => undefined } }), SITE);

trackerStoreContract('SharePoint (HTTP-level fake)', makeStore);

describe('SharePointStore over HTTP', () => {
  it('is exercised through the fake, not around it', () => {
    expect(fake.httpRequestCount()).toBeGreaterThan(0);
  });
});

describe('SharePointStore and SharePoint’s limits', () => {
  it('reads My items for an owner of 500 items in at most 2 HTTP requests', async () => {
    const { myItems } = await import('../../../src/services/items');
    const { anAction } = await import('../../helpers/builders');
    const owner = { id: 'bulk.owner@colp.example', displayName: 'Bulk Owner' };
    const user = fake.addUser(owner.id, owner.displayName);
    const { encodeWrite } = await import('../../../src/adapters/sharepoint/sp-codec');
    const rows = [];
    for (let i = 0; i < 500; i += 1) {
      rows.push(await encodeWrite('actions', anAction({ owner, dueText: '31/03/2024' }) as never, async () => user.Id, UK_DATES));
    }
    fake.seedItems('Actions', rows);
    const store = makeStore();
    fake.resetCounts();
    const items = await myItems(store, owner.id, '2024-04-01' as never);
    expect(items).toHaveLength(500);
    expect(fake.httpRequestCount()).toBeLessThanOrEqual(2);
    // three lists, and the site's time zone read once in the same batch
    expect(fake.requests.filter((r) => r.inBatch)).toHaveLength(4);
  });

  it('adds 250 items in $batch requests of at most 100 operations: 3 to add, 3 to read back', async () => {
    const { anAction } = await import('../../helpers/builders');
    const owner = { id: 'batch.owner@colp.example', displayName: 'Batch Owner' };
    fake.addUser(owner.id, owner.displayName);
    const store = makeStore();
    await store.get('actions', 1 as never); // a first request, so the count below is the batch alone
    fake.resetCounts();
    const saved = await store.addMany('actions', Array.from({ length: 250 }, () => anAction({ owner })));
    expect(saved).toHaveLength(250);
    expect(saved.every((s) => s.owner?.id === owner.id)).toBe(true);
    const topLevel = fake.requests.filter((r) => !r.inBatch);
    // one look-up of the owner's site id, then six batches
    expect(topLevel.filter((r) => r.url.endsWith('/_api/$batch'))).toHaveLength(6);
    expect(fake.httpRequestCount()).toBeLessThanOrEqual(8);
    expect(fake.requests.filter((r) => r.inBatch)).toHaveLength(500);
  });

  it('waits as Retry-After says, in seconds or as an HTTP date, and then succeeds', async () => {
    const waits: number[] = [];
    const now = Date.parse('2026-11-23T10:00:00Z');
    const store = new SharePointStore(
      createSp({ siteUrl: SITE, getToken: async () => 't', throttle: { sleep: async (ms) => void waits.push(ms), now: () => now } }),
      SITE
    );
    fake.throttle = { remaining: 1, retryAfter: '3' };
    await store.query('actions', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }], top: 1 });
    fake.throttle = { remaining: 1, retryAfter: 'Mon, 23 Nov 2026 10:00:07 GMT' };
    await store.query('actions', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }], top: 1 });
    expect(waits).toEqual([3000, 7000]);
  });

  it('gives up after a bounded number of throttled attempts', async () => {
    const store = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 't', throttle: { attempts: 3, sleep: async () => undefined } }), SITE);
    fake.throttle = { remaining: 5, retryAfter: '1' };
    await expect(store.query('actions', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }], top: 1 })).rejects.toMatchObject({ code: 'THROTTLED' });
    fake.throttle = { remaining: 0, retryAfter: '1' };
  });

  it('keeps a cut of a long title in Title (SharePoint refuses more than 255) and the whole text beside it; a short one clears it', async () => {
    const { anAction } = await import('../../helpers/builders');
    const store = makeStore();
    const long = `Forces should ${'record and review every stop and search, '.repeat(30)}`.trim();
    const a = await store.add('actions', anAction({ title: long }));
    const row = fake.list('Actions')?.items.get(a.id)?.data;
    expect(String(row?.Title).length).toBeLessThanOrEqual(255);
    expect(String(row?.Title)).toMatch(/^Forces should record and review .*…$/);
    expect(long.startsWith(String(row?.Title).slice(0, -1))).toBe(true);
    expect(row?.WholeText).toBe(long);
    await store.update('actions', a.id, a.version, { title: 'Record every search' });
    expect(fake.list('Actions')?.items.get(a.id)?.data).toMatchObject({ Title: 'Record every search', WholeText: null });
  });

  it('refuses a Text field that has no room for more than 255 characters, naming it, before sending anything', async () => {
    const { anAction } = await import('../../helpers/builders');
    const store = makeStore();
    fake.resetCounts();
    await expect(store.add('actions', anAction({ ownerText: 'The Chief Constable, '.repeat(20) }))).rejects.toMatchObject({ code: 'INVALID_VALUE', field: 'ownerText' });
    expect(fake.requests.filter((r) => r.method !== 'GET' && /items/i.test(r.url))).toEqual([]);
  });

  it('sends the ETag it read and turns 412 into a conflict carrying the current item', async () => {
    const { anAction } = await import('../../helpers/builders');
    const store = makeStore();
    const a = await store.add('actions', anAction());
    await store.update('actions', a.id, a.version, { progress: 'theirs' });
    fake.resetCounts();
    await expect(store.update('actions', a.id, a.version, { progress: 'mine' })).rejects.toMatchObject({ code: 'VERSION_CONFLICT', current: { progress: 'theirs' } });
    const merge = fake.requests.find((r) => r.method === 'POST' && /items\(\d+\)$/.test(decodeURIComponent(r.url)));
    expect(merge).toBeDefined();
  });

  it('refuses a cursor that is not this site’s page link (the token never leaves the site)', async () => {
    const store = makeStore();
    await expect(
      store.query('actions', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }], cursor: 'https://evil.example/_api/x' })
    ).rejects.toThrow(/cursor: is not a page link of this site/);
  });

  it('works on a list over the 5,000-item threshold, because every query starts on an indexed column', async () => {
    const store = makeStore();
    const rows = Array.from({ length: 5001 }, (_, i) => ({ Title: `Bulk ${i}`, ActionKind: 'action', Lifecycle: i % 2 ? 'open' : 'closed', DueKind: 'none', SourceKey: `bulk:${i}` }));
    fake.seedItems('Actions', rows);
    const page = await store.query('actions', { where: [{ field: 'sourceKey', op: 'eq', value: 'bulk:42' }] });
    expect(page.items.map((a) => a.title)).toEqual(['Bulk 42']);
    // The fake answers a filter that starts on a non-indexed column as SharePoint does.
    const response = await fetch(`${SITE}/_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent("Progress eq 'x'")}`, {
      headers: { Authorization: 'Bearer t', Accept: 'application/json' },
    });
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('SPQueryThrottledException');
  });
});
