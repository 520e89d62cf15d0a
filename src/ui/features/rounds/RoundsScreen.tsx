/**
 * Update rounds before a board: a secretary opens a round for a board and a meeting date; the
 * round lists each workstream of the board with whether its owner has sent a highlight update
 * since (and its proposed Project and Benefit RAG), and "Remind those missing" reminds the rest
 * once each. Cards, not a table: it reads on a phone without sideways scrolling.
 */
import { Button, Caption1, Field, Link, MessageBar, MessageBarBody, Select, Spinner, Text, Title2, Title3, makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { IsoDate } from '../../../core/dates';
import type { ItemId } from '../../../core/model';
import type { RoundEntry, RoundView } from '../../../core/update-round';
import type { RemindResult } from '../../../ports/round-client';
import type { ItemRoute } from '../../app/useRoute';
import { formatDay, formatInstant } from '../../shared/format';
import { LoadError } from '../../shared/LoadStatus';
import { RagBadge } from '../../shared/RagBadge';
import { UkDatePicker } from '../../shared/UkDatePicker';
import { useScreenStyles } from '../../shared/screen.styles';
import { JobReminderNote } from './JobReminderNote';
import type { RoundsState } from './useRounds';

const useStyles = makeStyles({
  form: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'flex-end' },
  // a native select is as wide as its longest option (a toolkit's title): it must shrink on a phone
  field: { flexGrow: 1, flexBasis: '12rem', minWidth: 0, maxWidth: '100%' },
  select: { width: '100%', minWidth: 0 },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  meta: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  missing: { fontWeight: tokens.fontWeightSemibold },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  open: { textAlign: 'start' },
  /** Title2's look on a heading that takes focus */
  heading: { margin: 0, ...typographyStyles.title2, overflowWrap: 'anywhere' },
});

export type RoundsScreenProps = Readonly<{
  state: RoundsState;
  roundId: ItemId | null;
  /** today in Europe/London: when the hosted job nudges next is counted from it */
  today: IsoDate;
  onRound: (id: ItemId | null) => void;
  onOpenItem: (item: ItemRoute) => void;
}>;

export function RoundsScreen({ state, roundId, today, onRound, onOpenItem }: RoundsScreenProps) {
  const screen = useScreenStyles();
  const styles = useStyles();
  if (roundId !== null && state.round) {
    return (
      <div className={screen.root}>
        <Link as="button" className={styles.open} onClick={() => onRound(null)}>
          All update rounds
        </Link>
        {state.round.status === 'error' ? <LoadError what="the round" error={state.round.error} /> : null}
        {state.round.status === 'loading' && !state.round.data ? <Spinner label="Loading the round" /> : null}
        {state.round.data ? <RoundDetail view={state.round.data} state={state} today={today} onOpenItem={onOpenItem} /> : null}
      </div>
    );
  }
  return <RoundList state={state} onRound={onRound} />;
}

