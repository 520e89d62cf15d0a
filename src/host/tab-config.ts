/**
 * The configurable tab's settings page (channels, group chats, meetings): Teams shows it when
 * someone adds the tab, and saves what it sets. A secretary picks a board and a saved view; the
 * tab's content URL carries that view as the app's own address (#/meeting?board=…&view=…), so the
 * tab opens on it and a reload or a shared link lands in the same place.
 */
import type { MeetingViewId } from '../core/meeting-view';
import type { ItemId } from '../core/model';

export type TabViewId = MeetingViewId | 'myItems' | 'closures';
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
];

/**
 * The app's address of a view (the hash routes of ui/app/useRoute.ts): a view of a board is the
 * meeting view, which shows exactly that view; with no board chosen, All items filtered as near
 * as its filters can say.
 */
export function tabViewHash(view: TabViewId, boardId: ItemId | null): string {
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

/** What `pages.config.setConfig` is given for a view of a board. */
export function tabConfig(tabUrl: string, view: TabView, board: Readonly<{ id: ItemId; title: string }> | null): TabConfig {
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
