import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { SHAREPOINT_BATCH_LIMIT } from '../../src/ports/tracker-store';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { SITE, startFakeSite } from '../fakes/provisioned-site';

describe('seeding a SharePoint site (HTTP-level fake)', () => {
  let site: ReturnType<typeof startFakeSite>;
  beforeAll(() => {
    site = startFakeSite();
    for (const person of LOCAL_PEOPLE) {
      site.fake.addUser(person.id, person.displayName);
    }
  });
  afterAll(() => site.close());
  const store = () => new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'app-token', throttle: { sleep: async () => undefined } }), SITE);
  const plan = planSeed(readSeed(), LOCAL_PEOPLE);
  const records = plan.boards.length + plan.workstreams.length + plan.actions.length + plan.inspections.length + plan.recommendations.length + plan.highlights.length;

  it('writes every seed record in batches of at most 100 operations, a few dozen requests in all', async () => {
    site.fake.resetCounts();
    const counts = await loadSeed(store(), plan);
    expect(counts).toEqual({ created: records, existing: 0 });
    const requests = site.fake.httpRequestCount();
    // one request per record (plus a read-back) would be over 1,000
    expect(requests).toBeLessThan(records / 5);
    const batches = site.fake.requests.filter((r) => !r.inBatch && r.url.endsWith('/_api/$batch')).length;
    expect(site.fake.requests.filter((r) => r.inBatch).length).toBeLessThanOrEqual(batches * SHAREPOINT_BATCH_LIMIT);
  }, 120_000);

  it('a second run finds everything by source key and writes nothing', async () => {
    site.fake.resetCounts();
    expect(await loadSeed(store(), plan)).toEqual({ created: 0, existing: records });
    expect(site.fake.writeRequestCount()).toBe(0);
  }, 120_000);
});
