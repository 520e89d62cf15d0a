import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  Title3,
} from '@fluentui/react-components';
import { useEffect, useRef, type ReactNode } from 'react';
import { describeDue, type Due } from '../../../core/due-date';
import { RAGS, RAG_MEANING, ragLabel, type Rag } from '../../../core/rag';
import type { Person } from '../../../ports/directory';
import { formatDay, formatDue } from '../../shared/format';
import { PersonPicker } from '../../shared/PersonPicker';
import { RagBadge } from '../../shared/RagBadge';
import { ChangeBadge } from '../../shared/ChangeBadge';
import { ConflictPanel } from './ConflictPanel';
import { EDIT_FIELDS } from '../../../core/item-edit';
import { CloseButton } from './CloseButton';
import { ReadOnlyItem } from './ReadOnlyItem';
import { History } from './History';
import { useItemEditorStyles } from './ItemEditor.styles';
import type { ItemEditorState } from './useItemEditor';

function readAs(due: Due): string {
  if (due.date && due.kind === 'date') {
    return due.precision === 'day' ? formatDay(due.date) : `by ${formatDay(due.date)} (end of ${due.precision})`;
  }
  if (due.date && due.kind === 'from') {
    return `from ${formatDay(due.date)} (a start, not a deadline)`;
  }
  return describeDue(due);
}

export type ItemEditorProps = Readonly<{
  state: ItemEditorState;
  searchPeople: (text: string) => Promise<readonly Person[]>;
  onClose: () => void;
  /** false: the item is shown as facts, with who can update it, and no form */
  canUpdate: boolean;
  /** more panels for someone who may update the item (see editor-panels.ts) */
  extra?: ReactNode;
  /** a form of the item's own kind in place of the update form (a workstream's highlight report) */
  form?: ReactNode;
}>;

