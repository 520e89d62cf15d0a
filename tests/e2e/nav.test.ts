/**
 * The row of screens at a desk (1366 px) and on a phone (390 px): the tabs that do not fit are in a
 * "More" menu, reached and used by keyboard; the current screen's tab is always in the row; the
 * row never widens the page.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedElement, startHarness, type Harness } from './harness';

const SECRETARY = 'morgan.ellis@colp.example'; // sees every screen, Closures to review included

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const nav = (page: Page) => page.getByRole('navigation', { name: 'Screens' });
const more = (page: Page) => nav(page).getByTestId('nav-more');

/** the tabs in the row (visible), by name */
const rowTabs = (page: Page): Promise<string[]> =>
  nav(page)
    .getByRole('tab')
    .evaluateAll((tabs) => tabs.filter((t) => (t as HTMLElement).offsetParent !== null && t.getAttribute('data-testid') !== 'nav-more').map((t) => t.textContent?.trim() ?? ''));

describe('the row of screens', () => {
  for (const size of [
    { name: 'desk', width: 1366, height: 768 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    it(`${size.name}: what does not fit is in More, chosen by keyboard; the chosen screen's tab joins the row with focus`, async () => {
      const page = await h.open(SECRETARY, { path: '#/all', width: size.width, height: size.height });
      await page.getByRole('heading', { level: 1, name: 'All items' }).waitFor({ timeout: 30_000 });
      await more(page).waitFor({ timeout: 15_000 });
      const inRow = await rowTabs(page);
      expect(inRow).toContain('All items');
      expect(inRow).not.toContain('Closures to review');
      // the row ends inside the window: nothing is cut off, nothing scrolls sideways
      const row = await nav(page).evaluate((n) => ({ right: Math.max(...Array.from(n.querySelectorAll('[role="tab"]'), (t) => t.getBoundingClientRect().right)), page: document.scrollingElement?.scrollWidth ?? 0 }));
      expect(row.right).toBeLessThanOrEqual(size.width);
      expect(row.page).toBeLessThanOrEqual(size.width);

      // by keyboard: into the tab list, along it with the arrow keys to More, open it, choose
      await nav(page).getByRole('tab', { name: 'All items' }).focus();
      for (let i = 0; i < 20 && (await focusedElement(page)).testid !== 'nav-more'; i += 1) {
        await page.keyboard.press('ArrowRight');
      }
      expect((await focusedElement(page)).testid).toBe('nav-more');
      await page.keyboard.press('Enter');
      const menu = page.getByRole('menu');
      await menu.waitFor({ timeout: 15_000 });
      const hidden = await menu.getByRole('menuitem').allInnerTexts();
      // exactly the screens not in the row
      expect(hidden).toContain('Closures to review');
      expect(hidden.filter((t) => inRow.includes(t))).toEqual([]);
      await menu.getByRole('menuitem', { name: 'Closures to review' }).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: 'Closures to review' }).waitFor({ timeout: 30_000 });
      expect(page.url()).toMatch(/#\/closures$/);
      // the current screen's tab is in the row, selected, and has focus
      await expect.poll(() => rowTabs(page), { timeout: 15_000 }).toContain('Closures to review');
      expect(await nav(page).getByRole('tab', { name: 'Closures to review', selected: true }).count()).toBe(1);
      await expect.poll(() => focusedElement(page).then((f) => f.text), { timeout: 15_000 }).toBe('Closures to review');
      await page.context().close();
    }, 90_000);
  }

  it('More chosen before its menu has loaded: focus stays on More as the menu arrives, and the menu opens', async () => {
    const page = await h.open(SECRETARY, { path: '#/all', width: 390, height: 844 });
    // hold the menus' code until the keyboard has reached More and pressed it
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route(/\/menus-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'All items' }).waitFor({ timeout: 30_000 });
    await more(page).waitFor({ timeout: 15_000 });
    await nav(page).getByRole('tab', { name: 'All items' }).focus();
    for (let i = 0; i < 20 && (await focusedElement(page)).testid !== 'nav-more'; i += 1) {
      await page.keyboard.press('ArrowRight');
    }
    expect((await focusedElement(page)).testid).toBe('nav-more');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('menu').count()).toBe(0);
    release();
    const menu = page.getByRole('menu');
    await menu.waitFor({ timeout: 15_000 });
    // focus goes into the menu, as it does when the code was already here
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[role="menu"]') !== null), { timeout: 15_000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedElement(page).then((f) => f.testid), { timeout: 15_000 }).toBe('nav-more');
    await page.context().close();
  }, 90_000);
});
