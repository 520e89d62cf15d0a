/**
 * The tab's routing lives in the URL hash, so a reload, Back and a Teams deep link (subPageId
 * "actions:12") all land in the same place:
 *   #/                                     My items
 *   #/items/<list>/<id>                    My items, with that item open
 *   #/overview                             a board overview (the home of secretaries, leads and members)
 *   #/all                                  All items (search, filter, sort)
 *   #/inspections, #/workstreams           the reports, the workstreams
 *   #/closures                             Closures to review (leads and secretaries)
 *   #/meeting?board=<id>&view=<view>       a board's meeting view (a channel or meeting tab opens on it)
 *   #/rounds[/<id>]                        update rounds before a board [one round]
 *   #/<screen>[/<id>][/items/<list>/<id>]  a screen [one of its reports…] [with an item open]
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { asItemId, type ItemId, type TrackedList } from '../../core/model';

export type ItemRoute = Readonly<{ list: TrackedList; id: ItemId }>;
export type Screen = 'my-items' | 'overview' | 'all' | 'inspections' | 'workstreams' | 'plans' | 'unassigned' | 'import' | 'templates' | 'outbox' | 'packs' | 'dashboard' | 'closures' | 'rounds' | 'meeting';
export type AppRoute = Readonly<{
  screen: Screen;
  detailId: ItemId | null;
  item: ItemRoute | null;
  /** a list's filters as URL parameters ("due=overdue&rag=RED"), so a filtered view can be shared and reloaded */
  query?: string;
}>;

const LISTS: readonly TrackedList[] = ['actions', 'recommendations', 'workstreams'];

export function parseItemRoute(text: string | null): ItemRoute | null {
  const m = /^(?:#\/items\/)?([a-z]+)[/:](\d+)$/.exec(text ?? '');
  if (!m || !(LISTS as readonly string[]).includes(m[1] as string)) {
    return null;
  }
  return { list: m[1] as TrackedList, id: asItemId(Number(m[2])) };
}

export function parseRoute(hashWithQuery: string, subPageId: string | null = null): AppRoute {
  const [hash = '', query = ''] = hashWithQuery.split('?', 2);
  const screen = /^#\/(overview|all|inspections|workstreams|plans|unassigned|import|templates|outbox|packs|dashboard|closures|rounds|meeting)(?:\/(\d+))?(?:\/items\/([a-z]+)\/(\d+))?$/.exec(hash);
  if (screen) {
    return {
      screen: screen[1] as Screen,
      detailId: screen[2] ? asItemId(Number(screen[2])) : null,
      item: screen[3] ? parseItemRoute(`${screen[3]}:${screen[4]}`) : null,
      ...(query ? { query } : {}),
    };
  }
  return { screen: 'my-items', detailId: null, item: parseItemRoute(hash) ?? parseItemRoute(subPageId) };
}

export function routeHash(route: AppRoute): string {
  const item = route.item ? `/items/${route.item.list}/${route.item.id}` : '';
  if (route.screen !== 'my-items') {
    const query = route.query ? `?${route.query}` : '';
    return route.detailId === null ? `#/${route.screen}${item}${query}` : `#/${route.screen}/${route.detailId}${item}${query}`;
  }
  return item ? `#${item}` : '#/';
}

export type RouteControls = Readonly<{
  navigate: (route: AppRoute) => void;
  /** changes the current screen's query in place: no history entry per keystroke */
  replaceQuery: (query: string) => void;
}>;

export function useRoute(subPageId: string | null): [AppRoute, RouteControls] {
  const [route, setRoute] = useState<AppRoute>(() => parseRoute(window.location.hash, subPageId));

  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback((next: AppRoute) => {
    window.location.hash = routeHash(next);
    setRoute(next);
  }, []);

  const replaceQuery = useCallback((query: string) => {
    setRoute((current) => {
      if ((current.query ?? '') === query) {
        return current;
      }
      const next: AppRoute = { ...current, query };
      window.history.replaceState(window.history.state, '', routeHash(next));
      return next;
    });
  }, []);

  return [route, useMemo(() => ({ navigate, replaceQuery }), [navigate, replaceQuery])];
}
