/**
 * State for All items: the store is asked for the filter's indexed part (owner, lifecycle,
 * due window) and reloaded only when that part changes; words, RAG, board, characteristic and
 * sort apply in memory. While a new scope loads, the previous rows stay, so focus and place
 * in the list are never lost.
 */
import { useEffect, useMemo, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import { NO_FILTER, scopeOf, type ListedItem } from '../../../core/item-filter';
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

export function useAllItems(client: TrackerClient, asOf: IsoDate, user: string, refreshKey: number, active: boolean): AllItemsState {
  const [items, setItems] = useState<readonly ListedItem[]>([]);
  const [status, setStatus] = useState<AllItemsState['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  const list = useFilteredItems(items, NO_FILTER, { key: 'due', descending: false }, { asOf, me: user });
  const scope = scopeOf(list.filter, user);
  const scopeKey = `${scope.owner ?? ''}|${scope.lifecycle}|${scope.due}`;
  const [known, setKnown] = useState<Known>({ owners: new Map(), boards: new Map() });

  useEffect(() => {
    if (!active) {
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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the scope is reloaded when its key changes, not its identity
  }, [client, scopeKey, asOf, refreshKey, tick, active]);

  const owners = useMemo(
    () => [...known.owners].filter(([id]) => id !== user).map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)),
    [known, user]
  );
  const boards = useMemo(() => [...known.boards].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title)), [known]);

  return { ...list, status, error, loaded: items.length, owners, boards, reload: () => setTick((t) => t + 1) };
}
