import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { SharePointEvidenceStore } from '../../src/adapters/sharepoint/sp-evidence';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { M365ClosureClient } from '../../src/ui/m365/m365-closure-client';
import { SITE, startFakeSite } from '../fakes/provisioned-site';
import { closureClientContract } from '../ports/closure-client.contract';

closureClientContract('Microsoft 365 mode (M365ClosureClient → SharePoint fake, evidence as item attachments)', async () => {
  const site = startFakeSite();
  for (const p of LOCAL_PEOPLE) {
    site.fake.addUser(p.id, p.displayName);
  }
  const spAs = (id: string) => createSp({ siteUrl: SITE, getToken: async () => `user:${id}`, throttle: { sleep: async () => undefined } });
  const admin = spAs('admin@colp.example');
  return {
    clientFor: (id) => {
      const person = LOCAL_PEOPLE.find((p) => p.id === id);
      if (!person) {
        throw new Error(`${id} is not in the directory`);
      }
      const sp = spAs(id);
      return new M365ClosureClient(new SharePointStore(sp, SITE), sp, SITE, person);
    },
    store: new SharePointStore(admin, SITE),
    evidence: new SharePointEvidenceStore(admin, SITE),
    close: async () => site.close(),
  };
});
