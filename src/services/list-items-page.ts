/**
 * All items a page at a time, so the first rows show as soon as the first page arrives.
 *
 * Locally the first page comes alone and the rest in one second answer. On SharePoint a scope with no indexed
 * bound (anyone's active items, any due date) would make the first indexed filter match more
 * than the list view threshold on a large list, so the first read is BOUNDED: items due in a
 * window around today (DueDate, indexed), in one $batch with the lookups. "Include
 * everything" then pages each list by id — the one filter SharePoint walks a page at a time
 * whatever the list's size — on demand, checking the scope in memory.
 */
import { addDays, type IsoDate } from '../core/dates';
import { InvalidValueError, ListThresholdError } from '../core/errors';
import { filterItems, NO_FILTER, type ItemScope, type ListedItem } from '../core/item-filter';
import type { ListKey, Stored } from '../core/model';
import { EVERYTHING, type ItemsPage } from '../ports/tracker-client';
import { MAX_PAGE, type Condition, type ListQuery, type TrackerStore } from '../ports/tracker-store';
import { listedOf, LOOKUP_QUERIES, lookupsOf, scopeQueries, type ScopePlan } from './list-items';

/** How far the bounded first read reaches: recently overdue, and due soon. */
export const FIRST_WINDOW = { daysBefore: 30, daysAfter: 90 } as const;

type Mode = 'scope' | 'everything';
type Cursor = Readonly<{ mode: Mode; lists: ReadonlyArray<readonly [number, string]> }>;

const ALL = { field: 'id', op: 'gt', value: 0 } as const;

const unbounded = (scope: ItemScope): boolean => scope.owner === null && scope.due === 'any';

function encode(cursor: Cursor): string | null {
  return cursor.lists.length === 0 ? null : JSON.stringify(cursor);
}

function decode(text: string): Cursor {
  try {
    const c = JSON.parse(text) as Cursor;
    if (typeof c === 'object' && c !== null && (c.mode === 'scope' || c.mode === 'everything') && Array.isArray(c.lists) && c.lists.every((l) => Array.isArray(l) && Number.isInteger(l[0]) && typeof l[1] === 'string')) {
      return c;
    }
  } catch {
    // falls through to the error naming the cursor
  }
  throw new InvalidValueError('cursor', text, 'is not a page of All items');
}

/** Every tracked list by id: SharePoint pages by id however large the list; the scope is checked in memory. */
function everythingPlans(scope: ItemScope, asOf: IsoDate): ScopePlan[] {
  return scopeQueries(scope, asOf).map((p) => ({ list: p.list, query: { where: [ALL, ...p.query.where.filter((c) => c.field === 'kind')] } }));
}

/** The bounded first read: the scope's items due in the window (an inspection item's due is its own). */
function windowPlans(scope: ItemScope, asOf: IsoDate): { plans: ScopePlan[]; from: IsoDate; to: IsoDate } {
  const from = addDays(asOf, -FIRST_WINDOW.daysBefore);
  const to = addDays(asOf, FIRST_WINDOW.daysAfter);
  const due: Condition[] = [
    { field: 'dueDate', op: 'ge', value: from },
    { field: 'dueDate', op: 'le', value: to },
  ];
  const plans = scopeQueries(scope, asOf)
    .filter((p) => p.list !== 'workstreams')
    .map((p) => ({ list: p.list, query: { where: [...due, ...p.query.where.filter((c) => c.field === 'kind')] } }));
  return { plans, from, to };
}

