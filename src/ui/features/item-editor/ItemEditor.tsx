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
import { describeDue, type Due } from '../../../core/due-date';
import { RAGS, RAG_MEANING, ragLabel, type Rag } from '../../../core/rag';
import type { Person } from '../../../ports/directory';
import { formatDay, formatDue } from '../../shared/format';
import { PersonPicker } from '../../shared/PersonPicker';
import { RagBadge } from '../../shared/RagBadge';
import { ConflictPanel } from './ConflictPanel';
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
}>;

/** Update an item: progress, RAG, due date as written, owner; then its history. */
export function ItemEditor({ state, searchPeople, onClose }: ItemEditorProps) {
  const styles = useItemEditorStyles();
  const { item, form, fieldErrors } = state;

  if (state.status === 'loading' && !item) {
    return <Spinner label="Loading the item" />;
  }
  if (state.status === 'error' || !item) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>This item could not be loaded: {state.loadError}</MessageBarBody>
      </MessageBar>
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
        <Text size={200}>{item.label}</Text>
        <Title3 as="h2" id="editor-heading">
          {item.title}
        </Title3>
        <dl className={styles.facts}>
          <dt className={styles.dt}>RAG</dt>
          <dd className={styles.dd}>
            <RagBadge rag={item.rag} />
          </dd>
          <dt className={styles.dt}>Owner as written</dt>
          <dd className={styles.dd}>{item.ownerText ?? '—'}</dd>
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
        </dl>
      </div>

      {state.notice ? (
        <MessageBar intent={state.conflict ? 'warning' : 'success'} aria-live="polite">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {state.conflict ? <ConflictPanel conflict={state.conflict} onChoose={state.choose} /> : null}

      <form
        noValidate
        className={styles.form}
        aria-label={`Update ${item.label}`}
        onSubmit={(e) => {
          e.preventDefault();
          void state.save();
        }}
      >
        <Field label={item.list === 'workstreams' ? 'Project RAG' : 'RAG'} validationMessage={fieldErrors.rag}>
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
            label="Responsible organisation"
            required
            hint="Which organisation delivers it (e.g. Home Office, CPS)?"
            validationMessage={fieldErrors.responsibleOrg}
          >
            <Input value={form.responsibleOrg} onChange={(_e, d) => state.setField('responsibleOrg', d.value)} />
          </Field>
        ) : null}
        <Field
          label={item.list === 'recommendations' ? 'Comment / current position' : 'Progress'}
          validationMessage={fieldErrors.progress}
        >
          <Textarea value={form.progress} onChange={(_e, d) => state.setField('progress', d.value)} resize="vertical" rows={4} />
        </Field>
        {tracked ? (
          <Field
            label="Due (as you would write it)"
            hint={dueHint}
            validationState={state.duePreview.error || fieldErrors.dueText ? 'error' : 'none'}
            validationMessage={fieldErrors.dueText ?? state.duePreview.error ?? undefined}
          >
            <Input value={form.dueText} onChange={(_e, d) => state.setField('dueText', d.value)} placeholder="e.g. 31/03/2025, Mar-25, Q4 24/25, TBC" />
          </Field>
        ) : null}
        <Field label="Owner" hint={item.ownerText ? `As written in the source: ${item.ownerText}` : undefined} validationMessage={fieldErrors.owner}>
          <PersonPicker value={form.owner} onChange={(p) => state.setField('owner', p)} search={searchPeople} />
        </Field>

        {state.saveError ? (
          <MessageBar intent="error" role="alert">
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
          <Button type="button" appearance="subtle" onClick={onClose}>
            Close
          </Button>
        </div>
      </form>

      <History updates={state.history} />
    </section>
  );
}
