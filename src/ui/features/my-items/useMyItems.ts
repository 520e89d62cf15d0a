/** State for My items: loads the signed-in person's items as of a date, and reloads on demand. */
import { useCallback, useEffect, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import { daysOverdue, type TrackedItem } from '../../../core/tracked-item';
import { isOpen } from '../../../core/rag';
import type { TrackerClient } from '../../../ports/tracker-client';
import { describeFilter, NO_FILTER, type ItemFilter } from '../../../core/item-filter';
import { useFilteredItems, type FilteredItems } from '../../shared/useFilteredItems';

/** My items shows closed items too (in their own group) until a filter says otherwise. */
export const MY_ITEMS_FILTER: ItemFilter = { ...NO_FILTER, lifecycle: 'any' };

export type MyItemsGroup = Readonly<{ key: 'overdue' | 'due' | 'undated' | 'closed'; title: string; items: readonly TrackedItem[] }>;

export type MyItemsState = Readonly<{
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  items: readonly TrackedItem[];
  /** the groups of the items that match the filter */
  groups: readonly MyItemsGroup[];
  overdueCount: number;
  /** "3 of 12 items match — RED", or null when nothing is filtered out */
  filtered: string | null;
  list: FilteredItems<TrackedItem>;
  reload: () => void;
}>;

export function groupItems(items: readonly TrackedItem[], asOf: IsoDate): MyItemsGroup[] {
  const overdue = items.filter((i) => daysOverdue(i, asOf) > 0);
  const closed = items.filter((i) => !isOpen(i.lifecycle));
  const due = items.filter((i) => isOpen(i.lifecycle) && daysOverdue(i, asOf) === 0 && i.due.date !== null);
  const undated = items.filter((i) => isOpen(i.lifecycle) && daysOverdue(i, asOf) === 0 && i.due.date === null);
  const groups: MyItemsGroup[] = [
    { key: 'overdue', title: 'Overdue', items: overdue },
    { key: 'due', title: 'Coming up', items: due },
    { key: 'undated', title: 'No date', items: undated },
    { key: 'closed', title: 'Closed', items: closed },
  ];
  return groups.filter((g) => g.items.length > 0);
}

export function useMyItems(client: TrackerClient, asOf: IsoDate, userId: string, refreshKey: number): MyItemsState {
  const [state, setState] = useState<Omit<MyItemsState, 'reload' | 'groups' | 'overdueCount' | 'filtered' | 'list'>>({
    status: 'loading',
    error: null,
    items: [],
  });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    let cancelled = false;
    setState((s) => ({ ...s, status: 'loading', error: null }));
    client
      .myItems(asOf)
      .then((items) => !cancelled && setState({ status: 'ready', error: null, items }))
      .catch((e: unknown) => !cancelled && setState({ status: 'error', error: (e as Error).message, items: [] }));
    return () => {
      cancelled = true;
    };
  }, [client, asOf, userId, tick, refreshKey]);

  const list = useFilteredItems(state.items, MY_ITEMS_FILTER, { key: 'due', descending: false }, { asOf, me: userId });
  const groups = groupItems(list.results, asOf);
  const described = describeFilter(list.filter, {}, MY_ITEMS_FILTER);
  return {
    ...state,
    groups,
    overdueCount: groupItems(state.items, asOf).find((g) => g.key === 'overdue')?.items.length ?? 0,
    filtered: list.results.length === state.items.length && !list.filter.text ? null : `${list.results.length} of ${state.items.length} items match${described ? ` — ${described}` : ''}`,
    list,
    reload,
  };
}
