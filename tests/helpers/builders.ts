import type { Action, ItemId, Update } from '../../src/core/model';
import type { ListedItem } from '../../src/core/item-filter';
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

let listed = 0;

/** An open AMBER action of board 1 as lists show it; override what the test is about. */
export function aListedItem(overrides: Partial<ListedItem> & { dueText?: string } = {}): ListedItem {
  listed += 1;
  const { dueText, ...rest } = overrides;
  const due = parseDue(dueText ?? '31/05/2024');
  return {
    id: (1000 + listed) as ItemId,
    version: '1',
    modified: '2024-01-01T00:00:00Z',
    list: 'actions',
    label: `Action OD1-${String(listed).padStart(2, '0')}`,
    title: `Item ${listed}`,
    ownerText: null,
    owner: null,
    rag: 'AMBER',
    lifecycle: 'open',
    due: { text: due.text, date: due.date, precision: due.precision, kind: due.kind, internalDeadline: due.internalDeadline },
    progress: null,
    ragRationale: null,
    responsibleOrg: null,
    flags: [],
    parentId: null,
    boardId: 1 as ItemId,
    board: 'Equality board',
    context: 'OD1 Recruitment',
    characteristics: [],
    duties: [],
    ...rest,
  };
}

