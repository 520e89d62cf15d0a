/**
 * What the tab needs for update rounds before a board (issue 12): the boards the person may open
 * a round for, the rounds of the boards they serve, one round with who has submitted and who has
 * not, and "remind those missing". Local mode implements it with the local server's API (its
 * reminders go to the Outbox through the ledger); Microsoft 365 mode over SharePoint, where
 * reminders are the hosted job's: the tab cannot send as the bot.
 */
import type { ItemId } from '../core/model';
import type { RoundSummary, RoundView } from '../core/update-round';

export type RoundBoard = Readonly<{ id: ItemId; title: string }>;

/** What "remind those missing" did, by name. */
export type RemindResult = Readonly<{
  reminded: readonly string[];
  /** already reminded for this round: the ledger holds their reminder */
  already: readonly string[];
  failed: readonly string[];
  /** workstreams with no person named as owner */
  noOwner: readonly string[];
}>;

export interface RoundClient {
  /** the boards the signed-in person is secretary of */
  boards(): Promise<readonly RoundBoard[]>;
  /** rounds of the boards the person serves, latest meeting first */
  list(): Promise<readonly RoundSummary[]>;
  /** opens a round for a board's meeting (its secretary only) */
  open(boardId: ItemId, meetingDate: string): Promise<RoundSummary>;
  /** one round: each workstream and whether its owner has sent a highlight update since it opened */
  view(id: ItemId): Promise<RoundView>;
  /** whether this mode can send reminders from the tab */
  readonly canSendReminders: boolean;
  /** reminds owners still to submit, once each per round (the reminder ledger) */
  remindMissing(id: ItemId): Promise<RemindResult>;
}