/** Update an item: progress, RAG, due date as written, owner; then its history. */
export function ItemEditor({ state, searchPeople, onClose, canUpdate, extra, form: ownForm }: ItemEditorProps) {
  const styles = useItemEditorStyles();
  const { item, form, fieldErrors } = state;
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = item !== null;
  const noticeRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const handled = useRef(0);

  // After each save, focus goes where the answer is: the refused field, the error, or the "Saved" notice
  // (the Save button itself is disabled once nothing is left to save, which would drop focus to the page).
  useEffect(() => {
    const last = state.lastSave;
    if (!last || last.n === handled.current) {
      return;
    }
    handled.current = last.n;
    if (last.outcome === 'invalid') {
      const field = EDIT_FIELDS.find((f) => state.fieldErrors[f]);
      // Fields are found by data-field: the controls keep the ids Fluent's Field gives them, so each label stays linked.
      const control = field ? document.querySelector(`[data-field="${field}"]`) : null;
      const target = control?.querySelector<HTMLElement>('input:checked, textarea, input');
      (target ?? errorRef.current)?.focus();
    } else if (last.outcome === 'failed') {
      errorRef.current?.focus();
    } else {
      noticeRef.current?.focus();
    }
  }, [state.lastSave, state.fieldErrors]);

  // Once the item is there, focus goes to its name: the top of the dialog, read first (WAI-ARIA dialog pattern).
  useEffect(() => {
    const active = document.activeElement;
    // not if the person has already moved into a field
    if (loaded && !(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement)) {
      heading.current?.focus();
    }
  }, [loaded]);

  if (state.status === 'loading' && !item) {
    return (
      <section aria-labelledby="editor-heading" className={styles.root}>
        <CloseButton onClose={onClose} />
        <Title3 as="h2" id="editor-heading">
          Loading the item
        </Title3>
        <Spinner />
      </section>
    );
  }
  if (state.status === 'error' || !item) {
    return (
      <section aria-labelledby="editor-heading" className={styles.root}>
        <CloseButton onClose={onClose} />
        <Title3 as="h2" id="editor-heading">
          Item not loaded
        </Title3>
        <MessageBar intent="error">
          <MessageBarBody>This item could not be loaded: {state.loadError}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }
  const tracked = item.list !== 'workstreams';
  const dueHint = state.duePreview.error
    ? undefined
    : state.duePreview.due
      ? `Read as: ${readAs(state.duePreview.due)}`
      : undefined;

  return (
    <section className={styles.root} aria-labelledby="editor-heading" data-testid="item-editor">
      <div className={styles.heading}>
        <div className={styles.headingBar}>
          <Text size={200}>{item.label}</Text>
          <CloseButton onClose={onClose} />
        </div>
        <h2 id="editor-heading" ref={heading} tabIndex={-1} className={styles.title}>
          <Title3>{item.title}</Title3>
        </h2>
        <dl className={styles.facts}>
          <dt className={styles.dt}>{item.list === 'workstreams' ? 'Project RAG' : 'RAG'}</dt>
          <dd className={styles.dd}>
            <RagBadge rag={item.rag} /> <ChangeBadge list={item.list} id={item.id} />
          </dd>
          <dt className={styles.dt}>Owner</dt>
          <dd className={styles.dd}>{item.owner?.displayName ?? 'No one yet'}</dd>
          {item.ownerText && item.ownerText !== item.owner?.displayName ? (
            <>
              <dt className={styles.dt}>Owner as written</dt>
              <dd className={styles.dd}>{item.ownerText}</dd>
            </>
          ) : null}
          {tracked ? (
            <>
              <dt className={styles.dt}>Due</dt>
              <dd className={styles.dd}>{formatDue(item.due)}</dd>
            </>
          ) : null}
          {item.flags.length > 0 ? (
            <>
              <dt className={styles.dt}>Flags</dt>
              <dd className={styles.dd}>{item.flags.join(', ')}</dd>
            </>
          ) : null}
          {item.sourceNotes && item.sourceNotes.length > 0 ? (
            <>
              <dt className={styles.dt}>As the source wrote it</dt>
              <dd className={styles.dd} data-testid="source-notes">
                <ul className={styles.notes}>
                  {item.sourceNotes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </div>

      {!canUpdate ? <ReadOnlyItem item={item} board={state.access.board} /> : null}
      {/* shown to someone who has just handed the item to another owner too */}
      {state.notice && (canUpdate || state.lastSave?.outcome === 'saved') ? (
        <MessageBar intent={state.conflict ? 'warning' : 'success'} aria-live="polite" ref={noticeRef} tabIndex={-1}>
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {canUpdate && state.conflict ? <ConflictPanel conflict={state.conflict} onChoose={state.choose} /> : null}

      {canUpdate && ownForm ? ownForm : null}
      {canUpdate && !ownForm ? (
      <form
        noValidate
        className={styles.form}
        aria-label={`Update ${item.label}`}
        onSubmit={(e) => {
          e.preventDefault();
          void state.save();
        }}
      >
        <Field data-field="rag" label={item.list === 'workstreams' ? 'Project RAG' : 'RAG'} validationMessage={fieldErrors.rag}>
          <RadioGroup
            layout="horizontal"
            className={styles.ragGroup}
            value={form.rag ?? ''}
            onChange={(_e, data) => state.setField('rag', data.value === '' ? null : (data.value as Rag))}
          >
            {RAGS.map((rag) => (
              <Radio key={rag} value={rag} label={ragLabel(rag)} title={RAG_MEANING[rag]} />
            ))}
            <Radio value="" label="Not set" />
          </RadioGroup>
        </Field>
        {tracked && form.rag === 'RED' ? (
          <Field
            data-field="ragRationale"
            label="Why is it red?"
            required
            hint="Past its deadline, or cannot / will not be implemented: say why."
            validationMessage={fieldErrors.ragRationale}
          >
            <Textarea value={form.ragRationale} onChange={(_e, d) => state.setField('ragRationale', d.value)} resize="vertical" />
          </Field>
        ) : null}
        {tracked && form.rag === 'WHITE' ? (
          <Field
            data-field="responsibleOrg"
            label="Responsible organisation"
            required
            hint="Which organisation delivers it (e.g. Home Office, CPS)?"
            validationMessage={fieldErrors.responsibleOrg}
          >
            <Input value={form.responsibleOrg} onChange={(_e, d) => state.setField('responsibleOrg', d.value)} />
          </Field>
        ) : null}
        <Field
          data-field="progress"
          label={item.list === 'recommendations' ? 'Comment / current position' : 'Progress'}
          validationMessage={fieldErrors.progress}
        >
          <Textarea value={form.progress} onChange={(_e, d) => state.setField('progress', d.value)} resize="vertical" rows={4} />
        </Field>
        {tracked ? (
          <Field
            data-field="dueText"
            label="Due (as you would write it)"
            hint={dueHint}
            validationState={state.duePreview.error || fieldErrors.dueText ? 'error' : 'none'}
            validationMessage={fieldErrors.dueText ?? state.duePreview.error ?? undefined}
          >
            <Input value={form.dueText} onChange={(_e, d) => state.setField('dueText', d.value)} placeholder="e.g. 31/03/2025, Mar-25, Q4 24/25, TBC" />
          </Field>
        ) : null}
        <Field data-field="owner" label="Owner" hint={item.ownerText ? `As written in the source: ${item.ownerText}` : undefined} validationMessage={fieldErrors.owner}>
          <PersonPicker value={form.owner} onChange={(p) => state.setField('owner', p)} search={searchPeople} />
        </Field>

        {state.saveError ? (
          <MessageBar intent="error" role="alert" ref={errorRef} tabIndex={-1}>
            <MessageBarBody>{state.saveError}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={state.saving || (!state.dirty && !state.conflict)}>
            {state.saving ? 'Saving…' : 'Save update'}
          </Button>
          <Button type="button" onClick={state.discard} disabled={!state.dirty && !state.conflict}>
            Discard my changes
          </Button>
        </div>
      </form>
      ) : null}
      {canUpdate ? extra : null}

      <History updates={state.history} />
    </section>
  );
}
