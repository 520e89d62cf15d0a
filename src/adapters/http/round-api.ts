/** The tab's client of the local server's update-round endpoints (local mode); see server/round-routes.ts. */
import type { ItemId } from '../../core/model';
import type { RoundSummary, RoundView } from '../../core/update-round';
import type { RemindResult, RoundBoard, RoundClient } from '../../ports/round-client';
import { HttpClient, type HttpClientOptions } from './http-client';

export class HttpRoundClient implements RoundClient {
  private readonly http: HttpClient;
  /** locally the server sends them to the Outbox */
  readonly canSendReminders = true;

  constructor(options: HttpClientOptions) {
    this.http = new HttpClient(options);
  }

  async boards(): Promise<readonly RoundBoard[]> {
    return (await this.http.request<{ boards: RoundBoard[] }>('GET', '/api/rounds/boards')).boards;
  }

  async list(): Promise<readonly RoundSummary[]> {
    return (await this.http.request<{ rounds: RoundSummary[] }>('GET', '/api/rounds')).rounds;
  }

  async open(boardId: ItemId, meetingDate: string): Promise<RoundSummary> {
    return (await this.http.request<{ round: RoundSummary }>('POST', '/api/rounds', { boardId, meetingDate })).round;
  }

  view(id: ItemId): Promise<RoundView> {
    return this.http.request('GET', `/api/rounds/${Number(id)}`);
  }

  remindMissing(id: ItemId): Promise<RemindResult> {
    return this.http.request('POST', `/api/rounds/${Number(id)}/remind`, {});
  }
}
