/**
 * State for All items: the store is asked for the filter's indexed part (owner, lifecycle,
 * due window), and asked again only when a filter widens beyond what is already loaded (a
 * narrower one is exact in memory); words, RAG, board, characteristic and sort always apply
 * in memory. While a wider scope loads, the previous rows stay, so focus and place in the
 * list are never lost.
 */
import { useEffect, useMemo, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import { filterParams, NO_FILTER, readFilter, scopeCovers, scopeOf, SORT_KEYS, type ItemFilter, type ItemScope, type ItemSort, type ListedItem } from '../../../core/item-filter';
import type { ItemId } from '../../../core/model';
import type { TrackerClient } from '../../../ports/tracker-client';
import { useFilteredItems, type FilteredItems } from '../../shared/useFilteredItems';

export type AllItemsState = FilteredItems<ListedItem> &
  Readonly<{
    status: 'loading' | 'ready' | 'error';
    error: string | null;
    /** how many items the store returned for the scope */
    loaded: number;
    owners: ReadonlyArray<Readonly<{ id: string; name: string }>>;
    boards: ReadonlyArray<Readonly<{ id: ItemId; title: string }>>;
    reload: () => void;
  }>;

type Known = Readonly<{ owners: ReadonlyMap<string, string>; boards: ReadonlyMap<ItemId, string> }>;

/** Owners and boards seen in any load, so choosing one never empties the choices. */
function remember(known: Known, loaded: readonly ListedItem[]): Known {
  const owners = new Map(known.owners);
  const boards = new Map(known.boards);
  for (const i of loaded) {
    if (i.owner) {
      owners.set(i.owner.id, i.owner.displayName);
    }
    if (i.boardId !== null && i.board) {
      boards.set(i.boardId, i.board);
    }
  }
  return { owners, boards };
}

const DEFAULT_SORT: ItemSort = { key: 'due', descending: false };

/** The filter and sort a link carries; a link with a bad value opens the unfiltered list. */
export function viewFromQuery(query: string): Readonly<{ filter: ItemFilter; sort: ItemSort }> {
  const params = Object.fromEntries(new URLSearchParams(query));
  let filter = NO_FILTER;
  try {
    filter = readFilter(params);
  } catch {
    // a hand-edited link: show everything rather than nothing
  }
  const key = (SORT_KEYS as readonly string[]).includes(params.sort ?? '') ? (params.sort as ItemSort['key']) : DEFAULT_SORT.key;
  return { filter, sort: { key, descending: params.desc === '1' } };
}

/** The inverse of viewFromQuery: only what differs from the defaults. */
export function queryOfView(filter: ItemFilter, sort: ItemSort): string {
  const params = new URLSearchParams(filterParams(filter));
  if (sort.key !== DEFAULT_SORT.key) {
    params.set('sort', sort.key);
  }
  if (sort.descending) {
    params.set('desc', '1');
  }
  return params.toString();
}

export function useAllItems(
  client: TrackerClient,
  asOf: IsoDate,
  user: string,
  refreshKey: number,
  active: boolean,
  query = '',
  onQueryChange: (query: string) => void = () => undefined
): AllItemsState {
  const [items, setItems] = useState<readonly ListedItem[]>([]);
  const [status, setStatus] = useState<AllItemsState['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const [initial] = useState(() => viewFromQuery(query));
  const list = useFilteredItems(items, initial.filter, initial.sort, { asOf, me: user });
  const viewQuery = queryOfView(list.filter, list.sort);

  // The address follows the filters, so the view can be shared, bookmarked and reloaded.
  useEffect(() => {
    if (active) {
      onQueryChange(viewQuery);
    }
  }, [active, viewQuery, onQueryChange]);
  const scope = scopeOf(list.filter, user);
  const scopeKey = `${scope.owner ?? ''}|${scope.lifecycle}|${scope.due}`;
  const [known, setKnown] = useState<Known>({ owners: new Map(), boards: new Map() });
  // What was loaded, and on what basis: a narrower filter on the same basis needs no new read.
  const [loadedScope, setLoadedScope] = useState<Readonly<{ scope: ItemScope; basis: string }> | null>(null);
  const basis = `${asOf}|${refreshKey}|${tick}|${user}`;
  const covered = loadedScope !== null && loadedScope.basis === basis && scopeCovers(loadedScope.scope, scope);
  const fetchKey = covered ? null : `${scopeKey}|${basis}`;

  useEffect(() => {
    if (!active || fetchKey === null) {
      return undefined;
    }
    let cancelled = false;
    setStatus('loading');
    setError(null);
    client.listItems(scope, asOf).then(
      (loaded) => {
        if (cancelled) {
          return;
        }
        setKnown((k) => remember(k, loaded));
        setItems(loaded);
        setLoadedScope({ scope, basis });
        setStatus('ready');
      },
      (e: unknown) => {
        if (!cancelled) {
          setStatus('error');
          setError((e as Error).message);
        }
      }
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read again only when the wanted scope is not already here (fetchKey)
  }, [client, fetchKey, active]);

  const owners = useMemo(
    () => [...known.owners].filter(([id]) => id !== user).map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    [known, user]
  );
  const boards = useMemo(() => [...known.boards].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title)), [known]);

  // A narrower filter met while a wider read was under way is already exact.
  const shownStatus = covered && status === 'loading' ? 'ready' : status;
  return { ...list, status: shownStatus, error, loaded: items.length, owners, boards, reload: () => setTick((t) => t + 1) };
}
