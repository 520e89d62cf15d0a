/**
 * Saving a workstream's highlight report (core/highlight-report.ts): the same permission and
 * version checks as any edit, then the workstream's new state and ONE dated highlight update,
 * written together (updateWithHistory: one SQLite transaction, one SharePoint $batch).
 */
import { NotFoundError, VersionConflictError } from '../core/errors';
import { highlightPatch, highlightUpdate, type HighlightReport } from '../core/highlight-report';
import type { ItemId, Version } from '../core/model';
import { fromWorkstream, type TrackedItem } from '../core/tracked-item';
import type { Person } from '../ports/directory';
import type { TrackerStore } from '../ports/tracker-store';
import { boardTitleOf } from './board-of';
import { assertCanEdit } from './permissions';

export type HighlightRequest = Readonly<{
  id: ItemId;
  /** the version the report was started from */
  version: Version;
  report: HighlightReport;
  actor: Person;
  /** ISO instant of the save */
  at: string;
}>;

/** Saves the report if nobody saved the workstream since `version`; else VersionConflictError with the current item. */
export async function saveHighlight(store: TrackerStore, request: HighlightRequest): Promise<TrackedItem> {
  const current = await store.get('workstreams', request.id);
  if (!current) {
    throw new NotFoundError('workstream', request.id);
  }
  const tracked = fromWorkstream(current);
  const own = current.owner?.id === request.actor.id;
  assertCanEdit(request.actor, tracked, own ? null : await boardTitleOf(store, 'workstreams', request.id));
  if (current.version !== request.version) {
    throw new VersionConflictError(request.version, tracked);
  }
  const update = highlightUpdate(current, request.report, request.actor, request.at);
  try {
    const saved = await store.updateWithHistory('workstreams', request.id, request.version, highlightPatch(request.report), update);
    return fromWorkstream(saved);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      const now = await store.get('workstreams', request.id);
      throw new VersionConflictError(request.version, now ? fromWorkstream(now) : tracked);
    }
    throw error;
  }
}
