/**
 * All items with the seeds plus 5,000 actions, in headless Chromium: how long until the first
 * rows are on screen, and how long a filter takes from the change to the announced count.
 * Filters that narrow what is loaded apply in memory; one that widens it (closed items too)
 * reads the store again: they are timed apart, since they cost different things.
 */
import { chromium, type Page } from 'playwright-core';
import { LocalDirectory } from '../src/adapters/local/local-directory';
import { SqliteStore } from '../src/adapters/sqlite/sqlite-store';
import { parseDue } from '../src/core/due-date';
import type { ItemId } from '../src/core/model';
import { loadSeed } from '../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../src/seed/people';
import { readSeed } from '../src/seed/read-seed';
import { planSeed } from '../src/seed/seed-plan';
import { startLocalServer } from '../src/server/create-server';

export type ListScale = Readonly<{
  actions: number;
  firstRowsMs: number;
  /** My items, from navigation to its summary line and first row on screen */
  myItemsFirstRowsMs: number;
  /** until every page of the scope is in (the filters below are timed after) */
  allRowsMs: number;
  /** from the list's answer arriving to its rows on screen: the tab's own work */
  renderMs: number;
  /** the list's answer as sent (gzip) */
  payloadBytes: number;
  ragFilterMs: number;
  searchMs: number;
  dueFilterMs: number;
  /** a filter that widens beyond what is loaded (closed items too): the store is read again */
  widenMs: number;
}>;

const RAGS = ['GREEN', 'AMBER', 'RED', 'WHITE'] as const;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function addBulk(store: SqliteStore, count: number): Promise<void> {
  const objective = (await store.query('workstreams', { where: [{ field: 'kind', op: 'eq', value: 'objective' }], top: 1 })).items[0];
  for (let i = 0; i < count; i += 1) {
    const due = parseDue(i % 4 < 2 ? '31/03/2020' : '31/12/2030');
    await store.add('actions', {
      kind: 'action',
      ref: `BK-${i}`,
      title: `Bulk action ${i} ${i % 50 === 0 ? 'mentoring' : 'review'} of the recruitment process`,
      workstreamId: (objective?.id ?? null) as ItemId | null,
      ownerText: 'HR',
      owner: null,
      dueText: due.text,
      dueDate: due.date,
      duePrecision: due.precision,
      dueKind: due.kind,
      internalDeadline: due.internalDeadline,
      rag: RAGS[i % 4] ?? null,
      lifecycle: 'open',
      progress: 'Progress reported to the board each quarter.',
      protectedCharacteristics: i % 3 === 0 ? ['Race'] : [],
      equalityDuties: [],
      ragRationale: 'Bulk',
      responsibleOrg: 'Bulk',
      flags: [],
      templateRef: null,
      sourceKey: `bench:${i}`,
    });
  }
}

/**
 * Times taken in the page, from navigation (performance.now() starts there), when a
 * MutationObserver sees each thing in the document: not when the driver next polls for it,
 * which on a loaded machine can add seconds that no person waits for. A string, not a
 * function: tsx would wrap a function's inner names in a helper the page lacks.
 */
const MARKS = `
  (() => {
    const marks = (window.__marks = {});
    let sawMore = false;
    document.addEventListener('DOMContentLoaded', () => {
      new MutationObserver(() => {
        const now = performance.now();
        const count = document.querySelector('[data-testid="result-count"]');
        if (marks.rows === undefined && document.querySelector('tbody tr') && /showing the first/.test(count ? count.textContent : '')) {
          marks.rows = now;
        }
        if (document.querySelector('[data-testid="more-items"]')) {
          sawMore = true;
        } else if (sawMore && marks.all === undefined && marks.rows !== undefined) {
          marks.all = now;
        }
        if (marks.mine === undefined && [...document.querySelectorAll('[role="status"]')].some((s) => /^\\d+ items?, \\d+ overdue$/.test(s.textContent))) {
          marks.mine = now;
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  })();
`;

type Marks = Readonly<{ rows: number; all: number; mine: number; firstAnswer: number }>;

async function marksOf(page: Page): Promise<Marks> {
  // a string, as MARKS is (inner helpers would need tsx's)
  const read = await page.evaluate<{ rows?: number; all?: number; mine?: number; firstAnswer?: number }>(`({
    ...window.__marks,
    firstAnswer: performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === '/api/items')?.responseEnd,
  })`);
  const ms = (n: number | undefined): number => (n === undefined ? Number.NaN : Math.round(n));
  return { rows: ms(read.rows), all: ms(read.all), mine: ms(read.mine), firstAnswer: ms(read.firstAnswer) };
}

