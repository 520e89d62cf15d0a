/**
 * What the closure screens read (both modes): an item's closure as this person may act on it,
 * the "Closures to review" list with each proposal's evidence, and the recommendations that
 * could supersede one. Read-only; the steps themselves are in closure.ts.
 */
import { pendingProposal, type ClosableList } from '../core/closure';
import type { IsoDate } from '../core/dates';
import { InvalidValueError } from '../core/errors';
import type { ItemId, Stored, Update } from '../core/model';
import type { Person } from '../ports/directory';
import type { ClosureView, ProposalView, RecommendationLink, ReviewItem, SupersedeOption } from '../ports/closure-client';
import { queryAll, type TrackerStore } from '../ports/tracker-store';
import { closureRightsOf, closuresToReview } from './closure';
import { historyOf } from './items';

function proposalView(history: readonly Pick<Update, 'kind' | 'body' | 'author' | 'at' | 'authorName'>[]): ProposalView | null {
  const pending = pendingProposal(history);
  if (!pending) {
    return null;
  }
  const { step } = pending;
  return { by: pending.author, byName: pending.authorName ?? pending.author, at: pending.at, note: step.note, link: step.link, file: step.file };
}

async function linkTo(store: TrackerStore, rec: Stored<'recommendations'>): Promise<RecommendationLink> {
  const inspection = await store.get('inspections', rec.inspectionId);
  return { id: rec.id, label: kindWord(rec), inspection: inspection?.title ?? 'inspection', title: rec.title };
}

/**
 * Supersession both ways, by reading: the later recommendation named in this one's fact, and the
 * earlier ones whose facts name this one (the superseded are few and their lifecycle is indexed).
 */
async function supersessionOf(store: TrackerStore, rec: Stored<'recommendations'>): Promise<Pick<ClosureView, 'supersededBy' | 'supersedes'>> {
  const laterId = rec.closureFacts?.findLast((f) => f.fact === 'superseded')?.supersededBy?.id;
  const later = laterId === undefined ? null : await store.get('recommendations', laterId);
  const superseded = await queryAll(store, 'recommendations', { where: [{ field: 'lifecycle', op: 'eq', value: 'superseded' }] });
  const earlier = superseded
    .filter((r) => r.closureFacts?.findLast((f) => f.fact === 'superseded')?.supersededBy?.id === rec.id)
    .sort((a, b) => a.inspectionId - b.inspectionId || a.number.localeCompare(b.number, 'en', { numeric: true }));
  return { supersededBy: later ? await linkTo(store, later) : null, supersedes: await Promise.all(earlier.map((r) => linkTo(store, r))) };
}

/** The item's closure as `actor` sees it: what they may do, the pending proposal and the inspection facts. */
export async function closureViewOf(store: TrackerStore, actor: Person, list: ClosableList, id: ItemId): Promise<ClosureView> {
  const rights = await closureRightsOf(store, actor, list, id);
  const history = await historyOf(store, list, id);
  const rec = list === 'recommendations' ? await store.get('recommendations', id) : null;
  return {
    canPropose: rights.canPropose,
    canDecide: rights.canDecide,
    canRecordFacts: rights.canRecordFacts,
    proposal: proposalView(history),
    facts: rec?.closureFacts ?? [],
    ...(rec ? await supersessionOf(store, rec) : { supersededBy: null, supersedes: [] }),
  };
}

/** "Closures to review" with each proposal's note and evidence, the longest waiting first. */
export async function reviewList(store: TrackerStore, actor: Person, asOf: IsoDate): Promise<ReviewItem[]> {
  const items = await closuresToReview(store, actor, asOf);
  const out: ReviewItem[] = [];
  for (const item of items) {
    const proposal = proposalView(await historyOf(store, item.list, item.id));
    if (proposal) {
      out.push({ ...item, proposal });
    }
  }
  return out.sort((a, b) => a.proposal.at.localeCompare(b.proposal.at) || a.id - b.id);
}

const kindWord = (rec: Stored<'recommendations'>): string => `${rec.itemKind.charAt(0).toUpperCase()}${rec.itemKind.slice(1)} ${rec.number}`;

/** Every other recommendation not itself superseded, by inspection then number, to choose which supersedes `id`. */
export async function supersedeOptionsOf(store: TrackerStore, id: ItemId): Promise<SupersedeOption[]> {
  const self = await store.get('recommendations', id);
  if (!self) {
    throw new InvalidValueError('id', id, 'is not an inspection item');
  }
  const [recs, inspections] = await Promise.all([
    queryAll(store, 'recommendations', { where: [{ field: 'id', op: 'gt', value: 0 }] }),
    queryAll(store, 'inspections', { where: [{ field: 'id', op: 'gt', value: 0 }] }),
  ]);
  const titles = new Map(inspections.map((i) => [i.id, i.title]));
  return recs
    .filter((r) => r.id !== id && r.lifecycle !== 'superseded')
    .sort((a, b) => a.inspectionId - b.inspectionId || a.number.localeCompare(b.number, 'en', { numeric: true }))
    .map((r) => ({ id: r.id, label: `${kindWord(r)} — ${titles.get(r.inspectionId) ?? 'inspection'}`, title: r.title }));
}
