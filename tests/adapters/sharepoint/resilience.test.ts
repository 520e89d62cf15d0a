/**
 * The SharePoint adapter under SharePoint's failures: what is retried (429 always; 503/504 only
 * when a repeat cannot do the work twice), what never is, and the domain error each refusal
 * becomes — a code and a sentence, never PnPjs's request dump.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import type { Principal } from '../../../src/adapters/sharepoint/sp-refusals';
import { classifyStartupFailure } from '../../../src/host/startup-failure';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';
import type { FakeSharePoint } from '../../fakes/sharepoint-fake';
import { anAction } from '../../helpers/builders';

let site: ReturnType<typeof startFakeSite>;
let fake: FakeSharePoint;
let waits: number[];

beforeAll(() => {
  site = startFakeSite();
  fake = site.fake;
  fake.addUser('d.service@colp.example', 'T/Supt. Service');
});
afterAll(() => site.close());
beforeEach(() => {
  waits = [];
  fake.faults.length = 0;
});

const storeAs = (principal: Principal = 'person', attempts = 4) =>
  new SharePointStore(
    createSp({ siteUrl: SITE, getToken: async () => 'user:d.service@colp.example', throttle: { attempts, sleep: async (ms) => void waits.push(ms), now: () => Date.parse('2026-12-01T10:00:00Z') } }),
    SITE,
    principal
  );
const OPEN = { where: [{ field: 'lifecycle' as const, op: 'eq' as const, value: 'open' }], top: 5 };
const isItemsPost = (r: { method: string; verb: string; url: URL }) => r.method === 'POST' && r.verb === 'POST' && /\/items$/i.test(decodeURIComponent(r.url.pathname));
const isItemsGet = (r: { method: string; url: URL }) => r.method === 'GET' && /\/items$/i.test(decodeURIComponent(r.url.pathname));
const itemPosts = () => fake.requests.filter((r) => !r.inBatch && r.method === 'POST' && /\/items$/i.test(decodeURIComponent(new URL(r.url).pathname))).length;
const actionsTitled = (title: string) => [...(fake.list('Actions')?.items.values() ?? [])].filter((i) => i.data.Title === title).length;

describe('retries', () => {
  it('a 429 is retried even for an add, after the Retry-After it gave, and the row is written once', async () => {
    const store = storeAs();
    fake.faults.push({ status: 429, retryAfter: '7', times: 2, when: isItemsPost });
    fake.resetCounts();
    const saved = await store.add('actions', anAction({ title: 'Added through throttling' }));
    expect(saved.title).toBe('Added through throttling');
    expect(waits).toEqual([7000, 7000]);
    expect(itemPosts()).toBe(3);
    expect(actionsTitled('Added through throttling')).toBe(1);
  });

  it('a 503 on a read is retried after its Retry-After; a 504 too', async () => {
    const store = storeAs();
    fake.faults.push({ status: 503, retryAfter: '2', times: 1, when: (r) => r.method === 'GET' }, { status: 504, times: 1, when: (r) => r.method === 'GET' });
    const page = await store.query('actions', OPEN);
    expect(Array.isArray(page.items)).toBe(true);
    expect(waits).toEqual([2000, 1000]); // the 504 gave no Retry-After: the doubled fallback
  });

  it('a 503 on an add is not repeated: the row SharePoint may have written is not written twice, and the person is told to check', async () => {
    const store = storeAs();
    fake.faults.push({ status: 503, retryAfter: '1', times: 1, when: isItemsPost, afterHandling: true });
    fake.resetCounts();
    const error = await store.add('actions', anAction({ title: 'Answer lost' })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', wasWrite: true });
    expect((error as Error).message).toBe('SharePoint did not answer while saving, so it is not known whether the change was saved. Reload to check before saving again.');
    expect(itemPosts()).toBe(1);
    expect(waits).toEqual([]);
    expect(actionsTitled('Answer lost')).toBe(1);
  });

  it('a 503 on an update that carries its ETag is retried (a repeat could only meet a 412)', async () => {
    const store = storeAs();
    const a = await store.add('actions', anAction());
    fake.faults.push({ status: 503, retryAfter: '1', times: 1, when: (r) => r.verb === 'MERGE' });
    const saved = await store.update('actions', a.id, a.version, { progress: 'after a 503' });
    expect(saved.progress).toBe('after a 503');
    expect(waits).toEqual([1000]);
  });

  it('a $batch of reads is retried on 503; a $batch of adds is not', async () => {
    const store = storeAs();
    const isBatch = (r: { url: URL }) => r.url.pathname.endsWith('/_api/$batch');
    fake.faults.push({ status: 503, retryAfter: '1', times: 1, when: isBatch });
    const pages = await store.queryMany([['actions', OPEN], ['recommendations', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }], top: 5 }]]);
    expect(pages).toHaveLength(2);
    expect(waits).toEqual([1000]);
    fake.faults.push({ status: 503, retryAfter: '1', times: 1, when: isBatch, afterHandling: true });
    await expect(store.addMany('actions', [anAction({ title: 'Batch lost' }), anAction({ title: 'Batch lost' })])).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(actionsTitled('Batch lost')).toBe(2);
  });

  it('no other status is retried: a missing item is asked for once', async () => {
    const store = storeAs();
    fake.resetCounts();
    expect(await store.get('actions', 999_999 as never)).toBeNull();
    expect(fake.httpRequestCount()).toBe(1);
    expect(waits).toEqual([]);
  });
});

describe('refusals become domain errors with a sentence to act on', () => {
  it('429 after the bounded retries → THROTTLED, asking to wait as long as SharePoint said', async () => {
    const store = storeAs('person', 3);
    fake.faults.push({ status: 429, retryAfter: '300', times: 3 });
    const error = await store.query('actions', OPEN).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'THROTTLED', retryAfterSeconds: 300 });
    expect((error as Error).message).toBe('SharePoint is busy and asked Action Tracker to slow down. Wait 5 minutes and try again; what you typed is kept.');
    expect(waits).toHaveLength(2);
  });

  it('403 → FORBIDDEN naming the list and whom to ask (a person in the tab, an administrator for the app)', async () => {
    fake.faults.push({ status: 403, times: 1, when: isItemsGet });
    const mine = await storeAs('person').query('actions', OPEN).catch((e: unknown) => e);
    expect(mine).toMatchObject({ code: 'FORBIDDEN' });
    expect((mine as Error).message).toBe(
      'SharePoint refused you access to the Actions list. Ask the site’s owner to add you to the site’s Members (to update items) or Visitors (to read them).'
    );
    fake.faults.push({ status: 403, times: 1, when: isItemsPost });
    const app = await storeAs('app').add('actions', anAction()).catch((e: unknown) => e);
    expect((app as Error).message).toMatch(/^SharePoint refused Action Tracker’s app access to the Actions list\. An administrator grants the app “write” on the site/);
  });

  it('the list view threshold → LIST_THRESHOLD naming the list and what to do', async () => {
    const list = fake.list('Recommendations');
    const before = new Set(list?.items.keys());
    fake.seedItems('Recommendations', Array.from({ length: 5001 }, (_, i) => ({ Title: `R${i}`, Lifecycle: 'open', SourceKey: `big:${i}` })));
    // A first page falls back to id windows (large-lists.test.ts); a page link whose list grew past
    // the threshold since the first page is refused as it stands.
    const cursor = `${SITE}/_api/web/lists/getByTitle('Recommendations')/items?$filter=${encodeURIComponent("Lifecycle eq 'open'")}&$top=5`;
    const error = await storeAs().query('recommendations', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }], top: 5, cursor }).catch((e: unknown) => e);
    for (const id of [...(list?.items.keys() ?? [])].filter((k) => !before.has(k))) {
      list?.items.delete(id);
    }
    expect(error).toMatchObject({ code: 'LIST_THRESHOLD', list: 'Recommendations' });
    expect((error as Error).message).toMatch(/^The Recommendations list holds more than 5,000 items and SharePoint refused to search it this way \(its list view threshold\)\. Narrow what you asked for/);
  });

  it('the tab’s start-up shows the sentence, not a stack or PnPjs’s request dump', async () => {
    fake.faults.push({ status: 403, times: 1, when: isItemsGet });
    const error = await storeAs('person').query('actions', OPEN).catch((e: unknown) => e);
    const failure = classifyStartupFailure(error);
    expect(failure).toMatchObject({ kind: 'permission', teams: { expected: true, reason: 'PermissionError' } });
    expect(failure.message).toBe((error as Error).message);
    expect(failure.message).not.toMatch(/HttpClient|queryable|odata|\bat /);
    fake.faults.push({ status: 429, retryAfter: '1', times: 4 });
    expect(classifyStartupFailure(await storeAs().query('actions', OPEN).catch((e: unknown) => e))).toMatchObject({ kind: 'throttled', teams: { reason: 'Throttling' } });
  });
});