/** Changes a control the way a person does, and times it until the count says something new. */
function timeChange(page: Page, selector: string, value: string, untilStoreRead = false): Promise<number> {
  return page.evaluate(
    ([sel, val, wait]) =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('[data-testid="result-count"]') as HTMLElement;
        const before = status.textContent;
        const el = document.querySelector(sel as string) as HTMLInputElement | HTMLSelectElement;
        const observer = new MutationObserver(() => {
          const reading = wait && (document.querySelector('[aria-label="Updating"]') !== null || !seenReading);
          if (wait && document.querySelector('[aria-label="Updating"]') !== null) {
            seenReading = true;
          }
          if (status.textContent !== before && !/Loading/.test(status.textContent ?? '') && !reading) {
            observer.disconnect();
            resolve(performance.now() - t0);
          }
        });
        let seenReading = false;
        // never hang the bench: a change that shows nothing new in 10 s is reported as NaN
        setTimeout(() => {
          observer.disconnect();
          resolve(Number.NaN);
        }, 10_000);
        // a read of the store shows "Updating" beside the count until it lands
        observer.observe(wait ? document.body : status, { childList: true, subtree: true, characterData: true, attributes: wait });
        const proto = el instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
        const t0 = performance.now();
        // React listens for the native events; set the value as a person's input would
        Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, val);
        el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
      }),
    [selector, value, untilStoreRead] as const
  );
}

export async function listScaleBench(chromiumPath: string, actions = 5000, staticDir = 'dist'): Promise<ListScale> {
  const store = new SqliteStore();
  await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
  await addBulk(store, actions);
  const server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir, port: 0 });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const first: number[] = [];
    const mine: number[] = [];
    const all: number[] = [];
    const render: number[] = [];
    const rag: number[] = [];
    const search: number[] = [];
    const due: number[] = [];
    const widen: number[] = [];
    let payloadBytes = 0;
    for (let run = 0; run < 3; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.addInitScript(() => localStorage.setItem('actionTracker.user', 'morgan.ellis@colp.example'));
      await context.addInitScript(MARKS);
      const page = await context.newPage();
      page.on('response', (r) => {
        if (new URL(r.url()).pathname === '/api/items') {
          // bytes on the wire (gzipped), not after decoding
          r.request().sizes().then((sz) => (payloadBytes = Math.max(payloadBytes, sz.responseBodySize)), () => undefined);
        }
      });
      await page.goto(`${server.url}/#/all`);
      await page.getByText(/^\d{1,3}(,\d{3})* items; showing the first 100$/).waitFor({ timeout: 60_000 });
      await page.locator('tbody tr').first().waitFor();
      // the first page shows at once; the rest follow by themselves before the filters are timed
      await page.getByTestId('more-items').waitFor({ state: 'detached', timeout: 120_000 });
      const marks = await marksOf(page);
      first.push(marks.rows);
      render.push(marks.rows - marks.firstAnswer);
      all.push(marks.all);
      const idOf = async (label: string): Promise<string> => `#${CSS.escape((await page.getByLabel(label, { exact: true }).getAttribute('id')) ?? '')}`;
      rag.push(await timeChange(page, await idOf('RAG'), 'RED'));
      search.push(await timeChange(page, await idOf('Search'), 'mentoring'));
      due.push(await timeChange(page, await idOf('Due'), 'overdue'));
      widen.push(await timeChange(page, await idOf('Status'), 'any', true));
      // My items for an owner (the default local user): a secretary's home is the board overview
      const owner = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await owner.addInitScript(MARKS);
      const home = await owner.newPage();
      await home.goto(`${server.url}/`);
      await home.getByText(/^\d+ items?, \d+ overdue$/).waitFor({ timeout: 60_000 });
      mine.push((await marksOf(home)).mine);
      await owner.close();
      await context.close();
    }
    return { actions, firstRowsMs: median(first), myItemsFirstRowsMs: median(mine), allRowsMs: median(all), renderMs: median(render), payloadBytes, ragFilterMs: median(rag), searchMs: median(search), dueFilterMs: median(due), widenMs: median(widen) };
  } finally {
    await browser.close();
    await server.close();
    store.close();
  }
}

/** CSS.escape for Node: Fluent's ids are like "field-r1__control", safe but for colons. */
const CSS = { escape: (id: string): string => id.replace(/([^a-zA-Z0-9_-])/g, '\\$1') };
