/**
 * The small form a secretary fills in during a meeting: a decision against an item, or a new
 * action agreed about it. In a Teams meeting the day is the meeting's; elsewhere a day typed
 * dd/mm/yyyy, today unless changed.
 */
import { Button, Field, Input, Link, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { Person } from '../../../ports/directory';
import { PersonPicker } from '../../shared/PersonPicker';
import type { ItemRoute } from '../../app/useRoute';
import type { MeetingRecordState } from './useMeetingRecord';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  result: { ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
});

export function MeetingRecordForm({ state, people }: { state: MeetingRecordState; people: (text: string) => Promise<readonly Person[]> }) {
  const styles = useStyles();
  const first = useRef<HTMLTextAreaElement | HTMLInputElement | null>(null);
  const { target, form } = state;
  useEffect(() => {
    if (target) {
      first.current?.focus();
    }
  }, [target]);
  if (!target) {
    return null;
  }
  const decision = target.kind === 'decision';
  const heading = decision ? `Record a decision on ${target.item.label}` : `New action agreed about ${target.item.label}`;
  return (
    <form
      // the service's refusal names the field and the value; the browser's own bubble would not reach a screen reader as well
      noValidate
      className={styles.form}
      aria-labelledby="record-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void state.save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          state.cancel();
        }
      }}
    >
      <h2 className={styles.heading} id="record-heading">
        {heading}
      </h2>
      <Text>{target.item.title}</Text>
      {decision ? (
        <Field label="Decision" required>
          <Textarea ref={first as React.Ref<HTMLTextAreaElement>} value={form.text} onChange={(_e, d) => state.setForm({ text: d.value })} resize="vertical" rows={3} />
        </Field>
      ) : (
        <>
          <Field label="Action" required>
            <Input ref={first as React.Ref<HTMLInputElement>} value={form.text} onChange={(_e, d) => state.setForm({ text: d.value })} />
          </Field>
          <Field label="Owner (optional)">
            <PersonPicker value={form.owner} onChange={(owner) => state.setForm({ owner })} search={people} />
          </Field>
          <Field label="Due" hint="As you would write it: 31/03/2024, Q4 23/24, TBC">
            <Input value={form.dueText} onChange={(_e, d) => state.setForm({ dueText: d.value })} />
          </Field>
        </>
      )}
      <Field label="Meeting date" hint="The day of the meeting that took it; day first: dd/mm/yyyy">
        <Input value={form.dateText} onChange={(_e, d) => state.setForm({ dateText: d.value })} placeholder="dd/mm/yyyy" />
      </Field>
      {state.error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>Not saved: {state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" disabled={state.saving}>
          {state.saving ? 'Saving…' : decision ? 'Save decision' : 'Add action'}
        </Button>
        <Button type="button" onClick={state.cancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}

/** What the last save did, focused after it, with a link to the item it was recorded on. */
export function MeetingRecordResult({ state, onOpen }: { state: MeetingRecordState; onOpen: (route: ItemRoute) => void }) {
  const styles = useStyles();
  const { result, resultRef } = state;
  const shown = result !== null && state.target === null;
  useEffect(() => {
    if (shown) {
      resultRef.current?.focus();
    }
  }, [shown, result, resultRef]);
  if (!shown) {
    return null;
  }
  return (
    <MessageBar intent="success">
      <MessageBarBody>
        <div ref={state.resultRef} tabIndex={-1} className={styles.result} data-testid="record-result">
          {result.message}{' '}
          <Link as="button" onClick={() => onOpen(result.open)}>
            {result.openLabel}
          </Link>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
