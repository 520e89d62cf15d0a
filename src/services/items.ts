/**
 * Use cases over the ports (no I/O of their own): My items, one item with its history, and
 * saving an owner's edit with optimistic concurrency. Shared by the local server and, in
 * Microsoft 365 mode, by the tab itself.
 */
import { VersionConflictError, NotFoundError } from '../core/errors';
import { historyFor, toPatch, type ItemEdit } from '../core/item-edit';
import type { ItemId, Stored, TrackedList, Update, Version } from '../core/model';
import { fromAction, fromRecommendation, fromWorkstream, sortMyItems, type TrackedItem } from '../core/tracked-item';
import type { IsoDate } from '../core/dates';
import type { Person } from '../ports/directory';
import { queryAll, queryAllMany, type TrackerStore } from '../ports/tracker-store';
import { boardTitleOf } from './board-of';
import { assertCanEdit } from './permissions';

export const TRACKED_LISTS: readonly TrackedList[] = ['actions', 'recommendations', 'workstreams'];

export function toTracked<L extends TrackedList>(list: L, stored: Stored<L>): TrackedItem {
  switch (list) {
    case 'actions':
      return fromAction(stored as Stored<'actions'>);
    case 'recommendations':
      return fromRecommendation(stored as Stored<'recommendations'>);
    default:
      return fromWorkstream(stored as Stored<'workstreams'>);
  }
}

/** Everything a person owns across the three lists, overdue first. Filters on the indexed Owner. */
export async function myItems(store: TrackerStore, personId: string, asOf: IsoDate): Promise<TrackedItem[]> {
  const where = [{ field: 'owner', op: 'eq', value: personId }] as const;
  // One round trip for the three lists where the store can batch them.
  const [actions = [], recs = [], workstreams = []] = await queryAllMany<TrackedList>(store, [
    ['actions', { where }],
    ['recommendations', { where }],
    ['workstreams', { where }],
  ]);
  return sortMyItems(
    [
      ...(actions as Stored<'actions'>[]).filter((a) => a.kind !== 'template').map(fromAction),
      ...(recs as Stored<'recommendations'>[]).map(fromRecommendation),
      ...(workstreams as Stored<'workstreams'>[]).map(fromWorkstream),
    ],
    asOf
  );
}

export async function getItem(store: TrackerStore, list: TrackedList, id: ItemId): Promise<TrackedItem> {
  const stored = await store.get(list, id);
  if (!stored) {
    throw new NotFoundError(list, id);
  }
  return toTracked(list, stored);
}

/** The item's history, newest first. Filters on the indexed ItemId, then on the list. */
export async function historyOf(store: TrackerStore, list: TrackedList, id: ItemId): Promise<Stored<'updates'>[]> {
  const updates = await queryAll(store, 'updates', {
    where: [
      { field: 'itemId', op: 'eq', value: id },
      { field: 'list', op: 'eq', value: list },
    ],
  });
  return updates.sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id);
}

export type SaveRequest = Readonly<{
  list: TrackedList;
  id: ItemId;
  /** the version the edit was started from */
  version: Version;
  edit: Partial<ItemEdit>;
  actor: Person;
  /** ISO instant of the save */
  at: string;
}>;

/**
 * Saves an edit if nobody else saved since `version`; otherwise throws VersionConflictError
 * carrying the current item (as a TrackedItem) for the three-way merge.
 */
export async function saveEdit(store: TrackerStore, request: SaveRequest): Promise<TrackedItem> {
  const current = await getItem(store, request.list, request.id);
  // An owner's own item needs no board look-up (a few requests fewer on SharePoint).
  const ownItem = current.owner?.id === request.actor.id;
  assertCanEdit(request.actor, current, ownItem ? null : await boardTitleOf(store, request.list, request.id));
  if (current.version !== request.version) {
    throw new VersionConflictError(request.version, current);
  }
  const patch = toPatch(request.list, current, request.edit);
  const update: Update = historyFor(current, request.edit, request.actor, request.at);
  try {
    const saved = await store.updateWithHistory(request.list, request.id, request.version, patch, update);
    return toTracked(request.list, saved);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      throw new VersionConflictError(request.version, toTracked(request.list, error.current as Stored<TrackedList>));
    }
    throw error;
  }
}
