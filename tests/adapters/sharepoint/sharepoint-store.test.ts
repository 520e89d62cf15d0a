import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { trackerStoreContract } from '../../ports/tracker-store.contract';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';
import type { FakeSharePoint } from '../../fakes/sharepoint-fake';

let site: ReturnType<typeof startFakeSite>;
let fake: FakeSharePoint;

beforeAll(() => {
  site = startFakeSite();
  fake = site.fake;
});
afterAll(() => site.close());

const makeStore = () =>
  new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'test-token', throttle: { sleep: async () => undefined } }), SITE);

trackerStoreContract('SharePoint (HTTP-level fake)', makeStore);

describe('SharePointStore over HTTP', () => {
  it('is exercised through the fake, not around it', () => {
    expect(fake.httpRequestCount()).toBeGreaterThan(0);
  });
});
