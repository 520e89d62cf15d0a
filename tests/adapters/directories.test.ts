import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDirectory } from '../../src/adapters/graph/graph-directory';
import { LocalDirectory } from '../../src/adapters/local/local-directory';
import { CONTRACT_PEOPLE, directoryContract } from '../ports/directory.contract';
import { FakeGraph } from '../fakes/graph-fake';

const graph = new FakeGraph();
graph.users.push(
  ...CONTRACT_PEOPLE.map((p, i) => ({ id: `0000000${i}-0000-4000-8000-000000000000`, displayName: p.displayName, mail: p.mail, userPrincipalName: p.mail, jobTitle: p.jobTitle }))
);
const server = setupServer(...graph.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

directoryContract('local', () =>
  new LocalDirectory(CONTRACT_PEOPLE.map((p) => ({ id: p.mail, mail: p.mail, displayName: p.displayName, jobTitle: p.jobTitle, aliases: [], role: 'owner' as const })))
);
directoryContract('Microsoft Graph (HTTP-level fake)', () => new GraphDirectory(async () => 'graph-token'));

describe('GraphDirectory', () => {
  it('sends ConsistencyLevel: eventual with $search, and asks for 10 at most by default', async () => {
    graph.requests.length = 0;
    await new GraphDirectory(async () => 't').search('sam');
    const [request] = graph.requests;
    expect(request?.consistencyLevel).toBe('eventual');
    expect(new URL(request?.url ?? '').searchParams.get('$top')).toBe('10');
    expect(new URL(request?.url ?? '').searchParams.get('$select')).toBe('id,displayName,mail,userPrincipalName,jobTitle');
  });

  it('retries a throttled search after Retry-After', async () => {
    graph.throttle = { remaining: 1, retryAfter: '0' };
    const found = await new GraphDirectory(async () => 't').search('phil');
    expect(found.map((p) => p.displayName)).toEqual(['Phil Pepper']);
  });
});
