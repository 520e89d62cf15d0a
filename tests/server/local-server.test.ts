import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDirectory } from '../../src/adapters/local/local-directory';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { startLocalServer, type RunningServer } from '../../src/server/create-server';
import { anAction } from '../helpers/builders';

let server: RunningServer;
let store: SqliteStore;
const ds = 'd.service@colp.example';

beforeAll(async () => {
  store = new SqliteStore();
  server = await startLocalServer({
    store,
    directory: new LocalDirectory(LOCAL_PEOPLE),
    now: () => new Date('2024-04-15T09:00:00Z'),
    staticDir: 'dist',
    port: 0,
  });
});
afterAll(() => server.close());

const call = (path: string, init: RequestInit = {}, user: string | null = ds) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Cookie: server.sessionCookie, ...(user ? { 'X-Tracker-User': user } : {}), ...(init.headers ?? {}) },
  });

describe('the local server', () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('sends security headers and a CSP whose frame-ancestors lists the Teams hosts', async () => {
    const res = await call('/api/health');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toMatch(/frame-ancestors 'self' teams\.microsoft\.com \*\.teams\.microsoft\.com \*\.cloud\.microsoft/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeNull();
  });

  it('gzips a large JSON answer for a client that accepts it, and only then', async () => {
    for (let i = 0; i < 20; i += 1) {
      await store.add('actions', anAction({ owner: null, title: `compressible ${i}`, progress: 'The same words again and again. '.repeat(10) }));
    }
    const zipped = await call('/api/items?owner=unassigned', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(((await zipped.json()) as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(20);
    const { request } = await import('node:http');
    const plain = await new Promise<{ encoding: string | undefined; body: string }>((resolve, reject) => {
      request(`${server.url}/api/items?owner=unassigned`, { headers: { 'X-Tracker-User': ds, Cookie: server.sessionCookie } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body }));
      })
        .on('error', reject)
        .end();
    });
    expect(plain.encoding).toBeUndefined();
    expect(JSON.parse(plain.body).items.length).toBeGreaterThanOrEqual(20);
  });

  it('refuses a body over the size limit with 413', async () => {
    const res = await call('/api/items/actions/1', { method: 'PATCH', body: JSON.stringify({ edit: { progress: 'x'.repeat(1_100_000) } }) });
    expect(res.status).toBe(413);
  });

  it('refuses a body that is not JSON, and names the problem', async () => {
    const res = await call('/api/items/actions/1', { method: 'PATCH', body: '{nope' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/^body: is not valid JSON/);
  });

  it('names the field and value of a bad edit, and keeps the item unchanged', async () => {
    const a = await store.add('actions', anAction({ owner: { id: ds, displayName: 'DS' } }));
    const res = await call(`/api/items/actions/${a.id}`, { method: 'PATCH', body: JSON.stringify({ version: a.version, edit: { dueText: '31/02/2018' } }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'INVALID_VALUE', field: 'dueText', value: '31/02/2018' } });
    expect((await store.get('actions', a.id))?.version).toBe(a.version);
  });

  it('answers a stale save with 409 and the current item', async () => {
    const a = await store.add('actions', anAction({ owner: { id: ds, displayName: 'DS' } }));
    const ok = await call(`/api/items/actions/${a.id}`, { method: 'PATCH', body: JSON.stringify({ version: a.version, edit: { progress: 'first' } }) });
    expect(ok.status).toBe(200);
    const stale = await call(`/api/items/actions/${a.id}`, { method: 'PATCH', body: JSON.stringify({ version: a.version, edit: { progress: 'second' } }) });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.current.progress).toBe('first');
  });

  it('lists the items in a scope, and names a bad filter value', async () => {
    const mine = await store.add('actions', anAction({ owner: { id: ds, displayName: 'DS' }, dueText: '01/04/2024', title: 'listed overdue' }));
    const res = await call(`/api/items?owner=${encodeURIComponent(ds)}&due=overdue&asOf=2024-04-15`);
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as { items: Array<{ id: number; title: string }> };
    expect(items.map((i) => i.id)).toContain(mine.id);
    const bad = await call('/api/items?due=soon');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'INVALID_VALUE', field: 'due', value: 'soon' } });
  });

  it('asks who you are before any change', async () => {
    const res = await call('/api/items/actions/1', { method: 'PATCH', body: '{}' }, null);
    expect(res.status).toBe(401);
  });

  it('uses the London date as the default "as of" for my items', async () => {
    const res = await call('/api/my-items');
    expect((await res.json()).asOf).toBe('2024-04-15');
  });
});
