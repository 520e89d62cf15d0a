import { zoneDates } from '../../src/adapters/sharepoint/site-time-zone';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { encodeWrite } from '../../src/adapters/sharepoint/sp-codec';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import type { IsoDate } from '../../src/core/dates';
import { DUE_WINDOWS, filterItems, NO_FILTER, type ItemScope, type ListedItem } from '../../src/core/item-filter';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { listItems, scopeQueries } from '../../src/services/list-items';
import { checkQuery } from '../../src/schema/lookup';
import { SITE, startFakeSite } from '../fakes/provisioned-site';
import { anAction } from '../helpers/builders';
import { aBoardWithItems, aRecommendation } from '../helpers/board-builders';
import type { Part } from '../../src/core/model';

/** a UK site, as the fake is by default: how DateOnly values are written for it */
const UK_DATES = zoneDates('Europe/London');

// a day in the seeds' own time, so every due window holds something
const asOf = '2022-12-28' as IsoDate;
const ds = LOCAL_PEOPLE.find((p) => p.aliases.includes('DS'));
const key = (i: ListedItem): string => `${i.list}:${i.id}`;

const SCOPES: ItemScope[] = [
  { owner: null, lifecycle: 'active', due: 'any' },
  { owner: null, lifecycle: 'any', due: 'any' },
  { owner: ds?.id ?? '', lifecycle: 'active', due: 'any' },
  { owner: 'unassigned', lifecycle: 'active', due: 'any' },
  ...DUE_WINDOWS.map((due) => ({ owner: null, lifecycle: 'active', due }) as const),
  { owner: null, lifecycle: 'closed', due: 'any' },
  { owner: 'unassigned', lifecycle: 'any', due: 'overdue' },
];

describe('the store queries behind a list', () => {
  it('always start on an indexed column and pass the checks every adapter applies', () => {
    for (const scope of SCOPES) {
      for (const plan of scopeQueries(scope, asOf)) {
        expect(() => checkQuery(plan.list, { ...plan.query, top: 500 })).not.toThrow();
      }
    }
  });

  it('skip workstreams when a due window or a closed lifecycle is asked for (they have neither)', () => {
    expect(scopeQueries({ owner: null, lifecycle: 'active', due: 'overdue' }, asOf).map((p) => p.list)).toEqual(['actions', 'recommendations']);
    expect(scopeQueries({ owner: null, lifecycle: 'closed', due: 'any' }, asOf).map((p) => p.list)).toEqual(['actions', 'recommendations']);
    expect(scopeQueries({ owner: null, lifecycle: 'active', due: 'any' }, asOf).map((p) => p.list)).toEqual(['actions', 'recommendations', 'workstreams']);
  });
});

describe('listing items over the seeded store', () => {
  let store: SqliteStore;
  let everything: ListedItem[];
  beforeAll(async () => {
    store = new SqliteStore();
    await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
    everything = await listItems(store, { owner: null, lifecycle: 'any', due: 'any' }, asOf);
  });
  afterAll(() => store.close());

  it('gives each item its board and where it sits', () => {
    const action = everything.find((i) => i.label === 'Action OD1-01');
    expect(action?.board).toMatch(/\w/);
    expect(action?.context).toMatch(/^OD1 /);
    expect(everything.find((i) => i.label === 'Action OP2-01')?.characteristics.length).toBeGreaterThan(0);
    const rec = everything.find((i) => i.list === 'recommendations');
    expect(rec?.context).toMatch(/\w/);
    expect(everything.some((i) => i.label.startsWith('Toolkit action'))).toBe(false);
  });

  it.each(SCOPES.map((s) => [JSON.stringify(s), s] as const))('narrows exactly as the in-memory filter would: %s', async (_name, scope) => {
    const narrowed = await listItems(store, scope, asOf);
    const expected = filterItems(everything, { ...NO_FILTER, owner: scope.owner ?? 'anyone', lifecycle: scope.lifecycle, due: scope.due }, { asOf, me: '' });
    expect(narrowed.map(key).sort()).toEqual(expected.map(key).sort());
    expect(narrowed.length).toBeGreaterThan(0);
  });
});

