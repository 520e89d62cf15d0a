/** The tab's client of the local server's reminder endpoints (the Outbox, local mode). */
import type { IsoDate } from '../../core/dates';
import type { CardActionData } from '../../core/cards/card-actions';
import type { CardActionAnswer, NudgeRun, OutboxMessage, ReminderClient } from '../../ports/reminder-client';
import { HttpClient, type HttpClientOptions } from './http-client';

export class ReminderApi implements ReminderClient {
  readonly receivesCards = true;
  private readonly http: HttpClient;

  constructor(options: HttpClientOptions) {
    this.http = new HttpClient(options);
  }

  async outbox(): Promise<readonly OutboxMessage[]> {
    return (await this.http.request<{ messages: OutboxMessage[] }>('GET', '/api/outbox')).messages;
  }

  cardAction(action: CardActionData, inputs: Readonly<Record<string, unknown>>, asOf: IsoDate): Promise<CardActionAnswer> {
    return this.http.request<CardActionAnswer>('POST', '/api/card-action', { action, inputs, asOf });
  }

  async nudgeBoards(): Promise<readonly string[]> {
    return (await this.http.request<{ boards: string[] }>('GET', '/api/remind/boards')).boards;
  }

  sendNudges(board: string, asOf: IsoDate): Promise<NudgeRun> {
    return this.http.request<NudgeRun>('POST', '/api/remind', { board, asOf });
  }
}
