import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { listPlans, planDetail } from '../../src/services/plans';
import { listWorkstreams } from '../../src/services/workstreams';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { SITE, startFakeSite } from '../fakes/provisioned-site';

describe('screens read SharePoint in a few requests, not one per row (seeds on the HTTP-level fake)', () => {
  let site: ReturnType<typeof startFakeSite>;
  // one store for the session, as the tab holds one: it has read the site's time zone already
  let session: SharePointStore;
  const store = () => session;
  beforeAll(async () => {
    site = startFakeSite();
    for (const person of LOCAL_PEOPLE) {
      site.fake.addUser(person.id, person.displayName);
    }
    session = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'app-token', throttle: { sleep: async () => undefined } }), SITE);
    await loadSeed(store(), planSeed(readSeed(), LOCAL_PEOPLE));
  }, 120_000);
  afterAll(() => site.close());

  it('an action plan with dozens of objectives: its actions in one $batch, not a request per objective', async () => {
    const [plan] = await listPlans(store());
    expect(plan?.objectives).toBeGreaterThan(20);
    site.fake.resetCounts();
    const detail = await planDetail(store(), plan?.boardId as never);
    expect(detail.actions).toBe(plan?.actions);
    expect(site.fake.httpRequestCount()).toBeLessThanOrEqual(4);
  });

  it('the plans list counts actions under objectives without reading every action on the site', async () => {
    site.fake.resetCounts();
    const plans = await listPlans(store());
    expect(plans.length).toBeGreaterThan(0);
    expect(site.fake.requests.filter((r) => !r.inBatch && /getByTitle\('Actions'\)/.test(decodeURIComponent(r.url)))).toHaveLength(0);
    expect(site.fake.httpRequestCount()).toBeLessThanOrEqual(4);
  });

  it('workstreams and their deliverables: one $batch for every workstream', async () => {
    site.fake.resetCounts();
    const streams = await listWorkstreams(store());
    expect(streams.length).toBeGreaterThanOrEqual(6);
    expect(site.fake.httpRequestCount()).toBeLessThanOrEqual(3);
  });
});