function OpenRoundForm({ state, onRound }: { state: RoundsState; onRound: (id: ItemId) => void }) {
  const styles = useStyles();
  const boards = state.boards.data ?? [];
  if (boards.length === 0) {
    return null;
  }
  return (
    <section className={styles.section} aria-labelledby="open-round">
      <Title3 as="h2" id="open-round">
        Open a round
      </Title3>
      <Text>Each workstream owner of the board is asked for a highlight update before the meeting.</Text>
      <form
        className={styles.form}
        onSubmit={(e) => {
          e.preventDefault();
          void state.open().then((opened) => opened && onRound(opened.id));
        }}
      >
        <Field label="Board" className={styles.field}>
          <Select className={styles.select} value={state.boardId === null ? '' : String(state.boardId)} onChange={(_e, d) => state.setBoardId(Number(d.value) as ItemId)}>
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Meeting date" className={styles.field} hint="DD/MM/YYYY">
          <UkDatePicker value={state.meetingDate} onChange={state.setMeetingDate} calendarLabel="Choose the meeting date from a calendar" />
        </Field>
        <Button type="submit" appearance="primary" disabled={state.opening}>
          {state.opening ? 'Opening…' : 'Open round'}
        </Button>
      </form>
      {state.openError ? (
        <MessageBar intent="error" role="alert" data-testid="open-round-error">
          <MessageBarBody>{state.openError}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}

function RoundList({ state, onRound }: { state: RoundsState; onRound: (id: ItemId | null) => void }) {
  const screen = useScreenStyles();
  const styles = useStyles();
  const rounds = state.rounds.data ?? [];
  return (
    <div className={screen.root}>
      <Title2 as="h1">Update rounds</Title2>
      <OpenRoundForm state={state} onRound={onRound} />
      <section className={styles.section} aria-labelledby="rounds-heading">
        <Title3 as="h2" id="rounds-heading">
          Rounds
        </Title3>
        {state.rounds.status === 'error' ? <LoadError what="the rounds" error={state.rounds.error} /> : null}
        {state.rounds.status === 'loading' && !state.rounds.data ? <Spinner label="Loading the rounds" /> : null}
        {state.rounds.status === 'ready' && rounds.length === 0 ? <Text>No update rounds yet for the boards you serve.</Text> : null}
        <ul className={styles.list}>
          {rounds.map((r) => (
            <li key={r.id} className={styles.card} data-testid={`round-${r.id}`}>
              <Link as="button" className={styles.open} onClick={() => onRound(r.id)}>
                {r.board}: meeting on {formatDay(r.meetingDate)}
              </Link>
              <Caption1 className={screen.muted}>
                Opened {formatInstant(r.openedAt)} by {r.openedByName ?? r.openedBy}
              </Caption1>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function RoundDetail({ view, state, today, onOpenItem }: { view: RoundView; state: RoundsState; today: IsoDate; onOpenItem: (item: ItemRoute) => void }) {
  const styles = useStyles();
  const screen = useScreenStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  // a round just opened, or chosen from the list: focus on what is now shown, not on the body
  useEffect(() => heading.current?.focus(), [view.id]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className={styles.heading} data-testid="round-heading">
        {view.board}: meeting on {formatDay(view.meetingDate)}
      </h1>
      <Text role="status" data-testid="round-count">
        {view.submitted} of {view.entries.length} highlight update{view.entries.length === 1 ? '' : 's'} submitted; {view.missing} missing.
      </Text>
      {view.canRemind ? (
        <div className={styles.section}>
          {state.canSendReminders ? (
            <div>
              <Button appearance="primary" disabled={state.reminding || view.missing === 0} onClick={state.remind}>
                {state.reminding ? 'Reminding…' : 'Remind those missing'}
              </Button>
            </div>
          ) : (
            <JobReminderNote view={view} today={today} />
          )}
          {state.remindResult ? <RemindSummary result={state.remindResult} /> : null}
          {state.remindError ? (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{state.remindError}</MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
      ) : null}
      <ul className={styles.list} aria-label="Workstreams of the board">
        {view.entries.map((e) => (
          <Entry key={e.workstreamId} entry={e} onOpen={() => onOpenItem({ list: 'workstreams', id: e.workstreamId })} />
        ))}
      </ul>
      <Caption1 className={screen.muted}>
        Opened {formatInstant(view.openedAt)} by {view.openedByName ?? view.openedBy}. A highlight update saved since then counts as submitted.
      </Caption1>
    </>
  );
}

function Entry({ entry, onOpen }: { entry: RoundEntry; onOpen: () => void }) {
  const styles = useStyles();
  const headingId = `round-ws-${entry.workstreamId}`;
  const owner = entry.owner?.displayName ?? (entry.ownerText ? `${entry.ownerText} (no person named)` : 'No owner');
  return (
    <li className={styles.card} aria-labelledby={headingId} data-testid={`round-entry-${entry.workstreamId}`}>
      <h2 className={styles.name} id={headingId}>
        <Link as="button" className={styles.open} onClick={onOpen} data-testid={`row-workstreams-${entry.workstreamId}`}>
          {entry.title}
        </Link>
      </h2>
      <div className={styles.meta}>
        <Text>Owner: {owner}</Text>
        {entry.submitted ? (
          <>
            <Text>
              Submitted {formatInstant(entry.submitted.at)} by {entry.submitted.by}
            </Text>
            <RagBadge rag={entry.submitted.projectRag} kind="Proposed Project RAG" />
            <RagBadge rag={entry.submitted.benefitRag} kind="Proposed Benefit RAG" />
          </>
        ) : (
          <Text className={styles.missing}>Not submitted yet</Text>
        )}
      </div>
    </li>
  );
}

function RemindSummary({ result }: { result: RemindResult }) {
  const parts = [
    result.reminded.length > 0 ? `Reminded: ${result.reminded.join(', ')}.` : 'Nobody new to remind.',
    result.already.length > 0 ? `Already reminded for this round: ${result.already.join(', ')}.` : '',
    result.failed.length > 0 ? `Could not reach: ${result.failed.join(', ')} (tried again next time).` : '',
    result.noOwner.length > 0 ? `No person named as owner of: ${result.noOwner.join(', ')}.` : '',
  ].filter((p) => p !== '');
  return (
    <MessageBar intent={result.failed.length > 0 ? 'warning' : 'success'} data-testid="remind-result">
      <MessageBarBody>{parts.join(' ')}</MessageBarBody>
    </MessageBar>
  );
}
