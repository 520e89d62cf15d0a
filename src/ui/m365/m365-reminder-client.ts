/**
 * "Send nudges now" in Microsoft 365 mode. The tab runs with the person's own token and cannot
 * post as the bot, so it asks the hosted function (POST /api/remind, TRACKER_REMIND_URL) with a
 * token for the app's own API: the function checks who the token names, that they are the
 * board's secretary, and runs the timer's job and ledger as of today. The boards offered are
 * those the person's site groups make them secretary of (the function checks again). Cards
 * arrive in Teams chat, so there is no Outbox here and no card buttons.
 */
import { toError } from '../../adapters/http/api-errors';
import { servesBoard } from '../../core/board-roles';
import type { Person } from '../../ports/directory';
import type { NudgeRun, OutboxMessage, ReminderClient, CardActionAnswer } from '../../ports/reminder-client';
import { queryAll, type TrackerStore } from '../../ports/tracker-store';

export class M365ReminderClient implements ReminderClient {
  readonly receivesCards = false;

  constructor(
    private readonly remindUrl: string,
    private readonly apiToken: () => Promise<string>,
    private readonly store: TrackerStore,
    private readonly actor: Person,
    private readonly doFetch: typeof fetch = (input, init) => fetch(input, init)
  ) {}

  async outbox(): Promise<readonly OutboxMessage[]> {
    return [];
  }

  cardAction(): Promise<CardActionAnswer> {
    return Promise.reject(new Error('in Microsoft 365, card buttons work in Teams chat'));
  }

  async nudgeBoards(): Promise<readonly string[]> {
    if (this.actor.role === 'member' || !(this.actor.serves ?? []).some((s) => s.role === 'secretary')) {
      return [];
    }
    const boards = await queryAll(this.store, 'boards', { where: [{ field: 'id', op: 'ge', value: 1 }] });
    return boards.map((b) => b.title).filter((t) => servesBoard(this.actor.serves, t, ['secretary']));
  }

  /** The hosted job always runs as of today: a date chosen in the tab only changes what it shows. */
  async sendNudges(board: string): Promise<NudgeRun> {
    const response = await this.doFetch(this.remindUrl, {
      method: 'POST',
      headers: { authorization: `Bearer ${await this.apiToken()}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ board }),
    });
    if (!response.ok) {
      throw await toError(response);
    }
    return (await response.json()) as NudgeRun;
  }
}
