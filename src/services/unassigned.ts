/**
 * Items with no person as owner (the seeds name owners by role or initials, or not at all),
 * for a secretary to assign, one by one or in bulk. Each assignment is an ordinary save:
 * versioned, permission-checked and recorded in the item's history.
 */
import type { IsoDate } from '../core/dates';
import { ForbiddenError, VersionConflictError, isTrackerError } from '../core/errors';
import type { AssignOutcome, AssignTarget } from '../core/assignment';
import type { PersonRef, Stored } from '../core/model';
import { fromAction, fromRecommendation, sortMyItems, type TrackedItem } from '../core/tracked-item';
import type { Person } from '../ports/directory';
import { queryAllMany, type TrackerStore } from '../ports/tracker-store';
import { saveEdit } from './items';

export async function unassignedItems(store: TrackerStore, asOf: IsoDate): Promise<TrackedItem[]> {
  const [actions = [], recs = []] = await queryAllMany<'actions' | 'recommendations'>(store, [
    ['actions', { where: [{ field: 'owner', op: 'isNull' }, { field: 'kind', op: 'in', value: ['action', 'deliverable'] }, { field: 'lifecycle', op: 'eq', value: 'open' }] }],
    ['recommendations', { where: [{ field: 'owner', op: 'isNull' }, { field: 'lifecycle', op: 'eq', value: 'open' }, { field: 'appliesToForce', op: 'eq', value: true }] }],
  ]);
  return sortMyItems(
    [...(actions as Stored<'actions'>[]).map(fromAction), ...(recs as Stored<'recommendations'>[]).map(fromRecommendation)],
    asOf
  );
}


/** Assigns each item in turn; one refusal never stops the rest. */
export async function assignOwner(
  store: TrackerStore,
  targets: readonly AssignTarget[],
  owner: PersonRef,
  actor: Person,
  at: string
): Promise<AssignOutcome[]> {
  const out: AssignOutcome[] = [];
  for (const t of targets) {
    try {
      await saveEdit(store, { list: t.list, id: t.id, version: t.version, edit: { owner }, actor, at });
      out.push({ list: t.list, id: t.id, outcome: 'assigned' });
    } catch (error) {
      const outcome = error instanceof VersionConflictError ? 'changed' : error instanceof ForbiddenError ? 'forbidden' : 'failed';
      if (outcome === 'failed' && !isTrackerError(error)) {
        throw error;
      }
      out.push({ list: t.list, id: t.id, outcome, message: (error as Error).message });
    }
  }
  return out;
}
