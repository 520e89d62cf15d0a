/**
 * `tracker seed` on a tenant invents nobody: the seed's owners are looked up in the
 * organisation's directory (Graph, batched) and only people it holds become owners; every
 * other owner stays as written with no person. Seeded into the SharePoint fake, whose
 * ensureUser would refuse an invented person anyway.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphPeopleLookup } from '../../src/adapters/graph/graph-people-lookup';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { queryAll } from '../../src/ports/tracker-store';
import { loadSeed } from '../../src/seed/load-seed';
import { readSeed } from '../../src/seed/read-seed';
import { seedOwnerTexts, seedPeopleFromDirectory } from '../../src/seed/seed-people';
import { planSeed } from '../../src/seed/seed-plan';
import { FakeGraph } from '../fakes/graph-fake';
import { SITE, provisionDirectly } from '../fakes/provisioned-site';
import { FakeSharePoint } from '../fakes/sharepoint-fake';
import { FakeTenantDirectory } from '../fakes/tenant-directory';

// The tenant has one person whose display name is an owner the 2012 plan writes in full.
const directory = new FakeTenantDirectory();
directory.users.push({ id: 'pp-1', displayName: 'Phil Pepper', mail: 'p.pepper@colp.example', userPrincipalName: 'phil.pepper@tenant.example', jobTitle: null });
const sharepoint = new FakeSharePoint(SITE, directory);
provisionDirectly(sharepoint);
const graph = new FakeGraph(directory);
const server = setupServer(...sharepoint.handlers(), ...graph.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('seeding Microsoft 365 from the directory', () => {
  it('finds only the people the directory has, in batched look-ups, and keeps the rest as written', async () => {
    const seed = readSeed();
    const texts = seedOwnerTexts(seed);
    expect(texts).toEqual(expect.arrayContaining(['DS', 'Phil Pepper']));
    graph.httpRequests = 0;
    const people = await seedPeopleFromDirectory(seed, new GraphPeopleLookup(async () => 'app-token'));
    expect(people.map((p) => [p.id, p.aliases])).toEqual([['phil.pepper@tenant.example', ['Phil Pepper']]]);
    expect(graph.httpRequests).toBe(Math.ceil(texts.length / 20));

    const store = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'app-token', throttle: { sleep: async () => undefined } }), SITE);
    await loadSeed(store, planSeed(seed, people));
    const actions = await queryAll(store, 'actions', { where: [{ field: 'id', op: 'gt', value: 0 }] });
    const owners = new Set(actions.map((a) => a.owner?.id ?? null));
    expect([...owners].filter(Boolean)).toEqual(['phil.pepper@tenant.example']);
    const ds = actions.filter((a) => a.ownerText === 'DS');
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((a) => a.owner === null)).toBe(true);
    // nobody was added to the site who is not in the directory
    expect([...sharepoint.users.keys()]).toEqual(['phil.pepper@tenant.example']);
  }, 120_000);
});
