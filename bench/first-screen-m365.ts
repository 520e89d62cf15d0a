/**
 * First-screen JS in Microsoft 365 mode, and the plain-bundle reference beside it.
 *
 * The tab is the production code built for Microsoft 365 and run in Chromium against the
 * SharePoint and Graph fakes; only MSAL is replaced by a fake token provider (it cannot sign in
 * here), so the production build's MSAL chunk is added to the count, as a person would load it.
 * The reference is React + Fluent + teams-js + PnPjs + MSAL with nothing of ours, built by the
 * same Vite in the same run, so the ratio is measured, not remembered.
 */
import { zoneDates } from '../src/adapters/sharepoint/site-time-zone';
import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { encodeWrite } from '../src/adapters/sharepoint/sp-codec';
import { anAction } from '../tests/helpers/builders';
import { SETTINGS, startM365Harness } from '../tests/e2e/m365-harness';
import { scriptsBeforeFirstData, watchFirstData } from './scripts-before-data';

/** a UK site, as the fake is by default: how DateOnly values are written for it */
const UK_DATES = zoneDates('Europe/London');

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

async function viteBuild(input: string, outDir: string, settings: unknown): Promise<string[]> {
  await build({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    plugins: [react()],
    define: { __TRACKER_SETTINGS__: JSON.stringify(settings) },
    build: { outDir, emptyOutDir: true, sourcemap: false, rollupOptions: { input: resolve(input) } },
  });
  return readdirSync(join(outDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => join(outDir, 'assets', f));
}

export type M365FirstScreen = Readonly<{ oursGzip: number; msalGzip: number; files: number; referenceGzip: number }>;

/** An owner with twenty actions on the fake site (My items has something to show); returns them. */
export async function seedOwnerItems(h: Awaited<ReturnType<typeof startM365Harness>>): Promise<{ id: string; displayName: string }> {
  const owner = { id: 'd.service@colp.example', displayName: 'T/Supt. Service' };
  const user = h.sharepoint.addUser(owner.id, owner.displayName);
  h.graph.users.push({ id: '00000000-0000-4000-8000-000000000001', displayName: owner.displayName, mail: owner.id, userPrincipalName: owner.id, jobTitle: null });
  const rows = [];
  for (let i = 0; i < 20; i++) {
    rows.push(await encodeWrite('actions', anAction({ owner, dueText: i % 2 ? 'Aug-12' : '31/03/2030' }) as never, async () => user.Id, UK_DATES));
  }
  h.sharepoint.seedItems('Actions', rows);
  return owner;
}

export async function firstScreenM365(): Promise<M365FirstScreen> {
  const production = await viteBuild('index.html', 'dist-bench-m365', SETTINGS);
  const msal = production.filter((f) => /msal/i.test(f));
  const msalGzip = msal.reduce((n, f) => n + gz(f), 0);
  const reference = await viteBuild('bench/reference/index.html', 'dist-bench-reference', { mode: 'local' });
  const referenceGzip = reference.reduce((n, f) => n + gz(f), 0);

  const h = await startM365Harness();
  try {
    const owner = await seedOwnerItems(h);
    const page = await h.open(owner.id, '');
    await watchFirstData(page);
    await page.reload();
    await page.getByRole('heading', { name: 'My items' }).waitFor({ timeout: 60_000 });
    const scripts = new Set(await scriptsBeforeFirstData(page));
    const oursGzip = [...scripts].reduce((n, path) => n + gz(join('dist-e2e-m365', path)), 0);
    return { oursGzip, msalGzip, files: scripts.size, referenceGzip };
  } finally {
    await h.close();
  }
}
