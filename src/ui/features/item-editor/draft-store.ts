/**
 * Keeps what the user typed in local storage until it is saved, so a failed save, a closed
 * tab or a reload loses nothing. The draft remembers the version it started from, which is
 * what the three-way merge needs.
 */
import type { ItemEdit } from '../../../core/item-edit';
import type { Version } from '../../../core/model';
import type { FormValues } from './form-values';
import type { ConflictState } from './useItemEditor';

/** An open conflict is part of the draft: a reload must not settle it silently. */
export type Draft = Readonly<{ baseVersion: Version; base: ItemEdit; form: FormValues; conflict?: ConflictState | null }>;

const key = (user: string, list: string, id: number): string => `actionTracker.draft.${user}.${list}.${id}`;

export function loadDraft(user: string, list: string, id: number): Draft | null {
  try {
    const raw = localStorage.getItem(key(user, list, id));
    return raw ? (JSON.parse(raw) as Draft) : null;
  } catch {
    return null;
  }
}

export function saveDraft(user: string, list: string, id: number, draft: Draft): void {
  try {
    localStorage.setItem(key(user, list, id), JSON.stringify(draft));
  } catch {
    // storage full or disabled: the form still holds the text
  }
}

export function clearDraft(user: string, list: string, id: number): void {
  localStorage.removeItem(key(user, list, id));
}
