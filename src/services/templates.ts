/**
 * Adopting toolkit lines into a force's own plan: each chosen line becomes an action under a
 * plan objective, with an owner and a due date, keeping a link to the line it came from.
 * Adopting the same line into the same objective again adds nothing.
 */
import { parseDue } from '../core/due-date';
import { servesBoard } from '../core/board-roles';
import { ForbiddenError, InvalidValueError } from '../core/errors';
import { boardTitleOf } from './board-of';
import type { ItemId } from '../core/model';
import { dueFields, newAction } from '../core/records';
import type { AdoptRequest, AdoptResult, TemplateTheme } from '../core/template-view';
import type { Person } from '../ports/directory';
import { queryAll, type TrackerStore } from '../ports/tracker-store';

export async function listTemplates(store: TrackerStore): Promise<TemplateTheme[]> {
  const [themes, streams, lines, adopted] = await Promise.all([
    queryAll(store, 'workstreams', { where: [{ field: 'kind', op: 'eq', value: 'theme' }] }),
    queryAll(store, 'workstreams', { where: [{ field: 'kind', op: 'eq', value: 'toolkit-workstream' }] }),
    queryAll(store, 'actions', { where: [{ field: 'kind', op: 'eq', value: 'template' }] }),
    queryAll(store, 'actions', { where: [{ field: 'kind', op: 'eq', value: 'action' }] }),
  ]);
  const adoptions = new Map<string, number>();
  for (const a of adopted) {
    if (a.templateRef) {
      adoptions.set(a.templateRef, (adoptions.get(a.templateRef) ?? 0) + 1);
    }
  }
  const byId = (a: { id: number }, b: { id: number }): number => a.id - b.id;
  return [...themes].sort(byId).map((t) => ({
    id: t.id,
    name: t.title,
    streams: streams
      .filter((s) => s.parentId === t.id)
      .sort(byId)
      .map((s) => ({
        id: s.id,
        title: s.title,
        level: s.level,
        lines: lines
          .filter((l) => l.workstreamId === s.id)
          .sort(byId)
          .map((l) => ({ id: l.id, text: l.title, sourceKey: l.sourceKey, adopted: adoptions.get(l.sourceKey) ?? 0 })),
      })),
  }));
}

export async function adoptTemplates(store: TrackerStore, request: AdoptRequest, actor: Person): Promise<AdoptResult> {
  if (actor.role !== 'secretary' && actor.role !== 'lead') {
    throw new ForbiddenError('only a board secretary or a lead may add actions to a plan');
  }
  const objective = await store.get('workstreams', request.objectiveId);
  if (!objective || objective.kind !== 'objective') {
    throw new InvalidValueError('objectiveId', request.objectiveId, 'must be an objective of an action plan');
  }
  const boardTitle = await boardTitleOf(store, 'workstreams', request.objectiveId);
  if (!servesBoard(actor.serves, boardTitle)) {
    throw new ForbiddenError(`${actor.displayName} does not serve ${boardTitle ?? 'every board'}, so may not add actions to its plan`);
  }
  const due = parseDue(request.dueText, 'dueText');
  let created = 0;
  let existing = 0;
  for (const id of request.templateIds) {
    const line = await store.get('actions', id as ItemId);
    if (!line || line.kind !== 'template') {
      throw new InvalidValueError('templateIds', id, 'is not a toolkit line');
    }
    const sourceKey = `adopt:${line.sourceKey}:${objective.id}`;
    const found = await store.query('actions', { where: [{ field: 'sourceKey', op: 'eq', value: sourceKey }], top: 1 });
    if (found.items.length > 0) {
      existing += 1;
      continue;
    }
    await store.add(
      'actions',
      newAction({
        kind: 'action',
        title: line.title,
        workstreamId: objective.id,
        owner: request.owner,
        ownerText: request.owner?.displayName ?? null,
        ...dueFields(due),
        templateRef: line.sourceKey,
        sourceKey,
      })
    );
    created += 1;
  }
  return { created, existing };
}

