/**
 * State for All items: the store is asked for the filter's indexed part (owner, lifecycle,
 * due window), and asked again only when a filter widens beyond what is already loaded (a
 * narrower one is exact in memory); words, RAG, board, characteristic and sort always apply
 * in memory. While a wider scope loads, the previous rows stay, so focus and place in the
 * list are never lost.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import { scopeCovers, scopeOf, type ItemScope, type ListedItem } from '../../../core/item-filter';
import { queryOfView, viewFromQuery } from '../../../core/item-view-query';
import type { ItemId } from '../../../core/model';
import type { ItemsPage, TrackerClient } from '../../../ports/tracker-client';
import { usePainted } from '../../shared/after-paint';
import { useFilteredItems, type FilteredItems } from '../../shared/useFilteredItems';
import { boardChoices, NOTHING_KNOWN, ownerChoices, remember, type Known } from './filter-choices';

export type AllItemsState = FilteredItems<ListedItem> &
  Readonly<{
    status: 'loading' | 'ready' | 'error';
    error: string | null;
    /** how many items the store returned for the scope */
    loaded: number;
    owners: ReadonlyArray<Readonly<{ id: string; name: string }>>;
    boards: ReadonlyArray<Readonly<{ id: ItemId; title: string }>>;
    reload: () => void;
    /**
     * Set while the scope is not all here: pages still arriving (locally), or a large list's
     * bounded first read (`window`) and the pages of "include everything" (on demand).
     */
    more: Readonly<{ window: ItemsPage['window']; onDemand: boolean; loading: boolean; loadMore: () => void }> | null;
  }>;

/** All items' address is read and written in core (the tab's settings page saves one too). */
export { queryOfView, viewFromQuery };

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
  const [known, setKnown] = useState<Known>(NOTHING_KNOWN);
  // What was loaded, and on what basis: a narrower filter on the same basis needs no new read.
  const [loadedScope, setLoadedScope] = useState<Readonly<{ scope: ItemScope; basis: string }> | null>(null);
  const basis = `${asOf}|${refreshKey}|${tick}|${user}`;
  const covered = loadedScope !== null && loadedScope.basis === basis && scopeCovers(loadedScope.scope, scope);
  const fetchKey = covered ? null : `${scopeKey}|${basis}`;

  // Each read of a scope has a number; a page that arrives for an older one is dropped.
  const generation = useRef(0);
  const [more, setMore] = useState<Readonly<{ next: string; window: ItemsPage['window']; onDemand: boolean; loading: boolean }> | null>(null);
  const painted = usePainted();

  useEffect(() => {
    if (!active || fetchKey === null) {
      return undefined;
    }
    const gen = ++generation.current;
    const live = (): boolean => generation.current === gen;
    setStatus('loading');
    setError(null);
    setMore(null);
    // The first page shows at once. Where the backend allows (locally) the rest follow by
    // themselves, asked for only once the first rows are painted (the server's work and the
    // larger answer's parse never compete with them), and applied as a transition: rendering
    // thousands more items yields to typing and clicks.
    const read = async (): Promise<void> => {
      let page = await client.listItemsPage(scope, asOf, null);
      if (!live()) {
        return;
      }
      let all: readonly ListedItem[] = page.items;
      setKnown((k) => remember(k, page.items));
      setItems(all);
      setStatus('ready');
      const follows = (p: ItemsPage): p is ItemsPage & { next: string } => p.next !== null && !p.onDemand;
      if (follows(page)) {
        setMore({ next: page.next, window: null, onDemand: false, loading: true });
        await painted();
      }
      while (follows(page) && live()) {
        page = await client.listItemsPage(scope, asOf, page.next);
        if (!live()) {
          return;
        }
        const added = page.items;
        const last = page;
        all = [...all, ...added];
        const now = all;
        startTransition(() => {
          setKnown((k) => remember(k, added));
          setItems(now);
          if (follows(last)) {
            setMore({ next: last.next, window: null, onDemand: false, loading: true });
          }
        });
      }
      if (!live()) {
        return;
      }
      const end = page;
      startTransition(() => {
        if (end.next === null) {
          setMore(null);
          setLoadedScope({ scope, basis });
        } else {
          setMore({ next: end.next, window: end.window, onDemand: true, loading: false });
        }
      });
    };
    read().catch((e: unknown) => {
      if (live()) {
        setMore(null);
        setStatus('error');
        setError((e as Error).message);
      }
    });
    return () => {
      if (live()) {
        generation.current += 1;
      }
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- read again only when the wanted scope is not already here (fetchKey)
  }, [client, fetchKey, active]);

  /** The next page where pages come on demand (a large SharePoint list): "Include everything", then "Load more". */
  const loadMore = useCallback(() => {
    if (more === null || more.loading) {
      return;
    }
    const gen = generation.current;
    setMore({ ...more, loading: true });
    client.listItemsPage(scope, asOf, more.next).then(
      (page) => {
        if (generation.current !== gen) {
          return;
        }
        // "Include everything" reads from the start by id: keep what the window showed, add what
        // is new. A transition, as for the pages that follow by themselves: the rows already on
        // screen stay usable while the larger list renders.
        startTransition(() => {
          setItems((prev) => {
            const seen = new Set(prev.map((i) => `${i.list}-${i.id}`));
            return [...prev, ...page.items.filter((i) => !seen.has(`${i.list}-${i.id}`))];
          });
          setKnown((k) => remember(k, page.items));
          if (page.next === null) {
            setMore(null);
            setLoadedScope({ scope, basis });
          } else {
            setMore({ next: page.next, window: null, onDemand: true, loading: false });
          }
        });
      },
      (e: unknown) => {
        if (generation.current === gen) {
          setMore({ ...more, loading: false });
          setError((e as Error).message);
        }
      }
    );
  }, [client, more, scope, asOf, basis]);

  const owners = useMemo(() => ownerChoices(known, user), [known, user]);
  const boards = useMemo(() => boardChoices(known), [known]);

  // A narrower filter met while a wider read was under way is already exact.
  const shownStatus = covered && status === 'loading' ? 'ready' : status;
  const moreState = more === null ? null : { window: more.window, onDemand: more.onDemand, loading: more.loading, loadMore };
  return { ...list, status: shownStatus, error, loaded: items.length, more: moreState, owners, boards, reload: () => setTick((t) => t + 1) };
}
