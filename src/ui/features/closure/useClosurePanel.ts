/**
 * State for the editor's closure panel: what this person may do about the item's closure,
 * the values typed for each step, and the outcome of the last step (so focus can go to the
 * refused field, the error, or the notice). Typed values are kept when a step is refused.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ClosableList } from '../../../core/closure';
import { lifecycleWords } from '../../../core/closure';
import { checkEvidenceFile } from '../../../core/evidence-file';
import { ForbiddenError, InvalidValueError, RuleViolationError, VersionConflictError } from '../../../core/errors';
import { asItemId } from '../../../core/model';
import type { TrackedItem } from '../../../core/tracked-item';
import type { ClosureClient, ClosureView, SupersedeOption } from '../../../ports/closure-client';

export type ClosureFields = Readonly<{
  note: string;
  link: string;
  file: File | null;
  decisionNote: string;
  reference: string;
  reason: string;
  authOn: string;
  authRef: string;
  supBy: string;
  supOn: string;
  supRef: string;
}>;

const EMPTY: ClosureFields = { note: '', link: '', file: null, decisionNote: '', reference: '', reason: '', authOn: '', authRef: '', supBy: '', supOn: '', supRef: '' };

export type ClosureStepName = 'propose' | 'accept' | 'return' | 'authorise' | 'supersede';

/** The control each refused field is typed in, by step: the message names it as labelled, and focus goes there. */
export const CONTROLS: Readonly<Record<ClosureStepName, Readonly<Record<string, readonly [id: string, label: string]>>>> = {
  propose: {
    note: ['closure-note', 'What was done'],
    evidence: ['closure-link', 'Evidence link'],
    evidenceLink: ['closure-link', 'Evidence link'],
    evidenceFile: ['closure-file', 'Evidence file'],
    'evidenceFile.name': ['closure-file', 'Evidence file'],
    'evidenceFile.size': ['closure-file', 'Evidence file'],
  },
  accept: { note: ['closure-decision-note', 'Note with the acceptance'], reference: ['closure-reference', 'Board minute or reference'] },
  return: { reason: ['closure-reason', 'Reason for returning it'] },
  authorise: { on: ['closure-auth-on', 'Date the inspectorate authorised closure'], reference: ['closure-auth-ref', 'Inspectorate’s reference'] },
  supersede: {
    supersededBy: ['closure-sup-by', 'Superseded by'],
    on: ['closure-sup-on', 'Date superseded'],
    reference: ['closure-sup-ref', 'Reference for the supersession'],
  },
};

export type ClosureOutcome = Readonly<{ n: number; kind: 'done' | 'refused' | 'failed'; focusId: string | null }>;

export type ClosurePanelState = Readonly<{
  view: ClosureView | null;
  loadError: string | null;
  fields: ClosureFields;
  set: <K extends keyof ClosureFields>(field: K, value: ClosureFields[K]) => void;
  busy: ClosureStepName | null;
  error: Readonly<{ message: string; step: ClosureStepName; field: string | null }> | null;
  notice: string | null;
  outcome: ClosureOutcome | null;
  options: readonly SupersedeOption[];
  run: (step: ClosureStepName) => Promise<void>;
}>;

const DONE: Readonly<Record<ClosureStepName, (item: TrackedItem) => string>> = {
  propose: (i) => `Closure proposed for ${i.label}: a lead or the board’s secretary will accept it or return it. It stays ${lifecycleWords('closure-proposed')} until then.`,
  accept: (i) => `Closure accepted: ${i.label} is now GREEN and ${lifecycleWords(i.lifecycle)}.`,
  return: (i) => `Returned to its owner with your reason: ${i.label} is open again.`,
  authorise: (i) => `Recorded: ${i.label} is ${lifecycleWords('authorised')}.`,
  supersede: (i) => `Recorded: ${i.label} is superseded.`,
};

