/**
 * State for updating one item: load it with its history, edit, save with the version it was
 * read at, and on a conflict merge three-way (DESIGN §7). Typing is kept in a local draft
 * until the save succeeds.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { parseDue, type Due } from '../../../core/due-date';
import { InvalidValueError, RuleViolationError, VersionConflictError } from '../../../core/errors';
import { EDIT_FIELDS, editOf, validateEdit, type EditField, type ItemEdit } from '../../../core/item-edit';
import { mergeThreeWay, type FieldConflict } from '../../../core/merge';
import type { Stored } from '../../../core/model';
import { checkRules } from '../../../core/rules';
import type { TrackedItem } from '../../../core/tracked-item';
import type { TrackerClient } from '../../../ports/tracker-client';
import type { ItemRoute } from '../../app/useRoute';
import { clearDraft, loadDraft, saveDraft } from './draft-store';
import { changedFields, FIELD_LABELS, toEdit, toForm, visibleLabel, type FormValues } from './form-values';

export type ConflictState = Readonly<{
  theirs: TrackedItem;
  conflicts: readonly FieldConflict[];
  applied: readonly string[];
  choices: Readonly<Partial<Record<EditField, 'mine' | 'theirs'>>>;
}>;

export type ItemEditorState = Readonly<{
  status: 'loading' | 'ready' | 'error';
  loadError: string | null;
  /** the item at the version the edit is based on */
  item: TrackedItem | null;
  history: readonly Stored<'updates'>[];
  /** whether the signed-in person may update it, and its board (for saying who can) */
  access: Readonly<{ canUpdate: boolean; board: string | null }>;
  form: FormValues;
  dirty: boolean;
  /** the due text as the app reads it, or the reason it cannot */
  duePreview: Readonly<{ due: Due | null; error: string | null }>;
  fieldErrors: Readonly<Partial<Record<EditField, string>>>;
  saving: boolean;
  saveError: string | null;
  notice: string | null;
  conflict: ConflictState | null;
  /** the last save's outcome, numbered so the editor can move focus once per attempt */
  lastSave: Readonly<{ n: number; outcome: 'saved' | 'invalid' | 'failed' | 'conflict' }> | null;
  setField: <K extends keyof FormValues>(field: K, value: FormValues[K]) => void;
  choose: (field: EditField, choice: 'mine' | 'theirs') => void;
  save: () => Promise<void>;
  discard: () => void;
  /** reads the item and its history again (after an editor panel such as closure changed it) */
  reload: () => void;
}>;

const EMPTY_FORM: FormValues = { progress: '', rag: null, dueText: '', owner: null, ragRationale: '', responsibleOrg: '' };

function previewDue(text: string): ItemEditorState['duePreview'] {
  try {
    return { due: parseDue(text.trim() === '' ? null : text, 'dueText'), error: null };
  } catch (e) {
    return { due: null, error: (e as Error).message.replace(/^dueText: /, '') };
  }
}

