import { OutboxScreen } from '../../features/outbox/OutboxScreen';
import { useOutbox } from '../../features/outbox/useOutbox';
import type { ReminderClient } from '../../../ports/reminder-client';
import type { RouteProps } from './route-props';

const NO_REMINDERS: ReminderClient = {
  receivesCards: true,
  outbox: async () => [],
  cardAction: () => Promise.reject(new Error('reminders are not available here')),
  nudgeBoards: async () => [],
  sendNudges: () => Promise.reject(new Error('reminders are not available here')),
};

export function OutboxRoute({ reminders, user, asOf, theme }: RouteProps) {
  const state = useOutbox(reminders ?? NO_REMINDERS, user, asOf, reminders !== undefined);
  return <OutboxScreen state={state} theme={theme} receivesCards={reminders?.receivesCards ?? true} />;
}
