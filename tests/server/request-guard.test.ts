import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDirectory } from '../../src/adapters/local/local-directory';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { startLocalServer, type RunningServer } from '../../src/server/create-server';
import { allowedHosts, isLoopbackHost } from '../../src/server/request-guard';
import { anAction } from '../helpers/builders';

let server: RunningServer;
let store: SqliteStore;
let port: number;
const secretary = 'morgan.ellis@colp.example';

// dist/ beside a sibling whose name starts with it, as dist-e2e-m365 sits beside dist
const root = mkdtempSync(join(tmpdir(), 'tracker-guard-'));
mkdirSync(join(root, 'dist'));
mkdirSync(join(root, 'dist-secret'));
writeFileSync(join(root, 'dist', 'index.html'), '<!doctype html><title>tab</title>');
writeFileSync(join(root, 'dist-secret', 'x.txt'), 'sibling secret');

beforeAll(async () => {
  store = new SqliteStore();
  server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: join(root, 'dist'), port: 0 });
  port = Number(new URL(server.url).port);
});
afterAll(() => server.close());

type Answer = Readonly<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>;

/** A raw request: node's http client lets a test write any Host, Origin or path, as an attacker can. */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers ?? {} }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const own = () => ({ Host: `127.0.0.1:${port}` });

describe('the request guard: DNS rebinding', () => {
  it('answers 421 to a request addressed to any other name, even one that reached 127.0.0.1', async () => {
    for (const host of [`attacker.example:${port}`, 'attacker.example', `127.0.0.1:${port + 1}`, `localhost.attacker.example:${port}`]) {
      const page = await raw('/', { headers: { Host: host } });
      expect(page.status, host).toBe(421);
      expect(page.headers['set-cookie'], host).toBeUndefined();
      const api = await raw('/api/workstreams', { headers: { Host: host, Cookie: server.sessionCookie } });
      expect(api.status, host).toBe(421);
    }
  });

  it('answers at its own loopback names', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect((await raw('/', { headers: { Host: host } })).status, host).toBe(200);
    }
  });

  it('knows which names are loopback, and what a network binding adds', () => {
    expect(['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.5', 'localhost.example'].some(isLoopbackHost)).toBe(false);
    expect([...allowedHosts('127.0.0.1', 4280)].sort()).toEqual(['127.0.0.1:4280', '[::1]:4280', 'localhost:4280']);
    expect(allowedHosts('192.168.1.5', 4280).has('192.168.1.5:4280')).toBe(true);
    expect(allowedHosts('127.0.0.1', 80).has('localhost')).toBe(true);
  });
});

describe('the request guard: the per-launch secret', () => {
  it('sets it with the page as an HttpOnly, SameSite=Strict cookie', async () => {
    const page = await raw('/', { headers: own() });
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toContain(server.sessionCookie);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
  });

  it('is required by every API route but health, reading and writing alike', async () => {
    for (const path of ['/api/workstreams', '/api/my-items', '/api/items', '/api/people?search=a']) {
      const res = await raw(path, { headers: { ...own(), 'X-Tracker-User': secretary } });
      expect(res.status, path).toBe(403);
      expect(JSON.parse(res.body).error.code).toBe('NO_SESSION');
      const wrong = await raw(path, { headers: { ...own(), 'X-Tracker-User': secretary, Cookie: `${server.sessionCookie.split('=')[0]}=guessed` } });
      expect(wrong.status, path).toBe(403);
      const ok = await raw(path, { headers: { ...own(), 'X-Tracker-User': secretary, Cookie: `other=1; ${server.sessionCookie}` } });
      expect(ok.status, path).toBe(200);
    }
    expect((await raw('/api/health', { headers: own() })).status).toBe(200);
  });

  it('differs from launch to launch', async () => {
    const other = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: join(root, 'dist'), port: 0 });
    try {
      expect(other.sessionCookie.split('=')[1]).not.toBe(server.sessionCookie.split('=')[1]);
    } finally {
      await other.close();
    }
  });
});

describe('the request guard: cross-site writes', () => {
  it('refuses a state-changing request from a foreign Origin, even with the secret', async () => {
    const a = await store.add('actions', anAction({ title: 'guarded' }));
    for (const origin of ['http://attacker.example', `http://attacker.example:${port}`, 'null', `http://127.0.0.1:${port + 1}`]) {
      const res = await raw(`/api/items/actions/${a.id}`, {
        method: 'PATCH',
        headers: { ...own(), Origin: origin, Cookie: server.sessionCookie, 'X-Tracker-User': secretary, 'Content-Type': 'application/json' },
        body: JSON.stringify({ version: a.version, edit: { progress: 'rewritten' } }),
      });
      expect(res.status, origin).toBe(403);
      expect(JSON.parse(res.body).error.code).toBe('FOREIGN_ORIGIN');
    }
    expect((await store.get('actions', a.id))?.progress).toBe(a.progress);
    const mine = await raw(`/api/items/actions/${a.id}`, {
      method: 'PATCH',
      headers: { ...own(), Origin: `http://127.0.0.1:${port}`, Cookie: server.sessionCookie, 'X-Tracker-User': secretary, 'Content-Type': 'application/json' },
      body: JSON.stringify({ version: a.version, edit: { progress: 'from the tab' } }),
    });
    expect(mine.status).toBe(200);
  });
});

describe('static files', () => {
  it('never reach a sibling folder whose name starts with the root', async () => {
    for (const path of ['/..%2Fdist-secret%2Fx.txt', '/%2E%2E%2Fdist-secret/x.txt', '/../dist-secret/x.txt']) {
      const res = await raw(path, { headers: own() });
      expect(res.body, path).not.toContain('sibling secret');
    }
  });

  it('answer a path that does not decode with 400 and a Content-Type, not 500', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/a%00b']) {
      const res = await raw(path, { headers: own() });
      expect(res.status, path).toBe(400);
      expect(res.headers['content-type'], path).toMatch(/^text\/plain/);
    }
  });
});
