/**
 * A list as a table a board secretary can open in Excel, with headers that `tracker import`
 * recognises, so exporting and re-importing changes nothing. Due dates appear twice: as
 * written, and as the derived ISO date.
 */
import type { Stored } from '../core/model';
import { queryAll, type TrackerStore } from '../ports/tracker-store';
import { describeProvenance, type Provenance } from '../core/provenance';
import { writePartsCell } from '../import/parts-cell';

export type ExportList = 'recommendations' | 'actions' | 'workstreams';
export const EXPORT_LISTS: readonly ExportList[] = ['recommendations', 'actions', 'workstreams'];

export type ExportTable = Readonly<{ title: string; headers: readonly string[]; rows: ReadonlyArray<readonly string[]> }>;

const owner = (i: { ownerText: string | null; owner: { id: string; displayName: string } | null }) => [
  i.ownerText ?? i.owner?.displayName ?? '',
  i.owner?.id ?? '',
];

const due = (i: { dueText: string | null; dueDate: string | null }) => [i.dueText ?? '', i.dueDate ?? ''];

/** How the source wrote it, one note a line (read by people; an import recognises and skips it). */
const notes = (i: { provenance?: Provenance | null }): string => describeProvenance(i.provenance).join('\n');

const ALL = [{ field: 'id', op: 'gt', value: 0 }] as const;

async function recommendations(store: TrackerStore): Promise<ExportTable> {
  const [inspections, items] = await Promise.all([
    queryAll(store, 'inspections', { where: ALL }),
    queryAll(store, 'recommendations', { where: ALL }),
  ]);
  const byId = new Map(inspections.map((i) => [i.id as number, i]));
  const order = (r: Stored<'recommendations'>) => [r.inspectionId, Number(r.number) || 0] as const;
  const sorted = [...items].sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1] || a.number.localeCompare(b.number));
  return {
    title: 'Recommendations',
    headers: ['Inspection', 'Published', 'Scope', 'No', 'Kind', 'Recommendation', 'Status', 'Lifecycle', 'Applies to force', 'Due', 'Due (derived date)', 'Owner', 'Owner email', 'Comment', 'RAG rationale', 'Responsible organisation', 'Parts', 'As the source wrote it'],
    rows: sorted.map((r) => {
      const insp = byId.get(r.inspectionId);
      return [
        insp?.title ?? '',
        insp?.publishedText ?? '',
        insp?.scope ?? '',
        r.number,
        r.itemKind,
        r.title,
        r.rag ?? '',
        r.lifecycle,
        r.appliesToForce ? 'Yes' : 'No',
        ...due(r),
        ...owner(r),
        r.comment ?? '',
        r.ragRationale ?? '',
        r.responsibleOrg ?? '',
        writePartsCell(r.parts),
        notes(r),
      ];
    }),
  };
}

async function actions(store: TrackerStore): Promise<ExportTable> {
  const [parents, items] = await Promise.all([
    queryAll(store, 'workstreams', { where: [{ field: 'kind', op: 'in', value: ['strand', 'objective'] }] }),
    queryAll(store, 'actions', { where: [{ field: 'kind', op: 'eq', value: 'action' }] }),
  ]);
  const byId = new Map(parents.map((w) => [w.id as number, w]));
  return {
    title: 'Actions',
    headers: ['Strand', 'Objective', 'Ref', 'Action', 'Owner', 'Owner email', 'Due', 'Due (derived date)', 'Status', 'Lifecycle', 'Progress', 'RAG rationale', 'Responsible organisation', 'Protected characteristics', 'Equality duties', 'As the source wrote it'],
    rows: items.map((a) => {
      const objective = a.workstreamId === null ? undefined : byId.get(a.workstreamId);
      const strand = objective?.kind === 'strand' ? objective : objective?.parentId ? byId.get(objective.parentId) : undefined;
      return [
        strand?.title ?? '',
        objective?.kind === 'objective' ? (objective.ref ?? objective.title) : '',
        a.ref ?? '',
        a.title,
        ...owner(a),
        ...due(a),
        a.rag ?? '',
        a.lifecycle,
        a.progress ?? '',
        a.ragRationale ?? '',
        a.responsibleOrg ?? '',
        a.protectedCharacteristics.join('; '),
        a.equalityDuties.join('; '),
        notes(a),
      ];
    }),
  };
}

async function workstreams(store: TrackerStore): Promise<ExportTable> {
  const streams = await queryAll(store, 'workstreams', { where: [{ field: 'kind', op: 'eq', value: 'workstream' }] });
  const rows: string[][] = [];
  for (const w of streams) {
    const items = await queryAll(store, 'actions', { where: [{ field: 'workstreamId', op: 'eq', value: w.id }] });
    for (const d of items) {
      rows.push([w.title, d.ref ?? '', d.title, ...owner(d), ...due(d), d.rag ?? '', d.lifecycle, d.progress ?? '', notes(d)]);
    }
  }
  return {
    title: 'Workstream deliverables',
    headers: ['Workstream', 'Ref', 'Deliverable', 'Owner', 'Owner email', 'Due', 'Due (derived date)', 'Status', 'Lifecycle', 'Progress', 'As the source wrote it'],
    rows,
  };
}

export function exportRows(store: TrackerStore, list: ExportList): Promise<ExportTable> {
  switch (list) {
    case 'recommendations':
      return recommendations(store);
    case 'actions':
      return actions(store);
    case 'workstreams':
      return workstreams(store);
  }
}
