/**
 * What the tab's Outbox needs (local mode): the digests a person received, the card buttons'
 * handler, and "Send nudges now" for a secretary. In Microsoft 365 the cards arrive in Teams chat
 * instead, and the bot calls the same handler: there the client offers "Send nudges now" only
 * (the hosted function, POST /api/remind).
 */
import type { IsoDate } from '../core/dates';
import type { CardActionData } from '../core/cards/card-actions';
import type { ItemEdit } from '../core/item-edit';
import type { DigestView } from '../core/reminder-digest';
import type { TrackedItem } from '../core/tracked-item';

export type OutboxMessage = Readonly<{ id: number; at: string; today: IsoDate; digest: DigestView }>;

export type CardActionAnswer = Readonly<{
  outcome: 'saved' | 'proposed' | 'snoozed' | 'conflict';
  message: string;
  item: TrackedItem;
  attempted?: Partial<ItemEdit>;
}>;

export type NudgeRun = Readonly<{ today: IsoDate; digests: readonly unknown[]; sent: number; skipped: number; failed: number }>;

export interface ReminderClient {
  /** whether the person's cards arrive here (local mode's Outbox) rather than in Teams chat */
  readonly receivesCards: boolean;
  /** the digests the signed-in person received, newest first */
  outbox(): Promise<readonly OutboxMessage[]>;
  /** a card button, pressed by the signed-in person */
  cardAction(action: CardActionData, inputs: Readonly<Record<string, unknown>>, asOf: IsoDate): Promise<CardActionAnswer>;
  /** the boards the signed-in person may send nudges for (as their secretary) */
  nudgeBoards(): Promise<readonly string[]>;
  /** runs the reminder job now for one board, as of a day (Microsoft 365: as of today, in London) */
  sendNudges(board: string, asOf: IsoDate): Promise<NudgeRun>;
}
