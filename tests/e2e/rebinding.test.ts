/**
 * The red team's DNS-rebinding attack, in a real Chromium: a foreign name mapped to
 * 127.0.0.1 (--host-resolver-rules) reaches the local server's port, so a page on that
 * name would be same-origin with it. The server must answer none of it; and a page on
 * another site must not be able to act through the tab a user has open.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const SECRETARY = 'morgan.ellis@colp.example';
const DS = 'd.service@colp.example';
const FOREIGN = 'attacker.test';

let h: Harness;
let port: number;
let attacker: Server;
let attackerPort: number;

beforeAll(async () => {
  h = await startHarness({ chromiumArgs: [`--host-resolver-rules=MAP ${FOREIGN} 127.0.0.1`] });
  port = Number(new URL(h.server.url).port);
  // another site: a page of its own, on the foreign name, on another port
  attacker = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>elsewhere</title><p>another site</p>');
  });
  await new Promise<void>((r) => attacker.listen(0, '127.0.0.1', () => r()));
  attackerPort = (attacker.address() as AddressInfo).port;
}, 120_000);
afterAll(async () => {
  await new Promise<void>((r) => attacker?.close(() => r()));
  await h?.close();
});

async function firstAction(): Promise<{ id: number; version: string; progress: string | null }> {
  const page = await h.store.query('actions', { where: [{ field: 'ref', op: 'eq', value: 'OD3-01' }], top: 1 });
  const a = page.items[0] as unknown as { id: number; version: string; progress: string | null };
  return a;
}

describe('a page on a foreign name that resolves to 127.0.0.1', () => {
  it('gets 421 for the tab and for every API call, reading or writing, and changes nothing', async () => {
    const context = await h.browser.newContext();
    try {
      const page = await context.newPage();
      const response = await page.goto(`http://${FOREIGN}:${port}/`);
      expect(response?.status()).toBe(421);
      expect(await page.locator('#main').count()).toBe(0);
      const before = await firstAction();
      // the attacker's script, running in the rebound origin, with the identity header any script can set
      const statuses = await page.evaluate(
        async ({ id, version, user }) => {
          const headers = { 'Content-Type': 'application/json', 'X-Tracker-User': user };
          const reads = await Promise.all(['/api/workstreams', '/api/items', '/api/my-items', `/api/items/actions/${id}`].map((p) => fetch(p, { headers }).then((r) => r.status)));
          const write = await fetch(`/api/items/actions/${id}`, { method: 'PATCH', headers, body: JSON.stringify({ version, edit: { progress: 'rebound' } }) }).then((r) => r.status);
          const raw = await fetch(`/api/lists/actions/items/${id}`, { method: 'PATCH', headers: { ...headers, 'If-Match': '*' }, body: JSON.stringify({ progress: 'raw' }) }).then((r) => r.status);
          return [...reads, write, raw];
        },
        { id: before.id, version: before.version, user: SECRETARY }
      );
      expect(statuses).toEqual([421, 421, 421, 421, 421, 421]);
      const after = await firstAction();
      expect(after.version).toBe(before.version);
      expect(after.progress).toBe(before.progress);
    } finally {
      await context.close();
    }
  });
});

describe('another site, while the user has the tab open', () => {
  it('can neither read the API nor change an item through the user’s browser', async () => {
    const context = await h.browser.newContext();
    try {
      await context.addInitScript((u) => localStorage.setItem('actionTracker.user', u), DS);
      const tab = await context.newPage();
      await tab.goto(`${h.server.url}/`);
      await tab.locator('#main').waitFor({ timeout: 30_000 });
      const before = await firstAction();
      const evil = await context.newPage();
      await evil.goto(`http://${FOREIGN}:${attackerPort}/`);
      const outcome = await evil.evaluate(
        async ({ base, id, version, user }) => {
          const tryRead = await fetch(`${base}/api/workstreams`, { credentials: 'include', headers: { 'X-Tracker-User': user } }).then(
            () => 'read',
            () => 'blocked'
          );
          // a "simple" request needs no preflight and is sent, cookies and all if the browser would send them
          await fetch(`${base}/api/items/actions/${id}`, { method: 'POST', mode: 'no-cors', credentials: 'include', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify({ version, edit: { progress: 'cross-site' } }) }).catch(() => undefined);
          const tryWrite = await fetch(`${base}/api/items/actions/${id}`, { method: 'PATCH', credentials: 'include', headers: { 'Content-Type': 'application/json', 'X-Tracker-User': user }, body: JSON.stringify({ version, edit: { progress: 'cross-site' } }) }).then(
            () => 'sent',
            () => 'blocked'
          );
          return { tryRead, tryWrite };
        },
        { base: h.server.url, id: before.id, version: before.version, user: DS }
      );
      expect(outcome).toEqual({ tryRead: 'blocked', tryWrite: 'blocked' });
      const after = await firstAction();
      expect(after.version).toBe(before.version);
    } finally {
      await context.close();
    }
  });
});

describe('the tab at its own loopback names', () => {
  it('works at localhost as at 127.0.0.1: the page hands it the secret and its saves go through', async () => {
    const context = await h.browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    try {
      await context.addInitScript((u) => localStorage.setItem('actionTracker.user', u), DS);
      const page = await context.newPage();
      await page.goto(`http://localhost:${port}/`);
      await page.getByRole('button', { name: /Audit of briefing process/ }).click({ timeout: 30_000 });
      const editor = page.getByTestId('item-editor');
      await editor.getByLabel('Progress').fill('Saved from localhost.');
      await editor.getByRole('button', { name: 'Save update' }).click();
      await editor.getByText('Saved. Your update is in the history below.').waitFor({ timeout: 30_000 });
      expect((await firstAction()).progress).toBe('Saved from localhost.');
      const cookies = await context.cookies(`http://localhost:${port}/`);
      expect(cookies).toEqual([expect.objectContaining({ httpOnly: true, sameSite: 'Strict' })]);
    } finally {
      await context.close();
    }
  });
});
