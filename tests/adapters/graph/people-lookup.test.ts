/**
 * Owner look-ups in bulk through Graph JSON $batch (≤ 20 requests each, as Graph allows),
 * against an HTTP-level Graph fake that refuses a bigger batch; and the same PeopleLookup
 * answered locally by the directory.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphPeopleLookup } from '../../../src/adapters/graph/graph-people-lookup';
import { directoryPeopleLookup } from '../../../src/adapters/local/directory-people-lookup';
import { LocalDirectory } from '../../../src/adapters/local/local-directory';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { runImport } from '../../../src/import/import-report';
import type { Person } from '../../../src/ports/directory';
import { LOCAL_PEOPLE } from '../../../src/seed/people';
import { FakeGraph, GRAPH } from '../../fakes/graph-fake';
import { FakeTenantDirectory, GUEST, RENAMED } from '../../fakes/tenant-directory';

const directory = new FakeTenantDirectory();
directory.users.push(GUEST, RENAMED);
for (let i = 1; i <= 40; i += 1) {
  directory.users.push({ id: `00000000-0000-4000-8000-0000000001${String(i).padStart(2, '0')}`, displayName: `Owner ${i}`, mail: `owner.${i}@colp.example`, userPrincipalName: `owner.${i}@colp.example`, jobTitle: null });
}
// two people share a name: naming them is no match
directory.users.push({ id: 'twin-1', displayName: 'Alex Twin', mail: 'alex.twin1@colp.example', userPrincipalName: 'alex.twin1@colp.example', jobTitle: null });
directory.users.push({ id: 'twin-2', displayName: 'Alex Twin', mail: 'alex.twin2@colp.example', userPrincipalName: 'alex.twin2@colp.example', jobTitle: null });
const graph = new FakeGraph(directory);
const server = setupServer(...graph.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  graph.httpRequests = 0;
  graph.batchSizes.length = 0;
});

const lookup = (otherMails = false) => new GraphPeopleLookup(async () => 'app-token', { otherMails, sleep: async () => undefined });

describe('the Graph fake’s $batch', () => {
  it('refuses more than 20 requests in one batch, as Graph does', async () => {
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i), method: 'GET', url: '/users?$top=1' }));
    const response = await fetch(`${GRAPH}/$batch`, { method: 'POST', headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' }, body: JSON.stringify({ requests }) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('BadRequest');
  });

  it('refuses otherMails with "or" unless the query is an advanced one', async () => {
    const filter = encodeURIComponent("mail eq 'x@y.z' or otherMails/any(m:m eq 'x@y.z')");
    const response = await fetch(`${GRAPH}/users?$filter=${filter}`, { headers: { Authorization: 'Bearer t' } });
    expect(response.status).toBe(400);
  });
});

describe('GraphPeopleLookup', () => {
  it('finds people by UPN, by a mail that is not their UPN, by a guest’s own address, and by name', async () => {
    const found = await lookup(true).find([
      { by: 'address', text: 'owner.3@colp.example' },
      { by: 'address', text: 'Jo.Kerr@colp.example' },
      { by: 'address', text: 'ann@fabrikam.com' },
      { by: 'name', text: 'Owner 7' },
      { by: 'name', text: 'Alex Twin' },
      { by: 'address', text: 'nobody@colp.example' },
      { by: 'name', text: "O'Brien" },
    ]);
    expect(found).toEqual([
      { id: 'owner.3@colp.example', displayName: 'Owner 3' },
      { id: 'jo.whitfield@colp.example', displayName: 'Jo Whitfield-Kerr' },
      { id: 'ann_fabrikam.com#ext#@contoso.onmicrosoft.com', displayName: 'Ann Guest (Fabrikam)' },
      { id: 'owner.7@colp.example', displayName: 'Owner 7' },
      null,
      null,
      null,
    ]);
    expect(graph.httpRequests).toBe(1);
  });

  it('asks about 60 distinct people in 3 requests of at most 20, however often they repeat', async () => {
    const queries = Array.from({ length: 180 }, (_, i) => ({ by: 'address' as const, text: `person.${i % 60}@colp.example` }));
    const found = await lookup().find(queries);
    expect(found).toHaveLength(180);
    expect(graph.batchSizes).toEqual([20, 20, 20]);
    expect(graph.httpRequests).toBe(3);
  });
});

describe('an import of 1,000 rows naming 60 owners', () => {
  const secretary = LOCAL_PEOPLE.find((p) => p.role === 'secretary') as Person;
  const owners = [
    ...Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? `Owner ${i + 1}` : `owner.${i + 1}@colp.example`)),
    'ann@fabrikam.com',
    'jo.kerr@colp.example',
    ...Array.from({ length: 18 }, (_, i) => `Ch Supt ${i + 1}`),
  ];
  const csv = (): Uint8Array => {
    const lines = ['Inspection,Published,No,Recommendation,Status,Due,Owner,Comment'];
    for (let i = 1; i <= 1000; i += 1) {
      lines.push(`Custody 2024,March 2024,${i},Recommendation ${i},AMBER,Aug-24,${owners[i % owners.length]},note ${i}`);
    }
    return new TextEncoder().encode(lines.join('\n'));
  };

  it('looks its owners up in at most 4 Graph requests, and keeps the unknown ones as written', async () => {
    const store = new SqliteStore();
    const report = await runImport(store, lookup(), 'owners.csv', csv(), { preview: false, strict: false, author: secretary, at: '2024-05-01T09:00:00.000Z' });
    expect(report.applied?.created).toBe(1000);
    expect(graph.httpRequests).toBeLessThanOrEqual(4);
    expect(Math.max(...graph.batchSizes)).toBeLessThanOrEqual(20);
    const recs = store.db.prepare('SELECT OwnerText AS ownerText, Owner AS ownerId FROM recommendations').all() as Array<{ ownerText: string; ownerId: string | null }>;
    const byText = new Map(recs.map((r) => [r.ownerText, r.ownerId]));
    expect(byText.get('Owner 1')).toBe('owner.1@colp.example');
    expect(byText.get('owner.2@colp.example')).toBe('owner.2@colp.example');
    expect(byText.get('jo.kerr@colp.example')).toBe('jo.whitfield@colp.example');
    expect(byText.get('Ch Supt 3')).toBeNull();
  });

  it('is refused for someone who is not a board secretary, in both modes’ use case', async () => {
    const owner = LOCAL_PEOPLE.find((p) => p.role === 'owner') as Person;
    const lead = LOCAL_PEOPLE.find((p) => p.role === 'lead') as Person;
    for (const who of [owner, lead]) {
      await expect(runImport(new SqliteStore(), directoryPeopleLookup(new LocalDirectory(LOCAL_PEOPLE)), 'x.csv', csv(), { preview: true, strict: false, author: who, at: '2024-05-01T09:00:00.000Z' })).rejects.toThrow(
        `${who.displayName} may not import: only a board secretary can`
      );
    }
  });
});
