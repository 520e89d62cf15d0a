/**
 * Lists past SharePoint's 5,000-item view threshold where the query's first indexed filter is
 * not selective (most actions are open): SharePoint refuses such a query, so the store reads it
 * through windows of 5,000 ids, each led by `Id gt … and Id le …`, and pages on as before.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { queryAll, queryAllMany } from '../../../src/ports/tracker-store';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';
import type { FakeSharePoint } from '../../fakes/sharepoint-fake';

let site: ReturnType<typeof startFakeSite>;
let fake: FakeSharePoint;
const RED = new Set([3, 4_999, 5_000, 5_001, 9_000, 12_345]);
const store = () => new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'test-token', throttle: { sleep: async () => undefined } }), SITE);
const OPEN_AND_RED = { where: [{ field: 'lifecycle' as const, op: 'eq' as const, value: 'open' }, { field: 'rag' as const, op: 'eq' as const, value: 'RED' }] };

beforeAll(() => {
  site = startFakeSite();
  fake = site.fake;
  fake.seedItems(
    'Actions',
    Array.from({ length: 12_500 }, (_, i) => ({ Title: `Open ${i + 1}`, ActionKind: 'action', Lifecycle: 'open', DueKind: 'none', Rag: RED.has(i + 1) ? 'RED' : 'AMBER', SourceKey: `big:${i + 1}` }))
  );
}, 120_000);
afterAll(() => site.close());

describe('a large list whose first indexed filter matches more than 5,000 items', () => {
  it('SharePoint (the fake) refuses the query as it stands', async () => {
    const response = await fetch(`${SITE}/_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent("Lifecycle eq 'open' and Rag eq 'RED'")}&$top=10`, {
      headers: { Authorization: 'Bearer t', Accept: 'application/json' },
    });
    expect(response.status).toBe(500);
    expect(await response.text()).toContain('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
  });

  it('the store reads it through windows of ids, every matching item once, each request led by an id window', async () => {
    const s = store();
    fake.resetCounts();
    const found = await queryAll(s, 'actions', OPEN_AND_RED);
    expect(found.map((a) => a.title).sort()).toEqual([...RED].map((n) => `Open ${n}`).sort());
    const filters = fake.requests.map((r) => new URL(r.url).searchParams.get('$filter') ?? '');
    const refused = filters.filter((f) => f.startsWith("Lifecycle eq 'open'"));
    expect(refused).toHaveLength(1); // the first try, refused; everything after leads with a window
    expect(fake.thresholdRefusals).toBeGreaterThan(0);
    expect(filters.filter((f) => f.includes("Lifecycle eq 'open'") && /^Id gt \d+ and Id le \d+ and /.test(f))).toHaveLength(3);
    // the site's time zone, the refused try, then 12,500 ids as three windows, each with a look past it for more ids
    expect(fake.httpRequestCount()).toBeLessThanOrEqual(1 + 1 + 3 * 2);
  });

  it('pages stay pages: a window with more matches than a page follows SharePoint’s nextLink', async () => {
    const s = store();
    const first = await s.query('actions', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }], top: 500 });
    expect(first.items).toHaveLength(500);
    expect(first.next).toMatch(/^https:\/\/contoso\.sharepoint\.com\/sites\/governance\/_api\//);
    const all = await queryAll(s, 'actions', { where: [{ field: 'lifecycle', op: 'eq', value: 'open' }] });
    expect(all).toHaveLength(12_500);
    expect(new Set(all.map((a) => a.id)).size).toBe(12_500);
  }, 120_000);

  it('in a $batch too: the refused query is read through windows, the others as they were', async () => {
    const [red, closed] = await queryAllMany(store(), [
      ['actions', OPEN_AND_RED],
      ['actions', { where: [{ field: 'lifecycle', op: 'eq', value: 'closed' }] }],
    ]);
    expect(red).toHaveLength(RED.size);
    expect(closed).toEqual([]);
  });
});
