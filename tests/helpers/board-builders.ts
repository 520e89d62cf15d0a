/** Boards with a workstream, an action and an inspection item each, for roles-per-board tests. */
import { newWorkstream } from '../../src/core/records';
import type { ItemId, Recommendation, Stored } from '../../src/core/model';
import type { TrackerStore } from '../../src/ports/tracker-store';
import { anAction } from './builders';

export type BoardFixture = Readonly<{
  board: Stored<'boards'>;
  workstream: Stored<'workstreams'>;
  objective: Stored<'workstreams'>;
  action: Stored<'actions'>;
  recommendation: Stored<'recommendations'>;
}>;

let n = 0;

export function aRecommendation(inspectionId: ItemId, overrides: Partial<Recommendation> = {}): Recommendation {
  n += 1;
  return {
    inspectionId,
    number: String(n),
    itemKind: 'recommendation',
    title: `Recommendation ${n}`,
    rag: 'AMBER',
    lifecycle: 'open',
    appliesToForce: true,
    comment: null,
    groupHeading: null,
    subActions: [],
    parts: [],
    flags: [],
    ownerText: null,
    owner: null,
    ragRationale: null,
    responsibleOrg: null,
    dueText: null,
    dueDate: null,
    duePrecision: null,
    dueKind: 'none',
    internalDeadline: false,
    sourceKey: `test-rec:${n}:${Math.round(performance.now() * 1000)}`,
    ...overrides,
  };
}

/** A board with a workstream, an objective under it, an action under the objective and a recommendation. */
export async function aBoardWithItems(
  store: TrackerStore,
  title: string,
  owner: { id: string; displayName: string } | null
): Promise<BoardFixture> {
  n += 1;
  const key = `${title}:${n}:${Math.round(performance.now() * 1000)}`;
  const board = await store.add('boards', { title, programme: null, sourceKey: `board:${key}` });
  const workstream = await store.add(
    'workstreams',
    newWorkstream({ kind: 'workstream', title: `${title} workstream`, sourceKey: `ws:${key}`, boardId: board.id, owner, ownerText: owner?.displayName ?? null })
  );
  const objective = await store.add(
    'workstreams',
    newWorkstream({ kind: 'objective', title: `${title} objective`, sourceKey: `obj:${key}`, parentId: workstream.id })
  );
  const action = await store.add('actions', anAction({ workstreamId: objective.id, owner, ownerText: owner?.displayName ?? null }));
  const inspection = await store.add('inspections', {
    title: `${title} inspection`,
    bodies: ['HMICFRS'],
    scope: 'force',
    reportType: null,
    publishedText: null,
    published: null,
    sourceSummary: null,
    boardId: board.id,
    sourceKey: `insp:${key}`,
  });
  const recommendation = await store.add('recommendations', aRecommendation(inspection.id, { owner, ownerText: owner?.displayName ?? null }));
  return { board, workstream, objective, action, recommendation };
}
