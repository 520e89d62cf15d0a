/**
 * The TrackerStore contract against SharePoint sites in other time zones than the default UK
 * one (sharepoint-store.test.ts): one east of UTC without daylight saving (Tokyo) and one where
 * noon UTC is already the next day in summer (Auckland). Due dates must come back as the same
 * calendar day, and day bounds in filters must hold on the day itself, on every site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';
import { FakeTenantDirectory } from '../../fakes/tenant-directory';
import { AUCKLAND_SITE, TOKYO_SITE, type FakeTimeZone } from '../../fakes/sharepoint-fake';
import { anAction } from '../../helpers/builders';
import { trackerStoreContract } from '../../ports/tracker-store.contract';

const SITES: Array<[string, FakeTimeZone, string]> = [
  ['a site east of UTC (Tokyo, UTC+9)', TOKYO_SITE, '2024-06-14T15:00:00Z'],
  ['a site where noon UTC is tomorrow in summer (Auckland, UTC+12/+13)', AUCKLAND_SITE, '2024-06-14T12:00:00Z'],
];

for (const [label, zone, stored] of SITES) {
  describe(`SharePoint on ${label}`, () => {
    let site: ReturnType<typeof startFakeSite>;
    beforeAll(() => {
      // the contract makes up owners as it goes: everyone at colp.example is a member of this tenant
      site = startFakeSite({ directory: new FakeTenantDirectory(['colp.example']) });
      site.fake.timeZone = zone;
    });
    afterAll(() => site.close());
    const makeStore = () => new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'test-token', throttle: { sleep: async () => undefined } }), SITE);

    trackerStoreContract(label, makeStore);

    it('stores a due date as SharePoint does there (midnight of the site’s day, in UTC), read once from RegionalSettings', async () => {
      const store = makeStore();
      site.fake.resetCounts();
      const saved = await store.add('actions', anAction({ dueText: '15/06/2024' }));
      expect(saved.dueDate).toBe('2024-06-15');
      expect(site.fake.list('Actions')?.items.get(saved.id)?.data.DueDate).toBe(stored);
      await store.add('actions', anAction({ dueText: '16/06/2024' }));
      expect(site.fake.requests.filter((r) => /regionalsettings\/timezone/i.test(r.url))).toHaveLength(1);
    });
  });
}
