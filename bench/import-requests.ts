/**
 * SharePoint requests for a 1,000-row import (HTTP-level fake): ours — new items added in $batch
 * requests of ≤ 100 — beside one item at a time (each add, and its read-back, a request of its
 * own), as imports wrote before they were batched.
 */
import { setupServer } from 'msw/node';
import { directoryPeopleLookup } from '../src/adapters/local/directory-people-lookup';
import { LocalDirectory } from '../src/adapters/local/local-directory';
import { createSp } from '../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../src/adapters/sharepoint/sharepoint-store';
import type { ListKey, ListRecords, Stored } from '../src/core/model';
import { importFile } from '../src/import/import-file';
import { LOCAL_PEOPLE } from '../src/seed/people';
import { SITE, provisionDirectly } from '../tests/fakes/provisioned-site';
import { FakeSharePoint } from '../tests/fakes/sharepoint-fake';
import { makeCsv } from './import-rows';

/** The store as imports used it before: one add (and its read-back) per new item. */
class OneAtATime extends SharePointStore {
  override async addMany<L extends ListKey>(list: L, records: readonly ListRecords[L][]): Promise<Array<Stored<L>>> {
    const out: Array<Stored<L>> = [];
    for (const record of records) {
      out.push(await this.add(list, record));
    }
    return out;
  }
}

export async function importRequests(rows: number): Promise<{ rows: number; batched: number; oneByOne: number }> {
  const csv = makeCsv(rows);
  const run = async (make: (sp: ReturnType<typeof createSp>) => SharePointStore): Promise<number> => {
    const fake = new FakeSharePoint(SITE);
    provisionDirectly(fake);
    for (const person of LOCAL_PEOPLE) {
      fake.addUser(person.id, person.displayName);
    }
    const server = setupServer(...fake.handlers());
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const store = make(createSp({ siteUrl: SITE, getToken: async () => 'bench' }));
      const { result } = await importFile(store, directoryPeopleLookup(new LocalDirectory(LOCAL_PEOPLE)), 'bench.csv', csv, {
        author: { id: 'bench', displayName: 'bench' },
        at: new Date().toISOString(),
      });
      if (result?.created !== rows) {
        throw new Error(`bench: expected ${rows} created, got ${result?.created}`);
      }
      return fake.httpRequestCount();
    } finally {
      server.close();
    }
  };
  return {
    rows,
    batched: await run((sp) => new SharePointStore(sp, SITE)),
    oneByOne: await run((sp) => new OneAtATime(sp, SITE)),
  };
}
