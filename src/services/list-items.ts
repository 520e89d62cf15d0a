/**
 * Every list of items (All items, and the filters of My items and Unassigned) reads through
 * here. The store is asked only for the indexed part of a filter (owner, due window,
 * lifecycle), first condition on an indexed column and paged, in one batch with the small
 * lists that give each item its board and context; everything else (RAG, board,
 * characteristic, words) is applied in memory by the core, on the client as the person types.
 */
import type { IsoDate } from '../core/dates';
import { dueRange, filterItems, NO_FILTER, type ItemScope, type ListedItem } from '../core/item-filter';
import type { ItemId, ListKey, Stored, TrackedList } from '../core/model';
import type { Lifecycle } from '../core/rag';
import { fromAction, fromRecommendation, fromWorkstream, type TrackedItem } from '../core/tracked-item';
import { queryAllMany, type Condition, type ListQuery, type TrackerStore } from '../ports/tracker-store';

const ACTIVE: readonly Lifecycle[] = ['open', 'closure-proposed'];
const ALL = { field: 'id', op: 'gt', value: 0 } as const;
const TRACKED_WORKSTREAM_KINDS = ['workstream', 'objective'] as const;

export type ScopePlan = Readonly<{ list: TrackedList; query: Omit<ListQuery, 'cursor'> }>;

/**
 * The store queries for a scope, or none for a list that cannot match (workstreams have no
 * due date or lifecycle). The first condition is always on an indexed column, most selective
 * first: a person, then a due window, then a lifecycle, else every item paged by id.
 */
export function scopeQueries(scope: ItemScope, asOf: IsoDate): ScopePlan[] {
  const owner: Condition | null =
    scope.owner === null ? null : scope.owner === 'unassigned' ? { field: 'owner', op: 'isNull' } : { field: 'owner', op: 'eq', value: scope.owner };
  const lifecycle: Condition | null =
    scope.lifecycle === 'any' ? null : scope.lifecycle === 'active' ? { field: 'lifecycle', op: 'in', value: ACTIVE } : { field: 'lifecycle', op: 'eq', value: scope.lifecycle };
  const range = dueRange(scope.due, asOf);
  const due: Condition[] =
    scope.due === 'undated'
      ? [{ field: 'dueDate', op: 'isNull' }]
      : range === null
        ? []
        : [
            ...(range.from ? [{ field: 'dueDate', op: 'ge', value: range.from } as const] : []),
            ...(range.to ? [{ field: 'dueDate', op: 'le', value: range.to } as const] : []),
          ];
  const where = (...parts: ReadonlyArray<Condition | null | readonly Condition[]>): Condition[] => {
    const conditions = parts.flatMap((p) => (p === null ? [] : Array.isArray(p) ? p : [p as Condition]));
    return conditions.length === 0 ? [ALL] : conditions;
  };
  const plans: ScopePlan[] = [
    { list: 'actions', query: { where: [...where(owner, due, lifecycle), { field: 'kind', op: 'in', value: ['action', 'deliverable'] }] } },
    // An inspection item's due can come from its parts, so its due window is applied in memory.
    { list: 'recommendations', query: { where: where(owner, lifecycle) } },
  ];
  const workstreamsCanMatch = (scope.due === 'any' || scope.due === 'undated') && (scope.lifecycle === 'any' || scope.lifecycle === 'active' || scope.lifecycle === 'open');
  if (workstreamsCanMatch) {
    plans.push({ list: 'workstreams', query: { where: [...where(owner), { field: 'kind', op: 'in', value: TRACKED_WORKSTREAM_KINDS }] } });
  }
  return plans;
}

export type Lookups = Readonly<{
  boards: ReadonlyMap<number, Stored<'boards'>>;
  workstreams: ReadonlyMap<number, Stored<'workstreams'>>;
  inspections: ReadonlyMap<number, Stored<'inspections'>>;
}>;

