import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDirectory } from '../../src/adapters/local/local-directory';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { startLocalServer, type RunningServer } from '../../src/server/create-server';

let server: RunningServer;
const secretary = 'morgan.ellis@colp.example';

beforeAll(async () => {
  server = await startLocalServer({ store: new SqliteStore(), directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: 'dist', port: 0 });
});
afterAll(() => server.close());

const send = (path: string, body: string, method = 'POST', type = 'application/json') =>
  fetch(`${server.url}${path}`, { method, body, headers: { 'Content-Type': type, Cookie: server.sessionCookie, 'X-Tracker-User': secretary } });

async function expect400(res: Response, field: RegExp): Promise<void> {
  expect(res.status).toBe(400);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: { code: string; field: string; message: string } };
  expect(body.error.code).toBe('INVALID_VALUE');
  expect(body.error.field).toMatch(field);
  expect(body.error.message).not.toMatch(/\n\s+at /);
}

describe('malformed bodies answer 400 or 415, never 500', () => {
  it.each(['null', '[]', '42', '"text"', 'true'])('a body of %s is not an object', async (body) => {
    await expect400(await send('/api/lists/actions/query', body), /^body$/);
    await expect400(await send('/api/items/actions/1', body, 'PATCH'), /^body$/);
    await expect400(await send('/api/assign', body), /^body$/);
  });

  it('application/jsonfoo is not JSON; a charset parameter is fine', async () => {
    expect((await send('/api/lists/actions/query', '{"where":[]}', 'POST', 'application/jsonfoo')).status).toBe(415);
    expect((await send('/api/lists/actions/query', '{"where":[]}', 'POST', 'text/plain')).status).toBe(415);
    expect((await send('/api/lists/actions/query', '{"where":[{"field":"kind","op":"eq","value":"action"}]}', 'POST', 'application/json; charset=utf-8')).status).toBe(200);
  });

  it('a query of 20,000 conditions or 40,000 "in" values is refused, naming the field', async () => {
    const many = { where: Array.from({ length: 20_000 }, () => ({ field: 'kind', op: 'eq', value: 'action' })) };
    await expect400(await send('/api/lists/actions/query', JSON.stringify(many)), /^where$/);
    const wide = { where: [{ field: 'kind', op: 'in', value: Array.from({ length: 40_000 }, (_, i) => `v${i}`) }] };
    await expect400(await send('/api/lists/actions/query', JSON.stringify(wide)), /^where\.0\.value$/);
  });

  it('an object as a value, a list outside "in" and a bad page size are refused', async () => {
    await expect400(await send('/api/lists/actions/query', JSON.stringify({ where: [{ field: 'kind', op: 'eq', value: { $gt: '' } }] })), /^where\.0\.value$/);
    await expect400(await send('/api/lists/actions/query', JSON.stringify({ where: [{ field: 'kind', op: 'eq', value: ['a'] }] })), /^where\.0\.value$/);
    await expect400(await send('/api/lists/actions/query', JSON.stringify({ where: [{ field: 'kind', op: 'in', value: 'a' }] })), /^where\.0\.value$/);
    await expect400(await send('/api/lists/actions/query', JSON.stringify({ where: [], top: 10_000 })), /^top$/);
    await expect400(await send('/api/lists/actions/query', JSON.stringify({ where: [], top: 'x' })), /^top$/);
    const ok = await send('/api/lists/actions/query', JSON.stringify({ where: [{ field: 'kind', op: 'in', value: ['action', 'deliverable'] }], top: 5 }));
    expect(ok.status).toBe(200);
  });
});

describe('paths that do not decode answer 400, never 500', () => {
  it.each(['%', '%E0%A4%A', 'report%2.pdf'])('an evidence file named %s', async (name) => {
    const res = await fetch(`${server.url}/api/evidence/actions/1/${name}`, { headers: { Cookie: server.sessionCookie, 'X-Tracker-User': secretary } });
    await expect400(res, /^name$/);
  });
});
