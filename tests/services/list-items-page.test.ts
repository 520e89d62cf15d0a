import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { encodeWrite } from '../../src/adapters/sharepoint/sp-codec';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import type { IsoDate } from '../../src/core/dates';
import type { ItemScope, ListedItem } from '../../src/core/item-filter';
import { EVERYTHING, type ItemsPage } from '../../src/ports/tracker-client';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { listItems } from '../../src/services/list-items';
import { listItemsPage } from '../../src/services/list-items-page';
import { zoneDates } from '../../src/adapters/sharepoint/site-time-zone';
import { SITE, startFakeSite } from '../fakes/provisioned-site';
import { anAction } from '../helpers/builders';

const key = (i: ListedItem): string => `${i.list}:${i.id}`;
const UK_DATES = zoneDates('Europe/London');
const ACTIVE_ANYONE: ItemScope = { owner: null, lifecycle: 'active', due: 'any' };

async function allPages(read: (cursor: string | null) => Promise<ItemsPage>, first: string | null): Promise<{ items: ListedItem[]; pages: number }> {
  const items: ListedItem[] = [];
  let pages = 0;
  for (let cursor: string | null = first; ; ) {
    const page = await read(cursor);
    items.push(...page.items);
    pages += 1;
    if (page.next === null) {
      return { items, pages };
    }
    cursor = page.next;
  }
}

describe('All items a page at a time, locally', () => {
  let store: SqliteStore;
  beforeAll(async () => {
    store = new SqliteStore();
    await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
  });
  afterAll(() => store.close());

  it.each([ACTIVE_ANYONE, { owner: null, lifecycle: 'any', due: 'any' }, { owner: null, lifecycle: 'active', due: 'overdue' }] as const)(
    'gives, page after page, exactly what one read gives: %j',
    async (scope) => {
      const asOf = '2022-12-28' as IsoDate;
      const whole = await listItems(store, scope, asOf);
      const first = await listItemsPage(store, scope, asOf, null, false);
      expect(first.window).toBeNull();
      expect(first.onDemand).toBe(false);
      const paged = await allPages((c) => listItemsPage(store, scope, asOf, c, false), null);
      expect(paged.items.map(key).sort()).toEqual(whole.map(key).sort());
      expect(paged.items.length).toBeGreaterThan(0);
    }
  );

  it('refuses a cursor it did not hand out, naming it', async () => {
    await expect(listItemsPage(store, ACTIVE_ANYONE, '2022-12-28' as IsoDate, '{"mode":"sideways"}', false)).rejects.toThrow(/cursor/);
  });
});

describe('All items on a SharePoint list with more than 5,000 active items', () => {
  let site: ReturnType<typeof startFakeSite>;
  const asOf = '2024-04-15' as IsoDate;
  const ACTIVE = 6000;
  beforeAll(async () => {
    site = startFakeSite();
    const rows = [];
    for (let i = 0; i < ACTIVE; i += 1) {
      // one in twenty due in the window around asOf; the rest years overdue
      const record = anAction({ owner: null, dueText: i % 20 === 0 ? '20/04/2024' : '01/03/2015', lifecycle: 'open' });
      rows.push(await encodeWrite('actions', record as never, async () => 0, UK_DATES));
    }
    site.fake.seedItems('Actions', rows);
  }, 120_000);
  afterAll(() => site.close());

  const storeOf = () => new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'test-token', throttle: { sleep: async () => undefined } }), SITE);

  it('reads a bounded first scope (due in a window around today) in at most 2 requests', async () => {
    const store = storeOf();
    site.fake.resetCounts();
    const first = await listItemsPage(store, ACTIVE_ANYONE, asOf, null, true);
    expect(site.fake.httpRequestCount()).toBeLessThanOrEqual(2);
    expect(first.window).toEqual({ from: '2024-03-16', to: '2024-07-14' });
    expect(first.onDemand).toBe(true);
    expect(first.next).toBe(EVERYTHING);
    expect(first.items.filter((i) => i.list === 'actions')).toHaveLength(ACTIVE / 20);
    expect(new Set(first.items.filter((i) => i.list === 'actions').map((i) => i.due.date))).toEqual(new Set(['2024-04-20']));
  });

  it('includes everything on demand, a page by id at a time, never refused', async () => {
    const store = storeOf();
    const paged = await allPages((c) => listItemsPage(store, ACTIVE_ANYONE, asOf, c, true), EVERYTHING);
    expect(paged.items.filter((i) => i.list === 'actions')).toHaveLength(ACTIVE);
    expect(new Set(paged.items.map(key)).size).toBe(paged.items.length);
    // pages of 500: 6,000 actions take 12, and each page also carries the lookups
    expect(paged.pages).toBeGreaterThanOrEqual(ACTIVE / 500);
  }, 120_000);
});
