/**
 * End-to-end harness: a seeded local server on a free port over a fresh database, and
 * Debian's Chromium driven by playwright-core (nothing downloads a browser of its own).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { FileEvidenceStore } from '../../src/adapters/local/file-evidence';
import { LocalDirectory } from '../../src/adapters/local/local-directory';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { startLocalServer, type RunningServer } from '../../src/server/create-server';
import type { ThemeName } from '../../src/host/host-context';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with nothing that phones home (this machine has no internet). */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', ...extraArgs],
  });
}

export type Harness = Readonly<{
  server: RunningServer;
  store: SqliteStore;
  browser: Browser;
  /** a page signed in as `user`, in `theme`, at the app's address */
  open: (user: string, options?: { theme?: ThemeName; path?: string; width?: number; height?: number; bypassCSP?: boolean }) => Promise<Page>;
  close: () => Promise<void>;
}>;

export async function startHarness(options: Readonly<{ chromiumArgs?: readonly string[] }> = {}): Promise<Harness> {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` first (npm test does)');
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tracker-e2e-'));
  const store = new SqliteStore({ file: join(dir, 'e2e.db') });
  await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
  const server = await startLocalServer({
    store,
    directory: new LocalDirectory(LOCAL_PEOPLE),
    now: () => new Date(),
    staticDir: 'dist',
    port: 0,
    // closure evidence files beside the database, as `tracker serve` keeps them
    evidence: new FileEvidenceStore(join(dir, 'evidence')),
  });
  const browser = await launchChromium(options.chromiumArgs);
  const contexts: BrowserContext[] = [];
  return {
    server,
    store,
    browser,
    open: async (user, options = {}) => {
      const context = await browser.newContext({
        viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
        bypassCSP: options.bypassCSP ?? false,
        locale: 'en-GB',
        timezoneId: 'Europe/London',
        acceptDownloads: true,
      });
      contexts.push(context);
      await context.addInitScript(
        ([u, t]) => {
          localStorage.setItem('actionTracker.user', u as string);
          localStorage.setItem('actionTracker.theme', t as string);
        },
        [user, options.theme ?? 'light']
      );
      const page = await context.newPage();
      await page.goto(`${server.url}/${options.path ?? ''}`);
      await page.locator('#main').waitFor();
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

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  // Judge the page as it settles, not mid-transition: on a loaded machine axe could read a
  // button's colours halfway through Fluent's hover or focus transition and report a contrast
  // that no one ever sees at rest.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    // Fluent's focus manager (Tabster) adds focus-redirecting dummy elements that are
    // aria-hidden and focusable by design: they pass focus on at once, so they are excluded.
    const result = await axe.run(
      { exclude: [['[data-tabster-dummy]']] } as unknown as Document,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  });
}

/** What has focus, as a keyboard user's tests need to know it. */
export type Focused = Readonly<{ tag: string; type: string; label: string; testid: string; text: string }>;

export function focusedElement(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    const label = a?.id ? (document.querySelector(`label[for="${a.id}"]`)?.textContent ?? '') : '';
    return { tag: a?.tagName ?? '', type: a?.getAttribute('type') ?? '', label, testid: a?.getAttribute('data-testid') ?? '', text: a?.textContent?.trim() ?? '' };
  });
}

/** Presses Tab (or `key`) until what has focus passes `test`; fails naming where focus ended. */
export async function tabTo(page: Page, test: (el: Focused) => boolean, options: Readonly<{ limit?: number; key?: string }> = {}): Promise<void> {
  const { limit = 60, key = 'Tab' } = options;
  let el: Focused | null = null;
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press(key);
    el = await focusedElement(page);
    if (test(el)) {
      return;
    }
  }
  throw new Error(`never reached by ${key}; focus ended on ${JSON.stringify(el)}`);
}
