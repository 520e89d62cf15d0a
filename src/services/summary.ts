/**
 * The figures a board secretary reads first: per inspection "N recommendations; M apply to
 * the force" by kind and status, per workstream its RAGs and items, and action totals.
 */
import type { LifecycleCounts } from '../core/inspection-facts';
import { countStatus, summariseInspection, type StatusCounts } from '../core/summary';
import { queryAll, type TrackerStore } from '../ports/tracker-store';

export type TrackerSummary = Readonly<{
  inspections: ReadonlyArray<{
    title: string;
    total: number;
    appliesToForce: number;
    byKind: Readonly<Record<string, number>>;
    byStatus: Readonly<StatusCounts>;
    byLifecycle: LifecycleCounts;
    sourceSummary: string | null;
    mismatches: readonly string[];
  }>;
  workstreams: ReadonlyArray<{
    title: string;
    owner: string | null;
    projectRag: string | null;
    benefitRag: string | null;
    lastReportDate: string | null;
    deliverables: number;
    byStatus: Readonly<StatusCounts>;
  }>;
  actions: Readonly<{ total: number; byKind: Readonly<Record<string, number>>; byStatus: Readonly<StatusCounts> }>;
}>;

export async function summarise(store: TrackerStore): Promise<TrackerSummary> {
  const [inspections, recs, workstreams, actions] = await Promise.all([
    queryAll(store, 'inspections', { where: [{ field: 'id', op: 'gt', value: 0 }] }),
    queryAll(store, 'recommendations', { where: [{ field: 'inspectionId', op: 'gt', value: 0 }] }),
    queryAll(store, 'workstreams', { where: [{ field: 'kind', op: 'eq', value: 'workstream' }] }),
    queryAll(store, 'actions', { where: [{ field: 'kind', op: 'in', value: ['action', 'deliverable'] }] }),
  ]);
  const byKind: Record<string, number> = {};
  for (const a of actions) {
    byKind[a.kind] = (byKind[a.kind] ?? 0) + 1;
  }
  return {
    inspections: inspections.map((i) => {
      const s = summariseInspection(i.sourceSummary, recs.filter((r) => r.inspectionId === i.id));
      return {
        title: i.title,
        total: s.total,
        appliesToForce: s.appliesToForce,
        byKind: s.byKind,
        byStatus: s.byStatus,
        byLifecycle: s.byLifecycle,
        sourceSummary: i.sourceSummary,
        mismatches: s.mismatches,
      };
    }),
    workstreams: workstreams.map((w) => {
      const items = actions.filter((a) => a.workstreamId === w.id);
      return {
        title: w.title,
        owner: w.owner?.displayName ?? w.ownerText,
        projectRag: w.projectRag,
        benefitRag: w.benefitRag,
        lastReportDate: w.lastReportDate,
        deliverables: items.length,
        byStatus: countStatus(items),
      };
    }),
    actions: { total: actions.length, byKind, byStatus: countStatus(actions) },
  };
}