describe('an item with parts is listed and filtered by its headline', () => {
  it('its worst open part’s RAG and its parts’ lifecycle, whatever its own fields say', async () => {
    const store = new SqliteStore();
    const { recommendation } = await aBoardWithItems(store, 'Parts board', null);
    const part = (rag: Part['rag'], lifecycle: Part['lifecycle']): Part => ({ label: null, rag, lifecycle, comment: null, dueText: null, dueDate: null, duePrecision: null, dueKind: 'none', internalDeadline: false });
    // the fields as an older load stored them: no RAG, or the closed part's RAG, and open
    await store.add('recommendations', aRecommendation(recommendation.inspectionId, { title: 'amber part open', rag: null, parts: [part('GREEN', 'closed'), part('AMBER', 'open')] }));
    await store.add('recommendations', aRecommendation(recommendation.inspectionId, { title: 'every part closed', rag: 'RED', parts: [part('RED', 'closed'), part('GREEN', 'closed')] }));
    const all = await listItems(store, { owner: null, lifecycle: 'any', due: 'any' }, asOf);
    const titles = (filter: Partial<typeof NO_FILTER>): string[] =>
      filterItems(all, { ...NO_FILTER, ...filter, owner: 'anyone', lifecycle: filter.lifecycle ?? 'any' }, { asOf, me: '' })
        .filter((i) => i.list === 'recommendations')
        .map((i) => i.title)
        .sort();
    expect(titles({ rag: 'AMBER' })).toEqual([recommendation.title, 'amber part open'].sort());
    expect(titles({ rag: 'none' })).toEqual([]);
    expect(titles({ rag: 'RED' })).toEqual(['every part closed']);
    expect(titles({ lifecycle: 'closed' })).toEqual(['every part closed']);
    // the store is asked for open items (the stored field); the headline says which really are
    const active = await listItems(store, { owner: null, lifecycle: 'active', due: 'any' }, asOf);
    expect(active.filter((i) => i.list === 'recommendations').map((i) => i.title).sort()).toEqual([recommendation.title, 'amber part open'].sort());
    store.close();
  });
});

describe('listing items on a SharePoint list over the 5,000-item threshold', () => {
  let site: ReturnType<typeof startFakeSite>;
  beforeAll(async () => {
    site = startFakeSite();
    const owner = { id: 'bulk.owner@colp.example', displayName: 'Bulk Owner' };
    const user = site.fake.addUser(owner.id, owner.displayName);
    const rows = [];
    for (let i = 0; i < 5001; i += 1) {
      const record = anAction({ owner: i % 10 === 0 ? owner : null, dueText: i % 3 === 0 ? '01/03/2024' : '30/06/2024', lifecycle: i % 7 === 0 ? 'closed' : 'open' });
      rows.push(await encodeWrite('actions', record as never, async () => user.Id, UK_DATES));
    }
    site.fake.seedItems('Actions', rows);
  }, 120_000);
  afterAll(() => site.close());

  it('answers every scope without a threshold error, paging 500 at a time', async () => {
    const store = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'test-token', throttle: { sleep: async () => undefined } }), SITE);
    const counts: Record<string, number> = {};
    for (const scope of [
      { owner: null, lifecycle: 'any', due: 'any' },
      { owner: null, lifecycle: 'active', due: 'overdue' },
      { owner: 'bulk.owner@colp.example', lifecycle: 'active', due: 'any' },
      { owner: 'unassigned', lifecycle: 'active', due: 'next-90' },
    ] as const) {
      counts[`${scope.owner}/${scope.lifecycle}/${scope.due}`] = (await listItems(store, scope, '2024-04-15' as IsoDate)).length;
    }
    // every scope leads with a filter selective enough for SharePoint: none needed the id-window fallback
    expect(site.fake.thresholdRefusals).toBe(0);
    const open = Array.from({ length: 5001 }, (_, i) => i).filter((i) => i % 7 !== 0);
    expect(counts).toEqual({
      'null/any/any': 5001,
      'null/active/overdue': open.filter((i) => i % 3 === 0).length,
      'bulk.owner@colp.example/active/any': open.filter((i) => i % 10 === 0).length,
      'unassigned/active/next-90': open.filter((i) => i % 10 !== 0 && i % 3 !== 0).length,
    });
    // four full reads of 5,001 items through the fake: ~9 s quiet, past 30 s on a loaded 2-core machine
  }, 120_000);
});