export function useItemEditor(client: TrackerClient, route: ItemRoute, user: string, onSaved: () => void): ItemEditorState {
  const [status, setStatus] = useState<ItemEditorState['status']>('loading');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [item, setItem] = useState<TrackedItem | null>(null);
  /** the field values of the version the edit started from */
  const [base, setBase] = useState<ItemEdit | null>(null);
  const [history, setHistory] = useState<readonly Stored<'updates'>[]>([]);
  const [access, setAccess] = useState<ItemEditorState['access']>({ canUpdate: false, board: null });
  const [form, setForm] = useState<FormValues>(EMPTY_FORM);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<EditField, string>>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  const [lastSave, setLastSave] = useState<ItemEditorState['lastSave']>(null);
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const ended = useCallback((outcome: NonNullable<ItemEditorState['lastSave']>['outcome']) => setLastSave((l) => ({ n: (l?.n ?? 0) + 1, outcome })), []);

  const startConflict = useCallback((from: ItemEdit, mine: FormValues, theirs: TrackedItem) => {
    const result = mergeThreeWay(from, changedFields(from, mine), editOf(theirs), EDIT_FIELDS);
    // Fields only one side changed are merged; conflicting fields keep my text until I choose.
    const merged: FormValues = { ...toForm(result.merged), ...pick(mine, result.conflicts.map((c) => c.field as EditField)) };
    setItem(theirs);
    setBase(editOf(theirs));
    setForm(merged);
    setConflict(result.conflicts.length > 0 ? { theirs, conflicts: result.conflicts, applied: result.applied, choices: {} } : null);
    const who = 'Someone else saved this item after you opened it.';
    setNotice(
      result.conflicts.length > 0
        ? `${who} Choose, for each field you both changed, which version to keep, then save.`
        : `${who} Their changes and yours have been combined${result.applied.length ? ` (yours: ${result.applied.map((f) => FIELD_LABELS[f as EditField]).join(', ')})` : ''}. Check and save again.`
    );
  }, []);

  useEffect(() => {
    let cancelled = false;
    setStatus('loading');
    setConflict(null);
    setNotice(null);
    setSaveError(null);
    setFieldErrors({});
    client
      .item(route.list, route.id)
      .then(({ item: loaded, history: h, canUpdate, board }) => {
        if (cancelled) {
          return;
        }
        setHistory(h);
        setAccess({ canUpdate: canUpdate ?? false, board: board ?? null });
        const draft = loadDraft(user, route.list, route.id);
        if (draft && draft.baseVersion !== loaded.version) {
          startConflict(draft.base, draft.form, loaded);
        } else {
          setItem(loaded);
          setBase(editOf(loaded));
          setForm(draft ? draft.form : toForm(editOf(loaded)));
          setConflict(draft?.conflict ?? null);
          if (draft?.conflict) {
            setNotice('Someone else saved this item after you opened it. Choose, for each field you both changed, which version to keep, then save.');
          } else if (draft) {
            setNotice('Your unsaved changes from before have been restored.');
          }
        }
        setStatus('ready');
      })
      .catch((e: unknown) => {
        if (!cancelled) {
          setLoadError((e as Error).message);
          setStatus('error');
        }
      });
    return () => {
      cancelled = true;
    };
  }, [client, route.list, route.id, user, startConflict, reloads]);

  const dirty = useMemo(() => (base ? Object.keys(changedFields(base, form)).length > 0 : false), [base, form]);

  useEffect(() => {
    if (item && base && (dirty || conflict)) {
      saveDraft(user, route.list, route.id, { baseVersion: item.version, base, form, conflict });
    }
  }, [user, route.list, route.id, item, base, form, dirty, conflict]);

  const setField = useCallback(<K extends keyof FormValues>(field: K, value: FormValues[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setFieldErrors((e) => ({ ...e, [field]: undefined }));
    setSaveError(null);
  }, []);

  const choose = useCallback((field: EditField, choice: 'mine' | 'theirs') => {
    setConflict((c) => {
      if (!c) {
        return c;
      }
      const hit = c.conflicts.find((x) => x.field === field);
      if (hit) {
        const value = (choice === 'mine' ? hit.mine : hit.theirs) as ItemEdit[EditField];
        setForm((f) => ({ ...f, ...toForm({ ...toEdit(f), [field]: value }) }));
      }
      return { ...c, choices: { ...c.choices, [field]: choice } };
    });
  }, []);

  const discard = useCallback(() => {
    clearDraft(user, route.list, route.id);
    if (item) {
      setBase(editOf(item));
      setForm(toForm(editOf(item)));
    }
    setConflict(null);
    setNotice(null);
    setFieldErrors({});
    setSaveError(null);
  }, [user, route.list, route.id, item]);

  const save = useCallback(async () => {
    if (!item || !base) {
      return;
    }
    if (conflict && conflict.conflicts.some((c) => !conflict.choices[c.field as EditField])) {
      setSaveError('Choose which version to keep for every field marked as changed by both of you.');
      ended('failed');
      return;
    }
    const edit = changedFields(base, form);
    /** a refused value: the message names the field as the form labels it, and focus goes there */
    const refuse = (e: InvalidValueError | RuleViolationError): void => {
      const field = e.field as EditField;
      const label = visibleLabel(field, item.list);
      const problem = e.message.replace(`${e.field}: `, '');
      setFieldErrors({ [field]: problem });
      setSaveError(`Not saved: ${label}: ${problem}`);
      ended('invalid');
    };
    try {
      validateEdit(edit);
      if (item.list !== 'workstreams') {
        const broken = checkRules({ ...toEdit(form) })[0];
        if (broken) {
          throw new RuleViolationError(broken.field, broken.rule, broken.message);
        }
      }
    } catch (e) {
      if (e instanceof InvalidValueError || e instanceof RuleViolationError) {
        refuse(e);
        return;
      }
      throw e;
    }
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await client.save(item.list, item.id, item.version, edit);
      clearDraft(user, route.list, route.id);
      // Read the history before saying it is there.
      const fresh = await client.item(saved.list, saved.id).catch(() => null);
      setItem(saved);
      setBase(editOf(saved));
      setForm(toForm(editOf(saved)));
      setConflict(null);
      if (fresh) {
        setHistory(fresh.history);
        setAccess({ canUpdate: fresh.canUpdate ?? false, board: fresh.board ?? null });
      }
      setNotice(fresh ? 'Saved. Your update is in the history below.' : 'Saved.');
      ended('saved');
      onSaved();
    } catch (e) {
      if (e instanceof VersionConflictError) {
        startConflict(base, form, e.current as TrackedItem);
        ended('conflict');
      } else if (e instanceof InvalidValueError || e instanceof RuleViolationError) {
        refuse(e);
      } else {
        setSaveError(`Not saved: ${(e as Error).message}. Your changes are kept here and in this browser; try again.`);
        ended('failed');
      }
    } finally {
      setSaving(false);
    }
  }, [client, item, base, form, conflict, user, route.list, route.id, onSaved, startConflict, ended]);

  return {
    status,
    loadError,
    item,
    history,
    access,
    form,
    dirty,
    duePreview: previewDue(form.dueText),
    fieldErrors,
    saving,
    saveError,
    notice,
    conflict,
    lastSave,
    setField,
    choose,
    save,
    discard,
    reload,
  };
}

function pick(form: FormValues, fields: readonly EditField[]): Partial<FormValues> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    out[f] = form[f];
  }
  return out as Partial<FormValues>;
}
