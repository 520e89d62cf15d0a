/**
 * State for a workstream's highlight report: start from what the workstream holds now, edit
 * every field its report has, save it as one dated highlight update at the version it was read
 * at. What was typed survives a refused or failed save, and a reload (kept in this browser until saved).
 */
import { useCallback, useEffect, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import { InvalidValueError, VersionConflictError } from '../../../core/errors';
import { HIGHLIGHT_LABELS, pointsOf, validateHighlight, type HighlightField } from '../../../core/highlight-report';
import type { ItemId } from '../../../core/model';
import type { Rag } from '../../../core/rag';
import type { WorkstreamDetail } from '../../../core/workstream-view';
import type { TrackerClient } from '../../../ports/tracker-client';
import { isoToUk } from '../../shared/uk-date';

/** The form as typed: lists are text boxes, one point a line. */
export type HighlightFormValues = Readonly<{
  reportDate: IsoDate | null;
  projectRag: Rag | null;
  benefitRag: Rag | null;
  progress: string;
  keyNextSteps: string;
  recommendationsToBoard: string;
  decisionsRequired: string;
  kpis: string;
}>;

export type HighlightFormState = Readonly<{
  status: 'loading' | 'ready' | 'error';
  loadError: string | null;
  form: HighlightFormValues;
  fieldErrors: Readonly<Partial<Record<HighlightField, string>>>;
  saving: boolean;
  saveError: string | null;
  notice: string | null;
  /** numbered so the form moves focus once per attempt */
  lastSave: Readonly<{ n: number; outcome: 'saved' | 'invalid' | 'failed' | 'conflict' }> | null;
  setField: <K extends keyof HighlightFormValues>(field: K, value: HighlightFormValues[K]) => void;
  save: () => Promise<void>;
}>;

function formOf(w: WorkstreamDetail, reportDate: IsoDate): HighlightFormValues {
  return {
    reportDate,
    projectRag: w.projectRag,
    benefitRag: w.benefitRag,
    progress: w.progress.join('\n'),
    keyNextSteps: w.nextSteps.join('\n'),
    recommendationsToBoard: w.recommendationsToBoard ?? '',
    decisionsRequired: w.decisionsRequired ?? '',
    kpis: w.kpis.join('\n'),
  };
}

const draftKey = (user: string, id: ItemId): string => `tracker-highlight-draft:${user}:${id}`;

function loadDraft(user: string, id: ItemId): HighlightFormValues | null {
  try {
    const raw = globalThis.localStorage?.getItem(draftKey(user, id));
    return raw ? (JSON.parse(raw) as HighlightFormValues) : null;
  } catch {
    return null;
  }
}

function storeDraft(user: string, id: ItemId, form: HighlightFormValues | null): void {
  try {
    if (form) {
      globalThis.localStorage?.setItem(draftKey(user, id), JSON.stringify(form));
    } else {
      globalThis.localStorage?.removeItem(draftKey(user, id));
    }
  } catch {
    // storage full or blocked: the form itself still holds what was typed
  }
}

const EMPTY: HighlightFormValues = { reportDate: null, projectRag: null, benefitRag: null, progress: '', keyNextSteps: '', recommendationsToBoard: '', decisionsRequired: '', kpis: '' };

export function useHighlightForm(client: TrackerClient, id: ItemId, user: string, today: IsoDate, onSaved: () => void): HighlightFormState {
  const [status, setStatus] = useState<HighlightFormState['status']>('loading');
  const [loadError, setLoadError] = useState<string | null>(null);
  const [detail, setDetail] = useState<WorkstreamDetail | null>(null);
  const [form, setForm] = useState<HighlightFormValues>(EMPTY);
  const [touched, setTouched] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<HighlightField, string>>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [lastSave, setLastSave] = useState<HighlightFormState['lastSave']>(null);
  const ended = useCallback((outcome: NonNullable<HighlightFormState['lastSave']>['outcome']) => setLastSave((l) => ({ n: (l?.n ?? 0) + 1, outcome })), []);

  useEffect(() => {
    let cancelled = false;
    setStatus('loading');
    client.workstream(id).then(
      (w) => {
        if (cancelled) {
          return;
        }
        setDetail(w);
        const draft = loadDraft(user, id);
        setForm(draft ?? formOf(w, today));
        setTouched(draft !== null);
        if (draft) {
          setNotice('Your unsaved report from before has been restored.');
        }
        setStatus('ready');
      },
      (e: unknown) => {
        if (!cancelled) {
          setLoadError((e as Error).message);
          setStatus('error');
        }
      }
    );
    return () => {
      cancelled = true;
    };
  }, [client, id, user, today]);

  useEffect(() => {
    if (touched) {
      storeDraft(user, id, form);
    }
  }, [touched, user, id, form]);

  const setField = useCallback(<K extends keyof HighlightFormValues>(field: K, value: HighlightFormValues[K]) => {
    setForm((f) => ({ ...f, [field]: value }));
    setTouched(true);
    setFieldErrors((e) => ({ ...e, [field]: undefined }));
    setSaveError(null);
  }, []);

  const save = useCallback(async () => {
    if (!detail) {
      return;
    }
    let report;
    try {
      report = validateHighlight({
        reportDate: form.reportDate,
        projectRag: form.projectRag,
        benefitRag: form.benefitRag,
        progress: pointsOf(form.progress),
        keyNextSteps: pointsOf(form.keyNextSteps),
        recommendationsToBoard: form.recommendationsToBoard,
        decisionsRequired: form.decisionsRequired,
        kpis: pointsOf(form.kpis),
      });
    } catch (e) {
      if (e instanceof InvalidValueError) {
        const field = e.field as HighlightField;
        const problem = field === 'reportDate' ? 'is required: choose a day or type it as dd/mm/yyyy' : e.problem;
        setFieldErrors({ [field]: problem });
        setSaveError(`Not saved: ${HIGHLIGHT_LABELS[field] ?? field}: ${problem}`);
        ended('invalid');
        return;
      }
      throw e;
    }
    setSaving(true);
    setSaveError(null);
    try {
      await client.saveHighlight(id, detail.version, report);
      storeDraft(user, id, null);
      setTouched(false);
      const fresh = await client.workstream(id).catch(() => null);
      if (fresh) {
        setDetail(fresh);
        setForm(formOf(fresh, report.reportDate));
      }
      setNotice(`Saved. The highlight report of ${isoToUk(report.reportDate)} is in the workstream’s timeline and history.`);
      ended('saved');
      onSaved();
    } catch (e) {
      if (e instanceof VersionConflictError) {
        // A report is one dated record, not a field-by-field edit: keep mine, take their version, say so.
        const fresh = await client.workstream(id).catch(() => null);
        if (fresh) {
          setDetail(fresh);
        }
        setNotice('Someone else saved this workstream after you opened it: their report is in the timeline. Yours is kept here; check it against theirs and save again.');
        ended('conflict');
      } else if (e instanceof InvalidValueError) {
        const field = e.field as HighlightField;
        // the local server's errors arrive as a message that starts with the field's internal name
        const problem = e.problem || e.message.replace(`${e.field}: `, '');
        setFieldErrors({ [field]: problem });
        setSaveError(`Not saved: ${HIGHLIGHT_LABELS[field] ?? field}: ${problem}`);
        ended('invalid');
      } else {
        setSaveError(`Not saved: ${(e as Error).message}. Your report is kept here and in this browser; try again.`);
        ended('failed');
      }
    } finally {
      setSaving(false);
    }
  }, [client, id, user, detail, form, onSaved, ended]);

  return { status, loadError, form, fieldErrors, saving, saveError, notice, lastSave, setField, save };
}
