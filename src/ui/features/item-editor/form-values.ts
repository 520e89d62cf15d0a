/** The editor's form: text inputs hold strings; an edit holds nulls for "nothing". */
import { EDIT_FIELDS, type EditField, type ItemEdit } from '../../../core/item-edit';
import type { PersonRef, TrackedList } from '../../../core/model';
import type { Rag } from '../../../core/rag';

export type FormValues = Readonly<{
  progress: string;
  rag: Rag | null;
  dueText: string;
  owner: PersonRef | null;
  ragRationale: string;
  responsibleOrg: string;
}>;

export function toForm(edit: ItemEdit): FormValues {
  return {
    progress: edit.progress ?? '',
    rag: edit.rag,
    dueText: edit.dueText ?? '',
    owner: edit.owner,
    ragRationale: edit.ragRationale ?? '',
    responsibleOrg: edit.responsibleOrg ?? '',
  };
}

export function toEdit(form: FormValues): ItemEdit {
  const text = (s: string): string | null => (s.trim() === '' ? null : s);
  return {
    progress: text(form.progress),
    rag: form.rag,
    dueText: text(form.dueText),
    owner: form.owner,
    ragRationale: text(form.ragRationale),
    responsibleOrg: text(form.responsibleOrg),
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Only the fields the user changed from the version they started at. */
export function changedFields(base: ItemEdit, form: FormValues): Partial<ItemEdit> {
  const edit = toEdit(form);
  const out: Record<string, unknown> = {};
  for (const field of EDIT_FIELDS) {
    if (!same(edit[field], base[field])) {
      out[field] = edit[field];
    }
  }
  return out as Partial<ItemEdit>;
}

export const FIELD_LABELS: Readonly<Record<EditField, string>> = {
  progress: 'Progress',
  rag: 'RAG',
  dueText: 'Due (as written)',
  owner: 'Owner',
  ragRationale: 'RAG rationale',
  responsibleOrg: 'Responsible organisation',
};

/** The label the form shows for a field, so an error names what the person sees. */
export function visibleLabel(field: EditField, list: TrackedList): string {
  switch (field) {
    case 'progress':
      return list === 'recommendations' ? 'Comment / current position' : 'Progress';
    case 'rag':
      return list === 'workstreams' ? 'Project RAG' : 'RAG';
    case 'dueText':
      return 'Due (as you would write it)';
    case 'ragRationale':
      return 'Why is it red?';
    default:
      return FIELD_LABELS[field];
  }
}

