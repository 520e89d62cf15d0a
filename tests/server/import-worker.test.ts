/**
 * The local server imports in a worker thread over a connection of its own (issue 9: a
 * 20,000-row import once froze every request). Behaviour, not time: while the import holds
 * the database's write lock — it is applying its one transaction — the server answers other
 * requests, reads included, and the import's answer comes after theirs.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDirectory } from '../../src/adapters/local/local-directory';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { startLocalServer, type RunningServer } from '../../src/server/create-server';
import { recRows } from '../import/helpers';

const SECRETARY = 'morgan.ellis@colp.example';
const dir = mkdtempSync(join(tmpdir(), 'tracker-import-worker-'));
const file = join(dir, 'worker.db');
let store: SqliteStore;
let server: RunningServer;

beforeAll(async () => {
  store = new SqliteStore({ file });
  server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: 'dist', port: 0 });
});
afterAll(async () => {
  await server.close();
  store.close();
});

const post = (path: string, body: unknown, user = SECRETARY): Promise<Response> =>
  fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: server.sessionCookie, 'X-Tracker-User': user },
    body: JSON.stringify(body),
  });

const importBody = (csv: string) => ({ fileName: 'worker.csv', contentBase64: Buffer.from(csv).toString('base64') });

/** Whether some connection holds the database's write lock right now. */
function writeLockHeld(): boolean {
  const probe = new Database(file, { timeout: 0 });
  try {
    probe.exec('BEGIN IMMEDIATE');
    probe.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      return true;
    }
    throw error;
  } finally {
    probe.close();
  }
}

const count = (): number => (store.db.prepare('SELECT COUNT(*) AS n FROM recommendations').get() as { n: number }).n;

describe('an import on the local server', () => {
  it('runs beside other requests: asked while the import writes, they answer before it does', { timeout: 240_000 }, async () => {
    const before = count();
    const order: string[] = [];
    const importing = post('/api/import', importBody(recRows(20_000))).then(async (res) => {
      order.push('import');
      return { status: res.status, body: (await res.json()) as { applied?: { created: number } } };
    });
    let finished = false;
    void importing.then(() => (finished = true));
    // the import is inside its transaction once it holds the write lock
    await expect.poll(() => finished || writeLockHeld(), { timeout: 200_000, interval: 10 }).toBe(true);
    expect(finished, 'the import finished before it could be caught writing').toBe(false);
    const [health, items] = await Promise.all([
      fetch(`${server.url}/api/health`).then((r) => (order.push('health'), r.status)),
      // a read of the same database, from the server's own connection, while the worker writes
      fetch(`${server.url}/api/inspections`, { headers: { Cookie: server.sessionCookie } }).then(async (r) => (order.push('read'), r.status)),
    ]);
    expect([health, items]).toEqual([200, 200]);
    const done = await importing;
    expect(done.status, JSON.stringify(done.body).slice(0, 300)).toBe(200);
    expect(done.body.applied?.created).toBe(20_000);
    expect(order.indexOf('import')).toBe(2);
    // written through the worker's connection, read through the server's
    expect(count()).toBe(before + 20_000);
  });

  it('answers a refusal from the worker as the API always has: the field and the words', { timeout: 60_000 }, async () => {
    const missing = await post('/api/import', { fileName: 'x.csv' });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { code: string; field: string } }).error).toMatchObject({ code: 'INVALID_VALUE', field: 'contentBase64' });
    const notJson = await fetch(`${server.url}/api/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: server.sessionCookie, 'X-Tracker-User': SECRETARY },
      body: '{"fileName": ',
    });
    expect(notJson.status).toBe(400);
    const notAnImport = await post('/api/import', importBody('Colour,Shape\nred,round\n'));
    expect(notAnImport.status).toBe(400);
    expect(((await notAnImport.json()) as { error: { code: string; message: string } }).error.code).toBe('IMPORT_FORMAT');
  });

  it('is refused before the worker starts for someone who may not import', async () => {
    const res = await post('/api/import', importBody(recRows(1)), 'sam.okafor@colp.example');
    expect(res.status).toBe(403);
  });
});
