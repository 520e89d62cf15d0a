/**
 * Requests to seed the 544 seed records onto SharePoint (HTTP-level fake): our bulk load
 * ($batch of ≤ 100, source keys looked up 20 to a query) beside one record at a time (look
 * up its source key, add it, read it back), as the seed loaded before it was batched.
 */
import { setupServer } from 'msw/node';
import type { ListKey, ListRecords } from '../src/core/model';
import { createSp } from '../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../src/adapters/sharepoint/sharepoint-store';
import { loadSeed } from '../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../src/seed/people';
import { readSeed } from '../src/seed/read-seed';
import { planSeed, type SeedPlan } from '../src/seed/seed-plan';
import { SITE, provisionDirectly } from '../tests/fakes/provisioned-site';
import { FakeSharePoint } from '../tests/fakes/sharepoint-fake';

async function oneAtATime(store: SharePointStore, plan: SeedPlan): Promise<void> {
  const ids = new Map<string, number>();
  const put = async <L extends ListKey>(list: L, planned: SeedPlan[keyof SeedPlan]): Promise<void> => {
    for (const { record, refs } of planned as unknown as ReadonlyArray<{ record: ListRecords[L]; refs: Record<string, string> }>) {
      const resolved: Record<string, unknown> = { ...record };
      for (const [field, key] of Object.entries(refs)) {
        resolved[field] = ids.get(key);
      }
      const key = (record as { sourceKey?: string | null }).sourceKey ?? null;
      if (key) {
        await store.query(list, { where: [{ field: 'sourceKey', op: 'eq', value: key }], top: 1 });
      }
      const added = await store.add(list, resolved as ListRecords[L]);
      if (key) {
        ids.set(key, added.id);
      }
    }
  };
  await put('boards', plan.boards);
  await put('workstreams', plan.workstreams);
  await put('actions', plan.actions);
  await put('inspections', plan.inspections);
  await put('recommendations', plan.recommendations);
  await put('updates', plan.highlights);
}

export async function seedRequests(): Promise<{ records: number; bulk: number; oneByOne: number }> {
  const plan = planSeed(readSeed(), LOCAL_PEOPLE);
  const records = Object.values(plan).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0);
  const run = async (load: (store: SharePointStore) => Promise<unknown>): Promise<number> => {
    const fake = new FakeSharePoint(SITE);
    provisionDirectly(fake);
    for (const person of LOCAL_PEOPLE) {
      fake.addUser(person.id, person.displayName);
    }
    const server = setupServer(...fake.handlers());
    server.listen({ onUnhandledRequest: 'error' });
    try {
      await load(new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'bench' }), SITE));
      return fake.httpRequestCount();
    } finally {
      server.close();
    }
  };
  return { records, bulk: await run((s) => loadSeed(s, plan)), oneByOne: await run((s) => oneAtATime(s, plan)) };
}
