/**
 * A list's filter, sort and paging, applied in memory as the person types. The filter is
 * deferred so typing stays responsive on 5,000 items, and only a page of rows is rendered at
 * a time, so the page stays small for screen readers and phones alike.
 */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import type { IsoDate } from '../../core/dates';
import { filterItems, sortItems, type ItemFilter, type ItemSort, type ListedItem } from '../../core/item-filter';
import type { TrackedItem } from '../../core/tracked-item';

export const PAGE_SIZE = 100;

export type FilteredItems<T> = Readonly<{
  filter: ItemFilter;
  /** the filter the results reflect: a moment behind `filter` while typing; what the count describes */
  applied: ItemFilter;
  setFilter: (filter: ItemFilter) => void;
  sort: ItemSort;
  setSort: (sort: ItemSort) => void;
  /** every item that matches, sorted */
  results: readonly T[];
  /** the rows to render */
  shown: readonly T[];
  showMore: () => void;
}>;

export function useFilteredItems<T extends ListedItem | TrackedItem>(
  items: readonly T[],
  initial: ItemFilter,
  initialSort: ItemSort,
  context: Readonly<{ asOf: IsoDate; me: string }>
): FilteredItems<T> {
  const [filter, setFilterState] = useState(initial);
  const [sort, setSortState] = useState(initialSort);
  const [pages, setPages] = useState(1);
  const deferredFilter = useDeferredValue(filter);
  const deferredSort = useDeferredValue(sort);
  const { asOf, me } = context;

  const results = useMemo(
    () => sortItems(filterItems(items, deferredFilter, { asOf, me }), deferredSort, asOf),
    [items, deferredFilter, deferredSort, asOf, me]
  );

  // A new filter or sort starts again at the first page.
  const setFilter = useCallback((next: ItemFilter) => {
    setFilterState(next);
    setPages(1);
  }, []);
  const setSort = useCallback((next: ItemSort) => {
    setSortState(next);
    setPages(1);
  }, []);
  const showMore = useCallback(() => setPages((p) => p + 1), []);

  return {
    filter,
    applied: deferredFilter,
    setFilter,
    sort,
    setSort,
    results,
    shown: results.slice(0, pages * PAGE_SIZE),
    showMore,
  };
}
