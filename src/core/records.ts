/**
 * Builders for new records with every optional field empty, so seeding, imports and tests
 * state only what they know. Also the due-date fields a parsed Due is stored as.
 */
import { parseDue, type Due } from './due-date';
import type { Action, Workstream } from './model';

/** How a parsed due date is stored: the text as written beside what was derived from it. */
export function dueFields(due: Due) {
  return {
    dueText: due.text,
    dueDate: due.date,
    duePrecision: due.precision,
    dueKind: due.kind,
    internalDeadline: due.internalDeadline,
  };
}

export function newWorkstream(fields: Partial<Workstream> & Pick<Workstream, 'kind' | 'title' | 'sourceKey'>): Workstream {
  return {
    ref: null,
    boardId: null,
    parentId: null,
    programme: null,
    description: null,
    ownerText: null,
    owner: null,
    projectRag: null,
    benefitRag: null,
    level: null,
    objectives: [],
    kpis: [],
    progress: [],
    nextSteps: [],
    recommendationsToBoard: null,
    decisionsRequired: null,
    sources: [],
    lastReportDate: null,
    ...fields,
  };
}

export function newAction(fields: Partial<Action> & Pick<Action, 'kind' | 'title' | 'sourceKey'>): Action {
  return {
    ref: null,
    workstreamId: null,
    ownerText: null,
    owner: null,
    ...dueFields(parseDue(null)),
    rag: null,
    lifecycle: 'open',
    progress: null,
    protectedCharacteristics: [],
    equalityDuties: [],
    ragRationale: null,
    responsibleOrg: null,
    flags: [],
    templateRef: null,
    ...fields,
  };
}

/** A stable, URL-safe key from text ("Leadership & Culture" → "leadership-and-culture"). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}
