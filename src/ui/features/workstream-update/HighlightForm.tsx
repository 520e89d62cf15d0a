import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { HIGHLIGHT_FIELDS, HIGHLIGHT_LABELS, type HighlightField } from '../../../core/highlight-report';
import { RAGS, RAG_MEANING, ragLabel, type Rag } from '../../../core/rag';
import { UkDatePicker } from '../../shared/UkDatePicker';
import type { HighlightFormState, HighlightFormValues } from './useHighlightForm';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  ragGroup: { flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The id of a field's control, where focus goes when the field is refused. */
export const highlightControlId = (field: HighlightField): string => `highlight-${field}`;

type TextField = 'progress' | 'keyNextSteps' | 'recommendationsToBoard' | 'decisionsRequired' | 'kpis';
const LIST_FIELDS: ReadonlySet<TextField> = new Set(['progress', 'keyNextSteps', 'kpis']);

function RagChoice({ field, state }: { field: 'projectRag' | 'benefitRag'; state: HighlightFormState }) {
  const styles = useStyles();
  return (
    <Field label={HIGHLIGHT_LABELS[field]} validationMessage={state.fieldErrors[field]}>
      <RadioGroup
        id={highlightControlId(field)}
        layout="horizontal"
        className={styles.ragGroup}
        value={state.form[field] ?? ''}
        onChange={(_e, data) => state.setField(field, data.value === '' ? null : (data.value as Rag))}
      >
        {RAGS.map((rag) => (
          <Radio key={rag} value={rag} label={ragLabel(rag)} title={RAG_MEANING[rag]} />
        ))}
        <Radio value="" label="Not set" />
      </RadioGroup>
    </Field>
  );
}

function TextBox({ field, state }: { field: TextField; state: HighlightFormState }) {
  const list = LIST_FIELDS.has(field);
  return (
    <Field label={HIGHLIGHT_LABELS[field]} hint={list ? 'One point a line.' : undefined} validationMessage={state.fieldErrors[field]}>
      <Textarea
        id={highlightControlId(field)}
        value={state.form[field as keyof HighlightFormValues] as string}
        onChange={(_e, d) => state.setField(field, d.value)}
        resize="vertical"
        rows={list ? 4 : 2}
      />
    </Field>
  );
}

/**
 * A workstream's update as its highlight report: the report date, Project and Benefit RAG,
 * progress since the last update, key next steps, recommendations and decisions for the board,
 * and KPIs — saved as one dated highlight update.
 */
export function HighlightForm({ state, label }: { state: HighlightFormState; label: string }) {
  const styles = useStyles();
  const noticeRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const handled = useRef(0);

  // After each save, focus goes where the answer is: the refused field, the error, or the notice.
  useEffect(() => {
    const last = state.lastSave;
    if (!last || last.n === handled.current) {
      return;
    }
    handled.current = last.n;
    if (last.outcome === 'invalid') {
      const field = HIGHLIGHT_FIELDS.find((f) => state.fieldErrors[f]);
      const control = field ? document.getElementById(highlightControlId(field)) : null;
      const target = control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement ? control : control?.querySelector<HTMLElement>('input:checked, input');
      (target ?? errorRef.current)?.focus();
    } else if (last.outcome === 'failed') {
      errorRef.current?.focus();
    } else {
      noticeRef.current?.focus();
    }
  }, [state.lastSave, state.fieldErrors]);

  if (state.status === 'loading') {
    return <Spinner label="Loading the workstream’s report" />;
  }
  if (state.status === 'error') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>The workstream’s report could not be loaded: {state.loadError}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      {state.notice ? (
        <MessageBar intent={state.lastSave?.outcome === 'conflict' ? 'warning' : 'success'} aria-live="polite" ref={noticeRef} tabIndex={-1} data-testid="highlight-notice">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <form
        noValidate
        className={styles.form}
        aria-label={`Highlight report for ${label}`}
        data-testid="highlight-form"
        onSubmit={(e) => {
          e.preventDefault();
          void state.save();
        }}
      >
        <Field label={HIGHLIGHT_LABELS.reportDate} required hint="dd/mm/yyyy" validationMessage={state.fieldErrors.reportDate}>
          <UkDatePicker id={highlightControlId('reportDate')} value={state.form.reportDate} onChange={(d) => state.setField('reportDate', d)} />
        </Field>
        <RagChoice field="projectRag" state={state} />
        <RagChoice field="benefitRag" state={state} />
        <TextBox field="progress" state={state} />
        <TextBox field="keyNextSteps" state={state} />
        <TextBox field="recommendationsToBoard" state={state} />
        <TextBox field="decisionsRequired" state={state} />
        <TextBox field="kpis" state={state} />
        {state.saveError ? (
          <MessageBar intent="error" role="alert" ref={errorRef} tabIndex={-1}>
            <MessageBarBody>{state.saveError}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={state.saving}>
            {state.saving ? 'Saving…' : 'Save highlight report'}
          </Button>
        </div>
      </form>
    </>
  );
}
