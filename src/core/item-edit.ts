/**
 * An owner's edit of an item: validated field by field (errors name the field and value),
 * turned into a patch for the item's own list and an Update record for its history.
 */
import { parseDue } from './due-date';
import { InvalidValueError } from './errors';
import type { ListRecords, PersonRef, TrackedList, Update } from './model';
import { parseRag, type Rag } from './rag';
import { dueFields } from './records';
import { enforceRules } from './rules';
import type { TrackedItem } from './tracked-item';

export type ItemEdit = Readonly<{
  progress: string | null;
  rag: Rag | null;
  dueText: string | null;
  owner: PersonRef | null;
  ragRationale: string | null;
  responsibleOrg: string | null;
}>;

export const EDIT_FIELDS = ['progress', 'rag', 'dueText', 'owner', 'ragRationale', 'responsibleOrg'] as const;
export type EditField = (typeof EDIT_FIELDS)[number];

const MAX_TEXT = 8000;

function text(field: string, value: unknown, max = MAX_TEXT): string | null {
  if (value === null || value === undefined) {
    return null;
  }
  if (typeof value !== 'string') {
    throw new InvalidValueError(field, value, 'must be text');
  }
  if (value.length > max) {
    throw new InvalidValueError(field, `${value.slice(0, 40)}…`, `at most ${max} characters`);
  }
  return value.trim() === '' ? null : value;
}

function person(field: string, value: unknown): PersonRef | null {
  if (value === null || value === undefined) {
    return null;
  }
  const v = value as Record<string, unknown>;
  if (typeof value !== 'object' || typeof v.id !== 'string' || typeof v.displayName !== 'string' || v.id === '') {
    throw new InvalidValueError(field, value, 'must be a person from the directory ({ id, displayName })');
  }
  return { id: v.id, displayName: v.displayName };
}

/** Validates an edit as received (form or API body). Unknown fields are refused. */
export function validateEdit(body: unknown): Partial<ItemEdit> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidValueError('edit', body, 'must be an object of fields to change');
  }
  const input = body as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(input)) {
    switch (field) {
      case 'progress':
      case 'ragRationale':
        out[field] = text(field, value);
        break;
      case 'responsibleOrg':
        out[field] = text(field, value, 200);
        break;
      case 'dueText':
        out[field] = text(field, value, 200);
        parseDue(out[field] as string | null, 'dueText');
        break;
      case 'rag':
        out[field] = parseRag(value, 'rag');
        break;
      case 'owner':
        out[field] = person(field, value);
        break;
      default:
        throw new InvalidValueError(field, value, `not an editable field; allowed: ${EDIT_FIELDS.join(', ')}`);
    }
  }
  return out as Partial<ItemEdit>;
}

export function editOf(item: TrackedItem): ItemEdit {
  return {
    progress: item.progress,
    rag: item.rag,
    dueText: item.due.text,
    owner: item.owner,
    ragRationale: item.ragRationale,
    responsibleOrg: item.responsibleOrg,
  };
}

/**
 * The patch for the item's list. Rules are checked on the state after the edit, so a RED
 * item edited for something else still needs its rationale.
 */
export function toPatch<L extends TrackedList>(
  list: L,
  current: TrackedItem,
  edit: Partial<ItemEdit>
): Partial<ListRecords[L]> {
  const after = { ...editOf(current), ...edit };
  // Handing an item to a new owner is not a status report: the RAG rules wait for the owner.
  const ownerOnly = Object.keys(edit).every((k) => k === 'owner');
  // Workstream RAGs are explained in the highlight report, not in a rationale field.
  if (list !== 'workstreams' && !ownerOnly) {
    enforceRules(after);
  }
  const patch: Record<string, unknown> = {};
  if ('rag' in edit) {
    patch[list === 'workstreams' ? 'projectRag' : 'rag'] = edit.rag;
  }
  if ('progress' in edit) {
    if (list === 'actions') {
      patch.progress = edit.progress;
    } else if (list === 'recommendations') {
      patch.comment = edit.progress;
    } else {
      patch.progress = edit.progress ? edit.progress.split('\n').filter((l) => l.trim() !== '') : [];
    }
  }
  if ('owner' in edit) {
    patch.owner = edit.owner;
  }
  if (list !== 'workstreams') {
    if ('dueText' in edit) {
      Object.assign(patch, dueFields(parseDue(edit.dueText, 'dueText')));
    }
    if ('ragRationale' in edit) {
      patch.ragRationale = edit.ragRationale;
    }
    if ('responsibleOrg' in edit) {
      patch.responsibleOrg = edit.responsibleOrg;
    }
    // A person's save that satisfies the rules clears the flags the import left.
    if (!ownerOnly) {
      patch.flags = [];
    }
  }
  return patch as Partial<ListRecords[L]>;
}

export function historyFor(item: TrackedItem, edit: Partial<ItemEdit>, author: PersonRef, at: string): Update {
  const changes: string[] = [];
  if ('dueText' in edit && edit.dueText !== item.due.text) {
    changes.push(`Due: ${item.due.text ?? 'none'} → ${edit.dueText ?? 'none'}`);
  }
  if ('owner' in edit && edit.owner?.id !== item.owner?.id) {
    changes.push(`Owner: ${item.owner?.displayName ?? item.ownerText ?? 'none'} → ${edit.owner?.displayName ?? 'none'}`);
  }
  const progressChanged = 'progress' in edit && edit.progress !== item.progress;
  const newRag = 'rag' in edit ? (edit.rag ?? null) : item.rag;
  // A RED's reason is part of the record: kept when it is written or changed, and beside any move to
  // RED (even with the reason unchanged), so the history says why the item went red.
  const rationale = 'ragRationale' in edit ? (edit.ragRationale ?? null) : item.ragRationale;
  const rationaleChanged = 'ragRationale' in edit && rationale !== item.ragRationale;
  const wentRed = newRag === 'RED' && item.rag !== 'RED';
  const rationaleLine = rationale && (rationaleChanged || wentRed) ? `Why it is red: ${rationale}` : null;
  return {
    list: item.list,
    itemId: item.id,
    kind: 'progress',
    at,
    author: author.id,
    authorName: author.displayName,
    previousRag: item.rag,
    newRag,
    text: [progressChanged ? edit.progress : null, rationaleLine, ...changes].filter(Boolean).join('\n') || null,
    body: null,
    reportDateText: null,
    reportDate: null,
    benefitRag: null,
    sourceKey: null,
  };
}
