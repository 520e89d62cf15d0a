/** The tab's client of the local server's board-pack endpoints (local mode). */
import type { ChangeReport } from '../../core/board-changes';
import type { BoardPack } from '../../core/board-pack';
import type { IsoDate } from '../../core/dates';
import type { PackClient } from '../../ports/pack-client';
import type { SnapshotInfo } from '../../ports/snapshot-store';
import { HttpClient, type HttpClientOptions } from './http-client';

export class PackApi implements PackClient {
  private readonly http: HttpClient;

  constructor(options: HttpClientOptions) {
    this.http = new HttpClient(options);
  }

  async boards(): Promise<readonly string[]> {
    return (await this.http.request<{ boards: string[] }>('GET', '/api/packs/boards')).boards;
  }

  pack(board: string, meeting: IsoDate | null, asOf: IsoDate): Promise<BoardPack> {
    const query = new URLSearchParams({ board, asOf, ...(meeting ? { meeting } : {}) });
    return this.http.request<BoardPack>('GET', `/api/packs?${query.toString()}`);
  }

  async changes(): Promise<readonly ChangeReport[]> {
    return (await this.http.request<{ reports: ChangeReport[] }>('GET', '/api/packs/changes')).reports;
  }

  freeze(board: string, meeting: IsoDate | null): Promise<SnapshotInfo & { items: number }> {
    return this.http.request('POST', '/api/packs/freeze', { board, meeting });
  }
}