async function readPages(
  store: TrackerStore,
  plans: readonly ScopePlan[],
  cursors: ReadonlyArray<readonly [number, string | null]>
): Promise<{ lookups: ReturnType<typeof lookupsOf>; found: Array<readonly [number, readonly Stored<ListKey>[], string | null]> }> {
  const requests: Array<readonly [ListKey, ListQuery]> = [
    ...LOOKUP_QUERIES.map(([list, q]) => [list, { ...q, top: MAX_PAGE }] as const),
    ...cursors.filter(([, c]) => c === null).map(([i]) => [(plans[i] as ScopePlan).list, { ...(plans[i] as ScopePlan).query, top: MAX_PAGE }] as const),
  ];
  // The lookups and every first page in one batch; a later page is one request per list.
  const first = await store.queryMany<ListKey>(requests);
  const lookupPages = first.slice(0, LOOKUP_QUERIES.length);
  const lookupRows = await Promise.all(
    lookupPages.map(async (page, i) => {
      const rows = [...page.items];
      for (let next = page.next; next !== null; ) {
        const more = await store.query((LOOKUP_QUERIES[i] as (typeof LOOKUP_QUERIES)[number])[0], { ...(LOOKUP_QUERIES[i] as (typeof LOOKUP_QUERIES)[number])[1], top: MAX_PAGE, cursor: next });
        rows.push(...more.items);
        next = more.next;
      }
      return rows;
    })
  );
  let firstIndex = LOOKUP_QUERIES.length;
  const found = await Promise.all(
    cursors.map(async ([i, cursor]) => {
      const plan = plans[i] as ScopePlan;
      const page = cursor === null ? first[firstIndex++] : await store.query(plan.list, { ...plan.query, top: MAX_PAGE, cursor });
      return [i, page?.items ?? [], page?.next ?? null] as const;
    })
  );
  return { lookups: lookupsOf(lookupRows), found };
}

async function remaining(store: TrackerStore, plan: ScopePlan, cursor: string | null): Promise<Stored<ListKey>[]> {
  const rows: Stored<ListKey>[] = [];
  for (let next = cursor; next !== null; ) {
    const page = await store.query(plan.list, { ...plan.query, top: MAX_PAGE, cursor: next });
    rows.push(...page.items);
    next = page.next;
  }
  return rows;
}

/**
 * One page of the items in a scope. `bounded` is the backend's word that an unbounded scope
 * must not be asked of it in one go (SharePoint); `cursor` is a page's `next`, or EVERYTHING.
 */
export async function listItemsPage(store: TrackerStore, scope: ItemScope, asOf: IsoDate, cursor: string | null, bounded: boolean): Promise<ItemsPage> {
  const owner = scope.owner === null ? 'anyone' : scope.owner;
  const exact = (items: ListedItem[]): ListedItem[] => filterItems(items, { ...NO_FILTER, owner, lifecycle: scope.lifecycle, due: scope.due }, { asOf, me: owner });
  const onDemand = bounded;
  if (cursor === null && bounded && unbounded(scope)) {
    const { plans, from, to } = windowPlans(scope, asOf);
    try {
      const { lookups, found } = await readPages(store, plans, plans.map((_p, i) => [i, null] as const));
      const items = found.flatMap(([i, rows]) => listedOf((plans[i] as ScopePlan).list, rows, lookups));
      // what is beyond the first 500 of a window comes with "include everything"
      return { items: exact(items), next: EVERYTHING, window: { from, to }, onDemand };
    } catch (e) {
      if (!(e instanceof ListThresholdError)) {
        throw e;
      }
      // Even the window matches more than the threshold: everything by id, a page at a time.
      return listItemsPage(store, scope, asOf, EVERYTHING, bounded);
    }
  }
  const state: Cursor = cursor === null ? { mode: 'scope', lists: [] } : cursor === EVERYTHING ? { mode: 'everything', lists: [] } : decode(cursor);
  const mode: Mode = state.mode === 'everything' || (bounded && unbounded(scope)) ? 'everything' : 'scope';
  const plans = mode === 'everything' ? everythingPlans(scope, asOf) : scopeQueries(scope, asOf);
  const starting = cursor === null || cursor === EVERYTHING;
  const cursors: Array<readonly [number, string | null]> = starting ? plans.map((_p, i) => [i, null] as const) : state.lists.filter(([i]) => i >= 0 && i < plans.length);
  const { lookups, found } = await readPages(store, plans, cursors);
  // Where pages are not on demand (locally) the second answer carries all the rest: two
  // round trips in all, the first page on screen after the first.
  const rest = !onDemand && !starting ? await Promise.all(found.map(async ([i, rows, next]) => [i, [...rows, ...(await remaining(store, plans[i] as ScopePlan, next))], null] as const)) : found;
  const items = rest.flatMap(([i, rows]) => listedOf((plans[i] as ScopePlan).list, rows, lookups));
  const lists = rest.flatMap(([i, , next]) => (next === null ? [] : [[i, next] as const]));
  return { items: exact(items), next: encode({ mode, lists }), window: null, onDemand };
}
