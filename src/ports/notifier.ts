/**
 * The Notifier port: delivers one digest to one person (the Teams bot, the activity feed, the
 * local outbox). It answers with a result rather than throwing, so one bad recipient never stops
 * a run (modelled on Company Communicator's SendMessageResult).
 */
import type { IsoDate } from '../core/dates';
import type { DigestView } from '../core/reminder-digest';

export type SendOutcome = 'sent' | 'throttled' | 'recipient-not-found' | 'failed';

export type SendResult = Readonly<{
  outcome: SendOutcome;
  /** a sentence for the ledger and the log: why it was not sent */
  detail?: string;
  /** when throttled: what the service asked us to wait */
  retryAfterSeconds?: number;
}>;

export type ReminderMessage = Readonly<{
  /** the run's date (Europe/London) */
  today: IsoDate;
  digest: DigestView;
}>;

export interface Notifier {
  /** delivers one digest; never throws for a recipient's problem */
  send(message: ReminderMessage): Promise<SendResult>;
}