async function readFile(file: File): Promise<{ name: string; bytes: Uint8Array }> {
  // checked before the bytes are read or sent: a 50 MB file is refused at once
  checkEvidenceFile(file.name, file.size);
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

export function useClosurePanel(client: ClosureClient, item: TrackedItem, onSaved: () => void): ClosurePanelState {
  const list = item.list as ClosableList;
  const [view, setView] = useState<ClosureView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [fields, setFields] = useState<ClosureFields>(EMPTY);
  const [busy, setBusy] = useState<ClosureStepName | null>(null);
  const [error, setError] = useState<ClosurePanelState['error']>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ClosureOutcome | null>(null);
  const [options, setOptions] = useState<readonly SupersedeOption[]>([]);
  const [current, setCurrent] = useState<TrackedItem>(item);

  useEffect(() => setCurrent(item), [item]);

  // what the person may do depends on the item's state: read again whenever its version moves
  useEffect(() => {
    let cancelled = false;
    client.view(list, item.id).then(
      (v) => !cancelled && (setView(v), setLoadError(null)),
      (e: unknown) => !cancelled && setLoadError((e as Error).message)
    );
    return () => {
      cancelled = true;
    };
  }, [client, list, item.id, current.version]);

  const canSupersede = view?.canRecordFacts === true && list === 'recommendations';
  useEffect(() => {
    if (!canSupersede) {
      return;
    }
    let cancelled = false;
    client.supersedeOptions(item.id).then((o) => !cancelled && setOptions(o), () => !cancelled && setOptions([]));
    return () => {
      cancelled = true;
    };
  }, [client, item.id, canSupersede]);

  const set = useCallback(<K extends keyof ClosureFields>(field: K, value: ClosureFields[K]) => {
    setFields((f) => ({ ...f, [field]: value }));
    setError(null);
  }, []);

  const finish = (kind: ClosureOutcome['kind'], focusId: string | null): void => setOutcome((o) => ({ n: (o?.n ?? 0) + 1, kind, focusId }));

  const run = useCallback(
    async (step: ClosureStepName) => {
      setBusy(step);
      setError(null);
      setNotice(null);
      const f = fields;
      const v = current.version;
      try {
        const saved = await (async () => {
          switch (step) {
            case 'propose':
              return client.propose(list, item.id, v, { note: f.note, link: f.link.trim() || null, file: f.file ? await readFile(f.file) : null });
            case 'accept':
              return client.accept(list, item.id, v, { note: f.decisionNote || null, reference: f.reference || null });
            case 'return':
              return client.sendBack(list, item.id, v, { reason: f.reason });
            case 'authorise':
              return client.authorise(item.id, v, { on: f.authOn, reference: f.authRef });
            case 'supersede':
              if (f.supBy === '') {
                throw new InvalidValueError('supersededBy', null, 'choose the recommendation that replaces this one');
              }
              return client.supersede(item.id, v, { by: asItemId(Number(f.supBy)), on: f.supOn, reference: f.supRef || null });
          }
        })();
        setCurrent(saved);
        setFields(EMPTY);
        setNotice(DONE[step](saved));
        finish('done', null);
        onSaved();
      } catch (e) {
        if (e instanceof InvalidValueError || e instanceof RuleViolationError) {
          const control = CONTROLS[step][e.field];
          const problem = e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message;
          setError({ message: `Not saved: ${control ? control[1] : e.field}: ${problem}`, step, field: e.field });
          finish('refused', control ? control[0] : null);
        } else if (e instanceof VersionConflictError) {
          setError({ message: 'Not saved: someone else changed this item after you opened it. It has been read again: check it and try again; what you typed is kept.', step, field: null });
          const fresh = e.current as TrackedItem | undefined;
          if (fresh?.version) {
            setCurrent(fresh);
          }
          finish('failed', null);
          onSaved();
        } else if (e instanceof ForbiddenError) {
          setError({ message: `Not saved: ${e.message}`, step, field: null });
          finish('failed', null);
        } else {
          setError({ message: `Not saved: ${(e as Error).message}. What you typed is kept; try again.`, step, field: null });
          finish('failed', null);
        }
      } finally {
        setBusy(null);
      }
    },
    [client, list, item.id, current.version, fields, onSaved]
  );

  return { view, loadError, fields, set, busy, error, notice, outcome, options, run };
}
