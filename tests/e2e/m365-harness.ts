/**
 * The tab in Microsoft 365 mode, built with a fake token provider and served by the local
 * server, in Debian's Chromium; SharePoint and Graph requests are answered by the HTTP-level
 * fakes through Playwright routes, with CORS as the real services answer it.
 */
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { build } from 'vite';
import { LocalDirectory } from '../../src/adapters/local/local-directory';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import type { M365Settings } from '../../src/config/settings';
import { startLocalServer } from '../../src/server/create-server';
import { GRAPH, FakeGraph } from '../fakes/graph-fake';
import { SITE, provisionDirectly } from '../fakes/provisioned-site';
import { FakeSharePoint } from '../fakes/sharepoint-fake';
import { FakeTenantDirectory } from '../fakes/tenant-directory';
import { launchChromium } from './harness';

/** the hosted "Send nudges now" the tab is built with; each suite answers it as it needs (`functions.remind`) */
export const REMIND_URL = 'https://tracker-jobs.azurewebsites.net/api/remind';

export const SETTINGS: M365Settings = {
  mode: 'm365',
  tenantId: '11111111-2222-4333-8444-555555555555',
  clientId: '66666666-7777-4888-9999-000000000000',
  siteUrl: SITE,
  tabUrl: 'https://tracker.contoso.org',
  botId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  teamsAppId: 'ffffffff-0000-4111-8222-333333333333',
  remindUrl: REMIND_URL,
};

const OUT = 'dist-e2e-m365';

export async function buildM365TestTab(): Promise<void> {
  await build({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    plugins: [react()],
    define: { __TRACKER_SETTINGS__: JSON.stringify(SETTINGS) },
    build: { outDir: OUT, emptyOutDir: true, rollupOptions: { input: resolve('tests/e2e/m365/index.html') } },
  });
}

async function fulfil(route: Route, respond: (r: Request) => Promise<Response>, origin: string): Promise<void> {
  const req = route.request();
  const cors = {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Headers': '*',
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, MERGE, DELETE, OPTIONS',
    'Access-Control-Expose-Headers': 'ETag, Retry-After',
  };
  if (req.method() === 'OPTIONS') {
    await route.fulfill({ status: 204, headers: cors });
    return;
  }
  const body = req.postDataBuffer();
  const response = await respond(new Request(req.url(), { method: req.method(), headers: await req.allHeaders(), body: body && req.method() !== 'GET' ? new Uint8Array(body) : undefined }));
  const headers: Record<string, string> = { ...cors };
  response.headers.forEach((v, k) => (headers[k] = v));
  await route.fulfill({ status: response.status, headers, body: Buffer.from(await response.arrayBuffer()) });
}

export async function startM365Harness() {
  await buildM365TestTab();
  // one tenant directory behind both: a person found in Graph is one SharePoint's ensureUser knows
  const directory = new FakeTenantDirectory();
  const sharepoint = new FakeSharePoint(SITE, directory);
  provisionDirectly(sharepoint);
  const graph = new FakeGraph(directory);
  const store = new SqliteStore();
  const server = await startLocalServer({
    store,
    directory: new LocalDirectory([]),
    now: () => new Date(),
    staticDir: OUT,
    port: 0,
    connectSrc: [new URL(SITE).origin, new URL(GRAPH).origin, 'https://login.microsoftonline.com', new URL(REMIND_URL).origin],
  });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  /** the Function App's HTTP triggers, as a suite fakes them: none is hosted unless it says */
  const functions = {
    remind: async (request: Request): Promise<Response> => Response.json({ error: { code: 'NOT_FOUND', message: `no function is hosted at ${new URL(request.url).pathname}` } }, { status: 404 }),
  };
  return {
    sharepoint,
    graph,
    server,
    functions,
    /** `bypassCSP` lets axe's script in, as the local harness does for its axe checks */
    open: async (user: string, hash = '', options: { bypassCSP?: boolean } = {}) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London', bypassCSP: options.bypassCSP ?? false });
      contexts.push(context);
      await context.route(`${new URL(SITE).origin}/**`, (route) => fulfil(route, (r) => sharepoint.respond(r), server.url));
      await context.route(`${new URL(GRAPH).origin}/**`, (route) => fulfil(route, (r) => graph.respond(r), server.url));
      await context.route(`${new URL(REMIND_URL).origin}/**`, (route) => fulfil(route, (r) => functions.remind(r), server.url));
      const page = await context.newPage();
      await page.goto(`${server.url}/tests/e2e/m365/index.html?user=${encodeURIComponent(user)}${hash}`);
      return page;
    },
    close: async () => {
      await Promise.all(contexts.map((c) => c.close()));
      await browser.close();
      await server.close();
      store.close();
    },
  };
}
