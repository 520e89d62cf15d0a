/**
 * Outbox (local mode): the reminder cards the signed-in person received, rendered as Teams
 * shows them. Their buttons work through the same handler as the Teams bot, so an owner can
 * update an item from a card here. A board's secretary can also send nudges now — in Microsoft
 * 365 (receivesCards false) that is all the screen holds.
 */
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Spinner, Text, Title2 } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { buildReminderCard, type CardLinks } from '../../../core/cards/reminder-card';
import type { ThemeName } from '../../../host/host-context';
import { formatDay, formatInstant } from '../../shared/format';
import { RenderedCard } from './RenderedCard';
import type { OutboxState } from './useOutbox';

export type OutboxScreenProps = Readonly<{ state: OutboxState; theme: ThemeName; /** false in Microsoft 365: cards arrive in Teams chat, only "Send nudges now" is here */ receivesCards?: boolean }>;

/** The tab's own addresses: a card's Open buttons need absolute URLs (the renderer drops others). */
const here = (): string => `${window.location.origin}${window.location.pathname}`;
const links: CardLinks = {
  item: (list, id) => `${here()}#/items/${list}/${id}`,
  digest: (kind) => `${here()}${kind === 'unassigned' ? '#/unassigned' : kind === 'round' ? '#/workstreams' : kind === 'owner' ? '#/' : '#/all?due=overdue'}`,
};

export function OutboxScreen({ state, theme, receivesCards = true }: OutboxScreenProps) {
  const [board, setBoard] = useState('');
  const chosen = board || state.boards[0] || '';
  const cards = useMemo(() => state.messages.map((m) => ({ m, card: buildReminderCard(m.digest, m.today, links) })), [state.messages]);
  return (
    <section aria-labelledby="outbox-title">
      <Title2 as="h1" id="outbox-title">
        {receivesCards ? 'Outbox' : 'Send nudges'}
      </Title2>
      <Body1 as="p" block>
        {receivesCards
          ? 'Reminder cards sent to you. In Microsoft Teams they arrive in chat; here you can act on them the same way.'
          : 'Reminder cards arrive in Teams chat every working-day morning. As a board’s secretary you can send today’s nudges for your board now: the same job and the same record of what was sent, so nobody is nudged twice for an item.'}
      </Body1>
      {!receivesCards && state.status === 'ready' && state.boards.length === 0 ? <Text as="p">Only a board’s secretary can send its nudges.</Text> : null}
      {state.boards.length > 0 ? (
        <div style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap', margin: '12px 0' }}>
          <Field label="Board">
            <Select value={chosen} onChange={(_e, d) => setBoard(d.value)}>
              {state.boards.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </Select>
          </Field>
          <Button appearance="primary" disabled={state.running || !chosen} onClick={() => state.sendNudges(chosen)}>
            Send nudges now
          </Button>
        </div>
      ) : null}
      <div role="status" aria-live="polite">
        {state.running ? <Spinner size="tiny" label="Sending nudges…" /> : null}
        {state.run ? (
          <MessageBar intent={state.run.failed > 0 ? 'warning' : 'success'}>
            <MessageBarBody>{`Nudges for ${formatDay(state.run.today)}: sent ${state.run.sent}, skipped ${state.run.skipped}, failed ${state.run.failed}`}</MessageBarBody>
          </MessageBar>
        ) : null}
        {state.answer ? (
          <MessageBar intent={state.answer.outcome === 'conflict' ? 'warning' : 'success'}>
            <MessageBarBody>
              {state.answer.message}
              {state.answer.outcome === 'conflict' ? (
                <>
                  {' '}
                  Now: RAG {state.answer.item.rag ?? 'not set'}
                  {state.answer.item.progress ? `, progress “${state.answer.item.progress}”` : ''}. You wrote: RAG{' '}
                  {state.answer.attempted?.rag === undefined ? '(unchanged)' : (state.answer.attempted.rag ?? 'not set')}
                  {state.answer.attempted?.progress ? `, progress “${state.answer.attempted.progress}”` : ''}. Open the item to choose.
                </>
              ) : null}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {state.answerError ? (
          <MessageBar intent="error">
            <MessageBarBody>{state.answerError}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {state.status === 'loading' ? <Spinner label={receivesCards ? 'Loading your cards…' : 'Loading your boards…'} /> : null}
      {state.status === 'error' ? (
        <MessageBar intent="error">
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {receivesCards && state.status === 'ready' && cards.length === 0 ? <Text as="p">No reminder cards for you yet.</Text> : null}
      <ol style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 16, maxWidth: 600 }} aria-label="Reminder cards">
        {cards.map(({ m, card }) => (
          <li key={m.id} data-testid="outbox-card">
            <Caption1 block>{`Received ${formatInstant(m.at)} · reminders for ${formatDay(m.today)}`}</Caption1>
            <RenderedCard card={card} theme={theme} onAction={state.press} />
          </li>
        ))}
      </ol>
    </section>
  );
}
