/**
 * Screens load when first shown: My items fetches none of the others' code; while a screen's
 * code arrives its loading state is said; and if it never arrives, the screen says so with
 * Try again, which fetches it afresh.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, startHarness, type Harness } from './harness';

const OWNER = 'd.service@colp.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const scriptsLoaded = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith('.js'))
  );

describe('screens loaded on demand', () => {
  it('opens My items without the other screens’ code, and fetches a screen’s code when it is chosen', async () => {
    const page = await h.open(OWNER);
    await page.getByText(/\d+ items?, \d+ overdue/).waitFor({ timeout: 30_000 });
    const first = await scriptsLoaded(page);
    expect(first.some((p) => /\/main-[\w-]+\.js$/.test(p))).toBe(true);
    expect(first.filter((p) => /(AllItems|Workstreams|Plans|Inspections|Templates|Unassigned|Import|Outbox|Rounds|Closures|Editor)Route-|BoardPackScreen-/.test(p))).toEqual([]);
    await page.getByRole('tab', { name: 'All items' }).click();
    await page.getByRole('heading', { name: 'All items' }).waitFor({ timeout: 30_000 });
    expect((await scriptsLoaded(page)).some((p) => /AllItemsRoute-/.test(p))).toBe(true);
  });

  it('says a screen is loading while its code arrives', async () => {
    const page = await h.open(OWNER);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/WorkstreamsRoute-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('tab', { name: 'Workstreams' }).click();
    const loading = page.getByRole('status').filter({ hasText: 'Loading Workstreams…' });
    await loading.waitFor({ timeout: 30_000 });
    release();
    await page.getByRole('heading', { name: 'Workstreams' }).waitFor({ timeout: 30_000 });
    expect(await loading.count()).toBe(0);
  });

  it('offers Try again when a screen’s code fails to arrive, and fetches it afresh', async () => {
    const page = await h.open(OWNER, { bypassCSP: true });
    let refuse = true;
    await page.route(/PlansRoute-[\w-]+\.js$/, (route) => (refuse ? route.abort('internetdisconnected') : route.continue()));
    await page.getByRole('tab', { name: 'Action plans' }).click();
    const error = page.getByTestId('screen-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(/This screen could not be loaded/);
    expect(await axeViolations(page)).toEqual([]);
    refuse = false;
    await error.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Action plans' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('screen-error').count()).toBe(0);
  });
});
