import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { M365RoundClient } from '../../src/ui/m365/m365-round-client';
import { SITE, startFakeSite } from '../fakes/provisioned-site';
import { roundClientContract } from '../ports/round-client.contract';

roundClientContract('Microsoft 365 mode (M365RoundClient → SharePoint fake)', async () => {
  const site = startFakeSite();
  for (const p of LOCAL_PEOPLE) {
    site.fake.addUser(p.id, p.displayName);
  }
  const spAs = (id: string) => createSp({ siteUrl: SITE, getToken: async () => `user:${id}`, throttle: { sleep: async () => undefined } });
  return {
    clientFor: (id) => {
      const person = LOCAL_PEOPLE.find((p) => p.id === id);
      if (!person) {
        throw new Error(`${id} is not in the directory`);
      }
      return new M365RoundClient(new SharePointStore(spAs(id), SITE), person);
    },
    store: new SharePointStore(spAs('admin@colp.example'), SITE),
    storeFor: (id) => new SharePointStore(spAs(id), SITE),
    received: null,
    close: async () => site.close(),
  };
});
