/**
 * Inspection reports as a secretary reads them: each with its figures counted from its items
 * ("N recommendations; M apply to the force", by kind, by RAG and lifecycle), the source's
 * own sentence kept, and any difference between the two shown.
 */
import type { InspectionDetail, InspectionView } from '../core/inspection-view';
import type { ItemId, Stored } from '../core/model';
import { summariseInspection } from '../core/summary';
import { describeProvenance, noteOn } from '../core/provenance';
import { fromRecommendation } from '../core/tracked-item';
import { NotFoundError } from '../core/errors';
import { queryAll, type TrackerStore } from '../ports/tracker-store';

export type { InspectionDetail, InspectionView };

function view(i: Stored<'inspections'>, items: readonly Stored<'recommendations'>[], legend: InspectionView['legend']): InspectionView {
  return {
    id: i.id,
    title: i.title,
    bodies: i.bodies,
    scope: i.scope,
    reportType: i.reportType,
    publishedText: i.publishedText,
    published: i.published,
    sourceSummary: i.sourceSummary,
    narrative: i.narrative ?? [],
    noSpecificRecommendations: i.noSpecificRecommendations ?? false,
    legend,
    summary: summariseInspection(i.sourceSummary, items),
  };
}

const byNumber = (a: Stored<'recommendations'>, b: Stored<'recommendations'>): number =>
  (Number(a.number) || 0) - (Number(b.number) || 0) || a.number.localeCompare(b.number);

/** Every report, newest first, with its counted figures. */
export async function listInspections(store: TrackerStore): Promise<InspectionView[]> {
  const [inspections, recs, boards] = await Promise.all([
    queryAll(store, 'inspections', { where: [{ field: 'id', op: 'gt', value: 0 }] }),
    queryAll(store, 'recommendations', { where: [{ field: 'inspectionId', op: 'gt', value: 0 }] }),
    queryAll(store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] }),
  ]);
  const legendOf = (boardId: ItemId | null) => boards.find((b) => b.id === boardId)?.legend ?? null;
  return inspections
    .map((i) => view(i, recs.filter((r) => r.inspectionId === i.id), legendOf(i.boardId)))
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title));
}

export async function inspectionDetail(store: TrackerStore, id: ItemId): Promise<InspectionDetail> {
  const [inspection, recs] = await Promise.all([
    store.get('inspections', id),
    queryAll(store, 'recommendations', { where: [{ field: 'inspectionId', op: 'eq', value: id }] }),
  ]);
  if (!inspection) {
    throw new NotFoundError('inspection', id);
  }
  const sorted = [...recs].sort(byNumber);
  const board = inspection.boardId === null ? null : await store.get('boards', inspection.boardId);
  return {
    ...view(inspection, sorted, board?.legend ?? null),
    items: sorted.map((r) => ({
      item: fromRecommendation(r),
      number: r.number,
      itemKind: r.itemKind,
      groupHeading: r.groupHeading,
      appliesToForce: r.appliesToForce,
      parts: r.parts,
      subActions: r.subActions,
      numberInferred: noteOn(r.provenance, 'inferred', 'number') !== undefined,
      sourceNotes: describeProvenance(r.provenance),
    })),
  };
}
