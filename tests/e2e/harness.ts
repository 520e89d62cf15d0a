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

/**
 * Fluent's focus manager (Tabster) puts focus guards, `<i data-tabster-dummy tabindex="0"
 * aria-hidden="true">`, at the edges of focus groups (tab lists, tables, menus, dialogs). axe's
 * aria-hidden-focus rule reports them, and they are the one finding let through, for these
 * reasons, checked against Fluent's own word:
 * - Tabster's maintainer: they are "intentionally focusable with aria-hidden. Their only purpose
 *   is to redirect the focus to the proper element immediately after they receive focus. If they
 *   don't have aria-hidden, the screen readers will choke starting to announce them"
 *   (microsoft/tabster#288); Fluent v9 lists "aria-hidden-focus on elements with
 *   data-tabster-dummy" among its known issues (cited in microsoft/accessibility-insights-web#7613,
 *   which Accessibility Insights closed as a false positive; see also microsoft/fluentui#25133).
 * - What makes it safe is that focus never rests on one: `keyboardRestsOnGuards` walks the page
 *   by keyboard to check exactly that, so the exclusion holds only while the guards behave as documented.
 * Every other rule still runs on the guards (they are not excluded from the scan).
 */
export const TABSTER_DUMMY = '[data-tabster-dummy]';

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  // Judge the page as it settles, not mid-transition: on a loaded machine axe could read a
  // button's colours halfway through Fluent's hover or focus transition and report a contrast
  // that no one ever sees at rest.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  }
  return page.evaluate(async (dummy) => {
    type Node = { target: string[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: Node[] }> }> } }).axe;
    // only the violations are read: axe need not describe every node that passes (much faster on long lists)
    // A theme changes colours and nothing else (the DOM is the same in all three), so in dark and
    // high contrast only the rules that read colours can find something the light run did not:
    // the light theme runs every rule, the others the colour rules (a third of the time).
    // (A page with no origin, such as a card rendered with setContent, has no localStorage: there
    // the theme is unknown and every rule runs.)
    const storedTheme = (): string => {
      try {
        return localStorage.getItem('actionTracker.theme') ?? 'light';
      } catch {
        return 'light';
      }
    };
    const theme = storedTheme();
    const runOnly =
      theme === 'light'
        ? { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }
        : { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };
    const result = await axe.run(document, { resultTypes: ['violations'], runOnly });
    // a focus guard reported by aria-hidden-focus, and nothing else, is let through (see TABSTER_DUMMY)
    const guard = (n: Node): boolean => n.target.length === 1 && document.querySelector(n.target[0] ?? '')?.matches(dummy) === true;
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ ...v, nodes: v.id === 'aria-hidden-focus' ? v.nodes.filter((n) => !guard(n)) : v.nodes }))
      .filter((v) => v.nodes.length > 0)
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, TABSTER_DUMMY);
}

/**
 * The focus guards that axe is allowed to pass over must never hold focus: a keyboard walks the
 * page, `presses` Tabs from where focus is (the page's start, or inside a panel the screen opened)
 * and as many Shift+Tabs from the page's end, and every stop that
 * rests on a guard is returned (described by the group it guards), with how many stops were made.
 */
export async function keyboardRestsOnGuards(page: Page, presses = 40): Promise<{ stops: number; onGuard: string[] }> {
  const onGuard = new Set<string>();
  let stops = 0;
  for (const key of ['Tab', 'Shift+Tab']) {
    if (key === 'Shift+Tab') {
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    }
    for (let i = 0; i < presses; i += 1) {
      await page.keyboard.press(key);
      const at = await page.evaluate((dummy) => {
        const a = document.activeElement;
        if (!a || a === document.body) {
          return 'body';
        }
        return a.matches(dummy) ? `a guard in ${a.parentElement?.outerHTML.slice(0, 200) ?? '?'}` : '';
      }, TABSTER_DUMMY);
      if (at === 'body') {
        break;
      }
      stops += 1;
      if (at) {
        onGuard.add(at);
      }
    }
  }
  return { stops, onGuard: [...onGuard] };
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
