/**
 * The configurable tab's settings: what is saved with pages.config.setConfig for a board and a
 * view, through a fake of teams-js's `pages` (the settings page's only use of the host), and the
 * view each address opens in the app's own routes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSettings, tabBasePath, type M365Settings } from '../../src/config/settings';
import { NO_FILTER } from '../../src/core/item-filter';
import { allItemsQueryIn, DEFAULT_SORT } from '../../src/core/item-view-query';
import { asItemId } from '../../src/core/model';
import { tabAddress } from '../../src/host/tab-address';
import { TAB_VIEWS, tabConfig, tabViewHash, teamsConfigHost, type PagesConfig, type TabConfig } from '../../src/host/tab-config';
import { viewFromQuery } from '../../src/ui/features/all-items/useAllItems';
import { meetingQuery } from '../../src/ui/features/meeting/useMeetingView';
import { parseRoute } from '../../src/ui/app/useRoute';

const BOARD = { id: asItemId(1), title: 'Operational Delivery Board' };
const view = (id: string) => TAB_VIEWS.find((v) => v.id === id) as (typeof TAB_VIEWS)[number];

function fakePages() {
  const calls: { valid: boolean[]; saved: TabConfig[]; outcome: string[] } = { valid: [], saved: [], outcome: [] };
  let handler: Parameters<PagesConfig['config']['registerOnSaveHandler']>[0] | null = null;
  const pages: PagesConfig = {
    config: {
      setValidityState: (v) => calls.valid.push(v),
      setConfig: async (c) => {
        calls.saved.push(c);
      },
      registerOnSaveHandler: (h) => {
        handler = h;
      },
    },
  };
  const save = () =>
    new Promise<void>((resolve) =>
      handler?.({
        notifySuccess: () => {
          calls.outcome.push('success');
          resolve();
        },
        notifyFailure: (reason) => {
          calls.outcome.push(`failure: ${reason}`);
          resolve();
        },
      })
    );
  return { pages, calls, save };
}

describe('the configurable tab’s settings', () => {
  it('saves the chosen board and view: entityId, a content URL carrying the view, and a display name', async () => {
    const { pages, calls, save } = fakePages();
    let chosen = tabConfig('https://tracker.example', view('overdue'), BOARD);
    const host = await teamsConfigHost(() => chosen, async () => pages);
    host.onSave(async () => undefined);
    host.setValid(true);
    chosen = tabConfig('https://tracker.example', view('due30'), BOARD); // the choice at the moment of Save counts
    await save();
    expect(calls.valid).toEqual([true]);
    expect(calls.saved).toEqual([
      {
        entityId: 'due30:1',
        contentUrl: 'https://tracker.example/#/meeting?board=1&view=due30',
        websiteUrl: 'https://tracker.example/#/meeting?board=1&view=due30',
        suggestedDisplayName: 'Operational Delivery Board: Due in 30 days',
      },
    ]);
    expect(calls.outcome).toEqual(['success']);
  });

  it('tells Teams why a save failed', async () => {
    const { pages, calls, save } = fakePages();
    const failing: PagesConfig = { config: { ...pages.config, setConfig: async () => Promise.reject(new Error('not allowed here')) } };
    const host = await teamsConfigHost(() => tabConfig('https://t.example', view('all'), BOARD), async () => failing);
    host.onSave(async () => undefined);
    await save();
    expect(calls.outcome).toEqual(['failure: not allowed here']);
  });

  it.each(['redAmber', 'due30', 'overdue', 'changed', 'openRecs', 'all'] as const)('%s of a board opens the meeting view of that board and view', (id) => {
    const hash = tabViewHash(id, BOARD.id);
    expect(hash).toBe(`#/meeting?board=1&view=${id}`);
    const route = parseRoute(hash);
    expect(route.screen).toBe('meeting');
    expect(meetingQuery(route.query ?? '')).toEqual({ boardId: 1, view: id });
  });

  it.each([
    ['redAmber', '#/all?sort=rag', {}, 'rag'],
    ['due30', '#/all?due=next-30&sort=due', { due: 'next-30' }, 'due'],
    ['overdue', '#/all?due=overdue&sort=due', { due: 'overdue' }, 'due'],
    ['openRecs', '#/all?list=recommendations&sort=due', { list: 'recommendations', lifecycle: 'active' }, 'due'],
    ['all', '#/all', { boardId: null }, 'due'],
  ] as const)('with no board chosen, %s opens All items filtered as near as it can', (id, hash, filter, sort) => {
    expect(tabViewHash(id, null)).toBe(hash);
    const route = parseRoute(hash);
    expect(route.screen).toBe('all');
    const opened = viewFromQuery(route.query ?? '');
    expect(opened.filter).toMatchObject(filter);
    expect(opened.sort.key).toBe(sort);
  });

  it('closures to review and My items are not of one board', () => {
    expect(tabConfig('https://t.example', view('closures'), BOARD)).toMatchObject({ entityId: 'closures', contentUrl: 'https://t.example/#/closures', suggestedDisplayName: 'Action Tracker: Closures to review' });
    expect(parseRoute(tabViewHash('closures', BOARD.id)).screen).toBe('closures');
    expect(parseRoute(tabViewHash('myItems', null)).screen).toBe('my-items');
  });

  it('a filtered All items view is offered, and saved as All items’ own address with that filter', async () => {
    expect(view('filtered').name).toBe('A filtered All items view');
    const { pages, calls, save } = fakePages();
    const pasted = allItemsQueryIn('https://tracker.example/#/all?rag=RED&due=overdue&board=1&sort=rag');
    const host = await teamsConfigHost(() => tabConfig('https://t.example', view('filtered'), BOARD, pasted, BOARD.title), async () => pages);
    host.onSave(async () => undefined);
    await save();
    const saved = calls.saved[0] as TabConfig;
    // the chosen board of the other views plays no part: the filter's own board does
    expect(saved).toEqual({
      entityId: 'filtered:?rag=RED&due=overdue&board=1&sort=rag',
      contentUrl: 'https://t.example/#/all?rag=RED&due=overdue&board=1&sort=rag',
      websiteUrl: 'https://t.example/#/all?rag=RED&due=overdue&board=1&sort=rag',
      suggestedDisplayName: 'All items: overdue, RED, Operational Delivery Board',
    });
    const route = parseRoute(saved.contentUrl.slice('https://t.example/'.length));
    expect(route.screen).toBe('all');
    expect(viewFromQuery(route.query ?? '')).toEqual({ filter: { ...NO_FILTER, rag: 'RED', due: 'overdue', boardId: 1 }, sort: { key: 'rag', descending: false } });
  });

  it('a filter chosen rather than pasted opens the same way; no filter opens the whole list', () => {
    const chosen = { filter: { ...NO_FILTER, owner: 'me', due: 'next-30' as const }, sort: DEFAULT_SORT };
    const config = tabConfig('https://t.example', view('filtered'), null, chosen);
    expect(config.contentUrl).toBe('https://t.example/#/all?owner=me&due=next-30');
    expect(config.suggestedDisplayName).toBe('All items: mine, due in the next 30 days');
    expect(viewFromQuery(parseRoute(tabViewHash('filtered', null, chosen)).query ?? '').filter).toEqual(chosen.filter);
    expect(tabConfig('https://t.example', view('filtered'), BOARD, { filter: NO_FILTER, sort: DEFAULT_SORT })).toMatchObject({ contentUrl: 'https://t.example/#/all', suggestedDisplayName: 'All items' });
  });

  it.each([
    ['https://tracker.example/#/all?due=overdue', { due: 'overdue' }],
    ['#/all?owner=me', { owner: 'me' }],
    ['?rag=AMBER', { rag: 'AMBER' }],
    ['list=recommendations&lifecycle=any', { list: 'recommendations', lifecycle: 'any' }],
    ['https://tracker.example/#/all', {}],
  ] as const)('reads the filter in a pasted %s', (pasted, filter) => {
    expect(allItemsQueryIn(pasted).filter).toEqual({ ...NO_FILTER, ...filter });
  });

  it.each([
    ['https://tracker.example/#/meeting?board=1&view=overdue', /not an address of All items/],
    ['https://tracker.example/all?due=overdue', /no All items view/],
    ['due=soon', /due.*soon/],
    ['#/all?sort=colour', /sort.*colour/],
    ['overdue and red', /not a filter/],
  ])('refuses %s, naming what is wrong', (pasted, problem) => {
    expect(() => allItemsQueryIn(pasted)).toThrow(problem);
  });
});

describe('a tab hosted under a path (TRACKER_TAB_URL https://intranet.contoso.org/apps/tracker/)', () => {
  const settings = readSettings({
    TRACKER_MODE: 'm365',
    TRACKER_TENANT_ID: '11111111-2222-3333-4444-555555555555',
    TRACKER_CLIENT_ID: '66666666-7777-4888-9999-000000000000',
    TRACKER_SITE_URL: 'https://contoso.sharepoint.com/sites/governance',
    TRACKER_TAB_URL: 'https://intranet.contoso.org/apps/tracker/',
    TRACKER_TEAMS_APP_ID: 'ffffffff-0000-4111-8222-333333333333',
  }) as M365Settings;
  // what the settings page sees there: the page's origin, and the build's BASE_URL (vite's `base`)
  const origin = 'https://intranet.contoso.org';
  const base = tabBasePath(settings);

  it('a configured tab keeps the path: its content URL is the tab’s, not the host’s root', () => {
    const saved = tabConfig(tabAddress(origin, base), view('overdue'), BOARD);
    expect(saved.contentUrl).toBe('https://intranet.contoso.org/apps/tracker/#/meeting?board=1&view=overdue');
    expect(saved.contentUrl.startsWith(`${settings.tabUrl}/#/`)).toBe(true);
    expect(saved.websiteUrl).toBe(saved.contentUrl);
  });

  it('at the root the address is the origin, with no doubled slash', () => {
    expect(tabConfig(tabAddress(origin, '/'), view('all'), null).contentUrl).toBe('https://intranet.contoso.org/#/all');
  });

  it('the settings page is given that address, not the origin alone', () => {
    const app = readFileSync('src/ui/app/App.tsx', 'utf8');
    expect(app).toMatch(/tabUrl=\{tabAddress\(window\.location\.origin, import\.meta\.env\.BASE_URL\)\}/);
  });
});