const byId = <T extends { id: number }>(rows: readonly T[]): Map<number, T> => new Map(rows.map((r) => [r.id, r]));

function listed(item: TrackedItem, boardId: ItemId | null, context: string | null, lookups: Lookups, extra?: Stored<'actions'>): ListedItem {
  return {
    ...item,
    boardId,
    board: boardId === null ? null : (lookups.boards.get(boardId)?.title ?? null),
    context,
    characteristics: extra?.protectedCharacteristics ?? [],
    duties: extra?.equalityDuties ?? [],
  };
}

const name = (w: Stored<'workstreams'>): string => (w.ref ? `${w.ref} ${w.title}` : w.title);

function listAction(a: Stored<'actions'>, lookups: Lookups): ListedItem {
  const parent = a.workstreamId === null ? undefined : lookups.workstreams.get(a.workstreamId);
  return listed(fromAction(a), parent?.boardId ?? null, parent ? name(parent) : null, lookups, a);
}

function listRecommendation(r: Stored<'recommendations'>, lookups: Lookups): ListedItem {
  const report = lookups.inspections.get(r.inspectionId);
  return listed(fromRecommendation(r), report?.boardId ?? null, report?.title ?? null, lookups);
}

function listWorkstream(w: Stored<'workstreams'>, lookups: Lookups): ListedItem {
  const parent = w.parentId === null ? undefined : lookups.workstreams.get(w.parentId);
  return listed(fromWorkstream(w), w.boardId, parent ? name(parent) : null, lookups);
}

/** The small lists that give each item its board and context, read whole with every list of items. */
export const LOOKUP_QUERIES = [
  ['boards', { where: [ALL] }],
  ['workstreams', { where: [ALL] }],
  ['inspections', { where: [ALL] }],
] as const satisfies ReadonlyArray<readonly [ListKey, Omit<ListQuery, 'cursor'>]>;

export function lookupsOf(rows: ReadonlyArray<readonly unknown[]>): Lookups {
  const [boards = [], workstreams = [], inspections = []] = rows;
  return {
    boards: byId(boards as Stored<'boards'>[]),
    workstreams: byId(workstreams as Stored<'workstreams'>[]),
    inspections: byId(inspections as Stored<'inspections'>[]),
  };
}

/** A list's rows as listed items, each with its board and context. */
export function listedOf(list: TrackedList, rows: readonly unknown[], lookups: Lookups): ListedItem[] {
  switch (list) {
    case 'actions':
      return (rows as Stored<'actions'>[]).map((a) => listAction(a, lookups));
    case 'recommendations':
      return (rows as Stored<'recommendations'>[]).map((r) => listRecommendation(r, lookups));
    default:
      return (rows as Stored<'workstreams'>[]).map((w) => listWorkstream(w, lookups));
  }
}

/**
 * The items in a scope, each with its board and context, in one batch where the store can
 * batch. Exact for the scope: what the store narrowed is checked again in memory, so a
 * store's looser reading (an inspection item's due from its parts) never leaks through.
 */
export async function listItems(store: TrackerStore, scope: ItemScope, asOf: IsoDate): Promise<ListedItem[]> {
  const plans = scopeQueries(scope, asOf);
  const requests: Array<readonly [ListKey, Omit<ListQuery, 'cursor'>]> = [...LOOKUP_QUERIES, ...plans.map((p) => [p.list, p.query] as const)];
  const all = await queryAllMany<ListKey>(store, requests);
  const lookups = lookupsOf(all.slice(0, LOOKUP_QUERIES.length));
  const items = plans.flatMap((plan, i) => listedOf(plan.list, all[LOOKUP_QUERIES.length + i] ?? [], lookups));
  const owner = scope.owner === null ? 'anyone' : scope.owner;
  return filterItems(items, { ...NO_FILTER, owner, lifecycle: scope.lifecycle, due: scope.due }, { asOf, me: owner });
}
