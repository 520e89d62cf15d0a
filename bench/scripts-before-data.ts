/**
 * Which scripts a page fetched before My items showed its data: the moment the summary line
 * ("N items, M overdue") first appears is taken inside the page (a MutationObserver, so it is
 * the moment React put it there), and every script whose request started by then counts.
 * A script the tab asks for only once the data is on screen (the calendar, the change badges)
 * does not: nobody waited for it.
 */
import type { Page } from 'playwright-core';

const SUMMARY = String.raw`\d+ items?, \d+ overdue`;

/** Call before the page navigates (it runs in every document the page loads). */
export async function watchFirstData(page: Page): Promise<void> {
  // a string, not a function: tsx would wrap a function's inner names in a helper the page lacks
  await page.addInitScript(`
    (() => {
      const seen = new RegExp(${JSON.stringify(SUMMARY)});
      const observer = new MutationObserver(() => {
        if (window.__firstDataAt === undefined && seen.test(document.body.textContent || '')) {
          window.__firstDataAt = performance.now();
          observer.disconnect();
        }
      });
      document.addEventListener('DOMContentLoaded', () => observer.observe(document.body, { childList: true, subtree: true, characterData: true }));
    })();
  `);
}

/** The paths of the scripts requested before the data appeared (after it has). */
export async function scriptsBeforeFirstData(page: Page): Promise<string[]> {
  await page.waitForFunction(() => (window as unknown as { __firstDataAt?: number }).__firstDataAt !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const at = (window as unknown as { __firstDataAt: number }).__firstDataAt;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= at && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => new URL(e.name).pathname);
  });
}
