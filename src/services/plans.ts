/**
 * Action plans: a board's strands, their objectives (OD1…) and numbered actions (OD1-01…),
 * with the protected characteristics and equality duties the actions address.
 */
import { NotFoundError } from '../core/errors';
import type { ItemId, Stored } from '../core/model';
import { coverageOf, type PlanAction, type PlanDetail, type PlanSummary } from '../core/plan-view';
import { fromAction } from '../core/tracked-item';
import { queryAll, queryAllMany, type Condition, type TrackerStore } from '../ports/tracker-store';
import { EQUALITY_DUTIES, PROTECTED_CHARACTERISTICS } from '../schema/lists';

const byRef = (a: { ref: string | null }, b: { ref: string | null }): number =>
  (a.ref ?? '').localeCompare(b.ref ?? '', 'en', { numeric: true });

/** objectives per query: short enough for SharePoint's URL; the queries go in one $batch */
const OBJECTIVES_PER_QUERY = 20;

function objectiveQueries(ids: readonly ItemId[]): Array<readonly ['actions', { where: Condition[] }]> {
  const out: Array<readonly ['actions', { where: Condition[] }]> = [];
  for (let i = 0; i < ids.length; i += OBJECTIVES_PER_QUERY) {
    out.push(['actions', { where: [{ field: 'workstreamId', op: 'in', value: ids.slice(i, i + OBJECTIVES_PER_QUERY) }] }]);
  }
  return out;
}

export async function listPlans(store: TrackerStore): Promise<PlanSummary[]> {
  const [boards, strands, objectives] = await Promise.all([
    queryAll(store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] }),
    queryAll(store, 'workstreams', { where: [{ field: 'kind', op: 'eq', value: 'strand' }] }),
    queryAll(store, 'workstreams', { where: [{ field: 'kind', op: 'eq', value: 'objective' }] }),
  ]);
  // only the actions under an objective, not every action on the site
  const actions = (await queryAllMany(store, objectiveQueries(objectives.map((o) => o.id)))).flat().filter((a) => a.kind === 'action');
  return boards
    .map((b) => {
      const s = strands.filter((x) => x.boardId === b.id);
      const o = objectives.filter((x) => x.boardId === b.id);
      const oIds = new Set(o.map((x) => x.id as number));
      return { boardId: b.id, title: b.title, strands: s.length, objectives: o.length, actions: actions.filter((a) => a.workstreamId !== null && oIds.has(a.workstreamId)).length };
    })
    .filter((p) => p.strands > 0);
}

export async function planDetail(store: TrackerStore, boardId: ItemId): Promise<PlanDetail> {
  const board = await store.get('boards', boardId);
  if (!board) {
    throw new NotFoundError('plan', boardId);
  }
  const [strands, objectives] = await Promise.all([
    queryAll(store, 'workstreams', { where: [{ field: 'boardId', op: 'eq', value: boardId }, { field: 'kind', op: 'eq', value: 'strand' }] }),
    queryAll(store, 'workstreams', { where: [{ field: 'boardId', op: 'eq', value: boardId }, { field: 'kind', op: 'eq', value: 'objective' }] }),
  ]);
  const planned = (await queryAllMany(store, objectiveQueries(objectives.map((o) => o.id)))).flat();
  const actionsByObjective = objectives.map((o) => planned.filter((a) => a.workstreamId === o.id));
  const planAction = (a: Stored<'actions'>): PlanAction => ({ item: fromAction(a), protectedCharacteristics: a.protectedCharacteristics, equalityDuties: a.equalityDuties });
  const all: PlanAction[] = [];
  const strandList = [...strands].sort(byRef).map((s) => ({
    id: s.id,
    ref: s.ref,
    name: s.title,
    champion: s.owner?.displayName ?? s.ownerText,
    objectives: objectives
      .map((o, i) => ({ o, actions: (actionsByObjective[i] ?? []).filter((a) => a.kind === 'action').sort(byRef) }))
      .filter(({ o }) => o.parentId === s.id)
      .sort((a, b) => byRef(a.o, b.o))
      .map(({ o, actions }) => {
        const list = actions.map(planAction);
        all.push(...list);
        return { id: o.id, ref: o.ref, text: o.title, ownerText: o.ownerText, sources: o.sources, actions: list };
      }),
  }));
  return {
    boardId,
    title: board.title,
    strands: strands.length,
    objectives: objectives.length,
    actions: all.length,
    strandList,
    coverage: coverageOf(all, PROTECTED_CHARACTERISTICS, EQUALITY_DUTIES),
  };
}
