/**
 * The configurable tab's settings: what is saved with pages.config.setConfig for a board and a
 * view, through a fake of teams-js's `pages` (the settings page's only use of the host), and the
 * view each address opens in the app's own routes.
 */
import { describe, expect, it } from 'vitest';
import { asItemId } from '../../src/core/model';
import { TAB_VIEWS, tabConfig, tabViewHash, teamsConfigHost, type PagesConfig, type TabConfig } from '../../src/host/tab-config';
import { viewFromQuery } from '../../src/ui/features/all-items/useAllItems';
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
        contentUrl: 'https://tracker.example/#/all?board=1&due=next-30&sort=due',
        websiteUrl: 'https://tracker.example/#/all?board=1&due=next-30&sort=due',
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

  it.each([
    ['redAmber', '#/all?board=1&sort=rag', { boardId: 1 }, 'rag'],
    ['due30', '#/all?board=1&due=next-30&sort=due', { boardId: 1, due: 'next-30' }, 'due'],
    ['overdue', '#/all?board=1&due=overdue&sort=due', { boardId: 1, due: 'overdue' }, 'due'],
    ['openRecs', '#/all?board=1&list=recommendations&sort=due', { boardId: 1, list: 'recommendations', lifecycle: 'active' }, 'due'],
    ['all', '#/all?board=1', { boardId: 1 }, 'due'],
  ] as const)('%s opens All items filtered to the board as the view says', (id, hash, filter, sort) => {
    expect(tabViewHash(id, BOARD.id)).toBe(hash);
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
});
