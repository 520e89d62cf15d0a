/**
 * TrackerStore over the local server's /api/lists endpoints: the same contract as the SQLite
 * store, through HTTP. Versions travel as If-Match, as ETags do on SharePoint.
 */
import { NotFoundError } from '../../core/errors';
import type { ItemId, ListKey, ListRecords, Stored, Update, Version } from '../../core/model';
import { writeEachInTurn, type Change, type ListQuery, type Page, type TrackerStore, type Written } from '../../ports/tracker-store';
import { HttpClient, type HttpClientOptions } from './http-client';

export class HttpTrackerStore implements TrackerStore {
  private readonly http: HttpClient;

  constructor(options: HttpClientOptions) {
    this.http = new HttpClient(options);
  }

  async get<L extends ListKey>(list: L, id: ItemId): Promise<Stored<L> | null> {
    try {
      return await this.http.request<Stored<L>>('GET', `/api/lists/${list}/items/${id}`);
    } catch (error) {
      if (error instanceof NotFoundError) {
        return null;
      }
      throw error;
    }
  }

  query<L extends ListKey>(list: L, query: ListQuery): Promise<Page<Stored<L>>> {
    return this.http.request('POST', `/api/lists/${list}/query`, query);
  }

  queryMany<L extends ListKey>(requests: ReadonlyArray<readonly [L, ListQuery]>): Promise<Array<Page<Stored<L>>>> {
    return Promise.all(requests.map(([list, query]) => this.query(list, query)));
  }

  add<L extends ListKey>(list: L, record: ListRecords[L]): Promise<Stored<L>> {
    return this.http.request('POST', `/api/lists/${list}/items`, record);
  }

  /** one request per item, in order: the local server is on the same machine */
  async addMany<L extends ListKey>(list: L, records: readonly ListRecords[L][]): Promise<Array<Stored<L>>> {
    const out: Array<Stored<L>> = [];
    for (const record of records) {
      out.push(await this.add(list, record));
    }
    return out;
  }

  addEach<L extends ListKey>(list: L, records: readonly ListRecords[L][]): Promise<Written[]> {
    return writeEachInTurn(records, (record) => this.add(list, record));
  }

  updateEach<L extends ListKey>(list: L, changes: ReadonlyArray<Change<L>>): Promise<Written[]> {
    return writeEachInTurn(changes, (c) => this.update(list, c.id, c.version, c.patch));
  }

  update<L extends ListKey>(list: L, id: ItemId, expectedVersion: Version, patch: Partial<ListRecords[L]>): Promise<Stored<L>> {
    return this.http.request('PATCH', `/api/lists/${list}/items/${id}`, patch, { 'If-Match': expectedVersion });
  }

  updateWithHistory<L extends 'actions' | 'recommendations' | 'workstreams'>(
    list: L,
    id: ItemId,
    expectedVersion: Version,
    patch: Partial<ListRecords[L]>,
    update: Update
  ): Promise<Stored<L>> {
    return this.http.request('POST', `/api/lists/${list}/items/${id}/with-history`, { patch, update }, {
      'If-Match': expectedVersion,
    });
  }
}
