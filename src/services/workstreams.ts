/**
 * Workstreams as the board sees them: Project and Benefit RAG, priority deliverables, and the
 * highlight reports as a dated timeline, so "progress since last update" is real history.
 */
import { NotFoundError } from '../core/errors';
import type { Highlight, WorkstreamDetail, WorkstreamSummary } from '../core/workstream-view';
import type { ItemId, Stored } from '../core/model';
import { readStatus } from '../core/rag';
import { countStatus } from '../core/summary';
import { fromAction } from '../core/tracked-item';
import { queryAll, queryAllMany, type TrackerStore } from '../ports/tracker-store';

function summary(w: Stored<'workstreams'>, boards: ReadonlyMap<number, string>, deliverables: readonly Stored<'actions'>[]): WorkstreamSummary {
  return {
    id: w.id,
    title: w.title,
    programme: w.programme,
    board: w.boardId === null ? null : (boards.get(w.boardId) ?? null),
    ownerText: w.ownerText,
    owner: w.owner,
    projectRag: w.projectRag,
    benefitRag: w.benefitRag,
    lastReportDate: w.lastReportDate,
    deliverables: countStatus(deliverables),
  };
}

/** A highlight update's body is the report as it arrived; read defensively, it is history. */
function highlightOf(u: Stored<'updates'>): Highlight {
  let body: Record<string, unknown>;
  try {
    body = u.body ? (JSON.parse(u.body) as Record<string, unknown>) : {};
  } catch {
    body = {};
  }
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const rag = (v: unknown) => {
    try {
      return readStatus(typeof v === 'string' ? v : null).rag;
    } catch {
      return null;
    }
  };
  return {
    id: u.id,
    reportDateText: u.reportDateText,
    reportDate: u.reportDate,
    reportedAs: typeof body.workstream === 'string' ? body.workstream : null,
    ownerRole: typeof body.ownerRole === 'string' ? body.ownerRole : u.authorName,
    projectRag: u.newRag ?? rag(body.projectRag),
    benefitRag: u.benefitRag ?? rag(body.benefitRag),
    progress: list(body.progress),
    nextSteps: list(body.nextSteps),
    recommendationsToBoard: typeof body.recommendationsToBoard === 'string' ? body.recommendationsToBoard : null,
    decisionsRequired: typeof body.decisionsRequired === 'string' ? body.decisionsRequired : null,
    kpis: list(body.kpis),
    author: u.authorName,
  };
}

export async function listWorkstreams(store: TrackerStore): Promise<WorkstreamSummary[]> {
  const [streams, boards] = await Promise.all([
    queryAll(store, 'workstreams', { where: [{ field: 'kind', op: 'eq', value: 'workstream' }] }),
    queryAll(store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] }),
  ]);
  const boardNames = new Map(boards.map((b) => [b.id as number, b.title]));
  // one $batch for every workstream's deliverables, not a request each
  const deliverables = await queryAllMany(
    store,
    streams.map((w) => ['actions', { where: [{ field: 'workstreamId', op: 'eq', value: w.id }] }] as const)
  );
  return streams
    .map((w, i) => summary(w, boardNames, deliverables[i] ?? []))
    .sort((a, b) => (a.programme ?? '').localeCompare(b.programme ?? '') || a.title.localeCompare(b.title));
}

export async function workstreamDetail(store: TrackerStore, id: ItemId): Promise<WorkstreamDetail> {
  const w = await store.get('workstreams', id);
  if (!w) {
    throw new NotFoundError('workstream', id);
  }
  const [deliverables, updates, boards] = await Promise.all([
    queryAll(store, 'actions', { where: [{ field: 'workstreamId', op: 'eq', value: id }] }),
    queryAll(store, 'updates', { where: [{ field: 'itemId', op: 'eq', value: id }, { field: 'list', op: 'eq', value: 'workstreams' }] }),
    queryAll(store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] }),
  ]);
  const highlights = updates
    .filter((u) => u.kind === 'highlight')
    .sort((a, b) => a.at.localeCompare(b.at))
    .map(highlightOf);
  return {
    ...summary(w, new Map(boards.map((b) => [b.id as number, b.title])), deliverables),
    version: w.version,
    objectives: w.objectives,
    kpis: w.kpis,
    progress: w.progress,
    nextSteps: w.nextSteps,
    recommendationsToBoard: w.recommendationsToBoard,
    decisionsRequired: w.decisionsRequired,
    deliverableItems: deliverables.map(fromAction).sort((a, b) => (a.due.date ?? '9999').localeCompare(b.due.date ?? '9999')),
    highlights,
    ...(w.provenance && w.provenance.length > 0 ? { provenance: w.provenance } : {}),
    ...(w.unreadable ? { unreadable: w.unreadable } : {}),
  };
}
