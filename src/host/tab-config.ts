/**
 * The configurable tab's settings page (channels, group chats, meetings): Teams shows it when
 * someone adds the tab, and saves what it sets. A secretary picks a board and a saved view; the
 * tab's content URL carries that view as the app's own address (#/meeting?board=…&view=…, or for a
 * filtered All items view #/all?…), so the tab opens on it and a reload or a shared link lands in
 * the same place.
 */
import { describeFilter } from '../core/item-filter';
import { queryOfView, type ItemListView } from '../core/item-view-query';
import type { MeetingViewId } from '../core/meeting-view';
import type { ItemId } from '../core/model';

export type TabViewId = MeetingViewId | 'myItems' | 'closures' | 'filtered';
export type TabView = Readonly<{ id: TabViewId; name: string; /** whether the view is of one board */ perBoard: boolean }>;

/** The views of DESIGN §6 a channel or meeting tab can show. */
export const TAB_VIEWS: readonly TabView[] = [
  { id: 'redAmber', name: 'Red and amber (worst RAG first)', perBoard: true },
  { id: 'due30', name: 'Due in 30 days', perBoard: true },
  { id: 'overdue', name: 'Overdue', perBoard: true },
  { id: 'changed', name: 'Changed since last board', perBoard: true },
  { id: 'openRecs', name: 'Open recommendations', perBoard: true },
  { id: 'closures', name: 'Closures to review', perBoard: false },
  { id: 'all', name: 'All items of the board', perBoard: true },
  { id: 'myItems', name: 'My items', perBoard: false },
  // any filter of All items (owner, due, RAG, board…): its own board, if any, is in the filter
  { id: 'filtered', name: 'A filtered All items view', perBoard: false },
];

/**
 * The app's address of a view (the hash routes of ui/app/useRoute.ts): a view of a board is the
 * meeting view, which shows exactly that view; with no board chosen, All items filtered as near
 * as its filters can say.
 */
export function tabViewHash(view: TabViewId, boardId: ItemId | null, allItems: ItemListView | null = null): string {
  if (view === 'filtered') {
    const query = allItems ? queryOfView(allItems.filter, allItems.sort) : '';
    return query ? `#/all?${query}` : '#/all';
  }
  if (boardId !== null && view !== 'closures' && view !== 'myItems') {
    return `#/meeting?board=${Number(boardId)}&view=${view}`;
  }
  const all = (...params: string[]) => (params.length === 0 ? '#/all' : `#/all?${params.join('&')}`);
  switch (view) {
    case 'redAmber':
      return all('sort=rag');
    case 'due30':
      return all('due=next-30', 'sort=due');
    case 'overdue':
      return all('due=overdue', 'sort=due');
    case 'changed':
      // All items shows each item's change since the board's last frozen pack ("Since last board")
      return all('sort=rag');
    case 'openRecs':
      return all('list=recommendations', 'sort=due');
    case 'all':
      return all();
    case 'closures':
      return '#/closures';
    default:
      return '#/';
  }
}

export type TabConfig = Readonly<{ entityId: string; contentUrl: string; websiteUrl: string; suggestedDisplayName: string }>;

/** The tab's name for a filtered All items view: the filter in words, as All items announces it. */
function filteredName(allItems: ItemListView | null, boardTitle: string | undefined): string {
  const words = allItems ? describeFilter(allItems.filter, boardTitle === undefined ? {} : { board: boardTitle }) : '';
  return `All items${words ? `: ${words}` : ''}`;
}

/**
 * What `pages.config.setConfig` is given for a view of a board, or (the filtered view) for
 * All items with a filter; `boardTitle` names the filter's board, if it has one.
 */
export function tabConfig(
  tabUrl: string,
  view: TabView,
  board: Readonly<{ id: ItemId; title: string }> | null,
  allItems: ItemListView | null = null,
  boardTitle?: string
): TabConfig {
  if (view.id === 'filtered') {
    const hash = tabViewHash(view.id, null, allItems);
    const url = `${tabUrl}/${hash}`;
    return { entityId: `filtered:${hash.slice('#/all'.length)}`, contentUrl: url, websiteUrl: url, suggestedDisplayName: filteredName(allItems, boardTitle) };
  }
  const onBoard = view.perBoard && board !== null;
  const url = `${tabUrl}/${tabViewHash(view.id, onBoard ? board.id : null)}`;
  return {
    entityId: onBoard ? `${view.id}:${Number(board.id)}` : view.id,
    contentUrl: url,
    websiteUrl: url,
    suggestedDisplayName: onBoard ? `${board.title}: ${view.name}` : `Action Tracker: ${view.name}`,
  };
}

export type ConfigHost = Readonly<{
  setValid: (valid: boolean) => void;
  onSave: (save: () => Promise<void>) => void;
}>;

/** The part of teams-js's `pages` the settings page uses: a fake stands in for it in tests. */
export type PagesConfig = Readonly<{
  config: Readonly<{
    setValidityState: (valid: boolean) => void;
    setConfig: (config: TabConfig) => Promise<void>;
    registerOnSaveHandler: (handler: (event: { notifySuccess: () => void; notifyFailure: (reason?: string) => void }) => void) => void;
  }>;
}>;

/** Wires the Teams configuration dialog: valid once a view is chosen; Save records it. */
export async function teamsConfigHost(getConfig: () => TabConfig, loadPages: () => Promise<PagesConfig> = async () => (await import('@microsoft/teams-js')).pages): Promise<ConfigHost> {
  const pages = await loadPages();
  return {
    setValid: (valid) => pages.config.setValidityState(valid),
    onSave: (save) =>
      pages.config.registerOnSaveHandler((event) => {
        pages.config
          .setConfig(getConfig())
          .then(save)
          .then(() => event.notifySuccess(), (error: unknown) => event.notifyFailure(String((error as Error)?.message ?? error)));
      }),
  };
}
