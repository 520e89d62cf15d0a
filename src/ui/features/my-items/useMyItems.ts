/** State for My items: loads the signed-in person's items as of a date, and reloads on demand. */
import { useCallback, useEffect, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import { daysOverdue, type TrackedItem } from '../../../core/tracked-item';
import { isOpen } from '../../../core/rag';
import type { TrackerClient } from '../../../ports/tracker-client';

export type MyItemsGroup = Readonly<{ key: 'overdue' | 'due' | 'undated' | 'closed'; title: string; items: readonly TrackedItem[] }>;

export type MyItemsState = Readonly<{
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  items: readonly TrackedItem[];
  groups: readonly MyItemsGroup[];
  overdueCount: number;
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
  const [state, setState] = useState<Omit<MyItemsState, 'reload' | 'groups' | 'overdueCount'>>({
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

  const groups = groupItems(state.items, asOf);
  return {
    ...state,
    groups,
    overdueCount: groups.find((g) => g.key === 'overdue')?.items.length ?? 0,
    reload,
  };
}
