import { setupServer } from 'msw/node';
import { GraphDirectory } from '../../src/adapters/graph/graph-directory';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { M365TrackerClient } from '../../src/ui/m365/m365-client';
import { FakeGraph } from '../fakes/graph-fake';
import { SITE, provisionDirectly } from '../fakes/provisioned-site';
import { FakeSharePoint } from '../fakes/sharepoint-fake';
import { trackerClientContract } from '../ports/tracker-client.contract';

trackerClientContract('Microsoft 365 mode (M365TrackerClient → SharePoint and Graph fakes)', async () => {
  const sharepoint = new FakeSharePoint(SITE);
  provisionDirectly(sharepoint);
  const graph = new FakeGraph();
  for (const [i, p] of LOCAL_PEOPLE.entries()) {
    sharepoint.addUser(p.id, p.displayName);
    graph.users.push({ id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, displayName: p.displayName, mail: p.id, userPrincipalName: p.id, jobTitle: p.jobTitle });
  }
  const server = setupServer(...sharepoint.handlers(), ...graph.handlers());
  server.listen({ onUnhandledRequest: 'error' });
  const storeAs = (id: string) => new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => `user:${id}`, throttle: { sleep: async () => undefined } }), SITE);
  // seeded as `tracker seed` does it: app-only, so the history keeps the authors the sources name
  const admin = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined } }), SITE);
  await loadSeed(admin, planSeed(readSeed(), LOCAL_PEOPLE));
  return {
    clientFor: (id) => {
      const person = LOCAL_PEOPLE.find((p) => p.id === id);
      if (!person) {
        throw new Error(`${id} is not in the directory`);
      }
      return new M365TrackerClient(storeAs(id), new GraphDirectory(async () => `user:${id}`), person);
    },
    store: admin,
    close: async () => server.close(),
  };
});
