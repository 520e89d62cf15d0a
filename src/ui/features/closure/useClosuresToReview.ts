/** State for "Closures to review": the proposals waiting on this person, filtered like every list. */
import { useMemo, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import { filterItems, NO_FILTER, type ItemFilter } from '../../../core/item-filter';
import type { ItemId } from '../../../core/model';
import type { ClosureClient, ReviewItem } from '../../../ports/closure-client';
import { useLoad } from '../../shared/useLoad';

/** every status: every item here has closure proposed */
export const REVIEW_FILTER: ItemFilter = { ...NO_FILTER, lifecycle: 'any' };

export type ClosuresToReviewState = Readonly<{
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** every proposal waiting, the longest waiting first */
  all: readonly ReviewItem[];
  /** those the filter matches, in the same order */
  shown: readonly ReviewItem[];
  filter: ItemFilter;
  setFilter: (filter: ItemFilter) => void;
  owners: ReadonlyArray<Readonly<{ id: string; name: string }>>;
  boards: ReadonlyArray<Readonly<{ id: ItemId; title: string }>>;
  reload: () => void;
}>;

export function useClosuresToReview(client: ClosureClient | null, asOf: IsoDate, user: string, refreshKey: number, active: boolean): ClosuresToReviewState {
  const [filter, setFilter] = useState<ItemFilter>(REVIEW_FILTER);
  const [retries, setRetries] = useState(0);
  const loaded = useLoad(active && client ? () => client.toReview(asOf) : null, [client, asOf, user, refreshKey, active, retries]);
  const all = useMemo(() => loaded.data ?? [], [loaded.data]);
  const shown = useMemo(() => filterItems(all, filter, { asOf, me: user }), [all, filter, asOf, user]);
  const owners = useMemo(() => {
    const seen = new Map<string, string>();
    all.forEach((i) => i.owner && seen.set(i.owner.id, i.owner.displayName));
    return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }, [all]);
  const boards = useMemo(() => {
    const seen = new Map<ItemId, string>();
    all.forEach((i) => i.boardId !== null && i.board && seen.set(i.boardId, i.board));
    return [...seen].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
  }, [all]);
  return { status: loaded.status, error: loaded.error, all, shown, filter, setFilter, owners, boards, reload: () => setRetries((n) => n + 1) };
}
