import type { Action, ItemId, Update } from '../../src/core/model';
import { parseDue } from '../../src/core/due-date';
import type { Person } from '../../src/ports/directory';

let n = 0;

/** A valid action with sensible defaults; override what the test is about. */
export function anAction(overrides: Partial<Action> = {}): Action {
  n += 1;
  const due = parseDue(overrides.dueText ?? '31/03/2024');
  return {
    kind: 'action',
    ref: `T${n}-01`,
    title: `Test action ${n}`,
    workstreamId: null,
    ownerText: 'DS',
    owner: { id: 'd.service@colp.example', displayName: 'T/Supt. Service' },
    dueText: due.text,
    dueDate: due.date,
    duePrecision: due.precision,
    dueKind: due.kind,
    internalDeadline: due.internalDeadline,
    rag: 'AMBER',
    lifecycle: 'open',
    progress: 'Started',
    protectedCharacteristics: ['Age'],
    equalityDuties: [],
    ragRationale: null,
    responsibleOrg: null,
    flags: [],
    templateRef: null,
    sourceKey: `test:${n}:${Math.round(performance.now() * 1000)}`,
    ...overrides,
  };
}

export function anUpdate(itemId: ItemId, overrides: Partial<Update> = {}): Update {
  return {
    list: 'actions',
    itemId,
    kind: 'progress',
    at: '2024-03-01T10:00:00.000Z',
    author: 'd.service@colp.example',
    authorName: 'T/Supt. Service',
    previousRag: 'AMBER',
    newRag: 'GREEN',
    text: 'Done',
    body: null,
    reportDateText: null,
    reportDate: null,
    benefitRag: null,
    sourceKey: null,
    ...overrides,
  };
}

/** A person of the directory with a role (and the boards they serve); named after their address. */
export function aPerson(id: string, role: Person['role'], serves?: Person['serves']): Person {
  return { id, mail: id, displayName: id.split('@')[0] as string, jobTitle: null, aliases: [], role, ...(serves ? { serves } : {}) };
}
