/**
 * The configurable tab's settings page at a meeting side panel's width (320 px), keyboard only:
 * a secretary picks a board and a saved view, the page names the tab and links the view's
 * address, and that address opens the board's meeting view showing that view. axe in three themes.
 * (Saving with pages.config.setConfig is tested against a fake of teams-js's pages in
 * tests/host/tab-config.test.ts: outside Teams there is no host to save to.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, focusedElement, startHarness, tabTo, type Harness } from './harness';

const SECRETARY = 'morgan.ellis@colp.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(() => h?.close());

async function settings(theme: 'light' | 'dark' | 'contrast' = 'light') {
  const page = await h.open(SECRETARY, { theme, width: 320, height: 700, bypassCSP: true });
  // a full load at #/configure: a hash change in the running tab could be overtaken by its own
  // route (a secretary's home replaces an unknown hash) before a reload picked it up
  await page.goto('about:blank');
  await page.goto(`${h.server.url}/#/configure`);
  await page.getByRole('heading', { name: 'Add Action Tracker to this conversation' }).waitFor({ timeout: 30_000 });
  await page.getByRole('combobox', { name: 'Board' }).waitFor({ timeout: 30_000 });
  return page;
}

describe('the configurable tab’s settings page (320 px)', () => {
  it('a secretary picks a board and a view by keyboard; the view’s address opens the board’s meeting view of it', async () => {
    const page = await settings();
    await tabTo(page, (el) => el.tag === 'SELECT' && el.label === 'Board', { limit: 20 });
    // the boards are in the person's order; the Operational Delivery Board is the first
    expect(await page.getByRole('combobox', { name: 'Board' }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe('Operational Delivery Board');
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatchObject({ tag: 'SELECT', label: 'Show' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // Red and amber → Due in 30 days → Overdue
    await expect.poll(() => page.getByTestId('tab-name').innerText(), { timeout: 10_000 }).toBe('Tab name: Operational Delivery Board: Overdue');
    const link = page.getByTestId('tab-view-link');
    const href = await link.getAttribute('href');
    expect(href).toBe(`${h.server.url}/#/meeting?board=1&view=overdue`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.goto(href as string);
    await page.reload();
    await page.getByRole('heading', { name: 'Operational Delivery Board: overdue' }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('meeting-view').inputValue(), { timeout: 20_000 }).toBe('overdue');
    await expect.poll(() => page.getByTestId('meeting-count').innerText(), { timeout: 20_000 }).toMatch(/^\d+ items?/);
    // the view in a meeting's side panel: no sideways scrolling of the page (the tab row scrolls on its own)
    await page.screenshot({ path: 'test-results/configure-view-320.png', fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('a filtered All items view: pasted as an address, refined by the filters, by keyboard; its address opens All items so filtered', async () => {
    const page = await settings();
    await tabTo(page, (el) => el.tag === 'SELECT' && el.label === 'Show', { limit: 20 });
    for (let i = 0; i < 8; i += 1) {
      await page.keyboard.press('ArrowDown'); // … → My items → A filtered All items view (the last)
    }
    await expect.poll(() => page.getByTestId('tab-name').innerText(), { timeout: 10_000 }).toBe('Tab name: All items');
    await page.keyboard.press('Tab');
    expect(await focusedElement(page)).toMatchObject({ tag: 'INPUT', label: 'All items address or filter' });

    await page.keyboard.type(`${h.server.url}/#/all?due=overdue&sort=rag`);
    await expect.poll(() => page.getByTestId('tab-view-link').getAttribute('href'), { timeout: 10_000 }).toBe(`${h.server.url}/#/all?due=overdue&sort=rag`);
    expect(await page.getByTestId('tab-name').innerText()).toBe('Tab name: All items: overdue');

    // an address of another screen is named as such, and the page says it will not be saved so
    await page.keyboard.press('Control+A');
    await page.keyboard.type(`${h.server.url}/#/meeting?board=1&view=overdue`);
    await page.getByText(/is not an address of All items/).waitFor({ timeout: 10_000 });
    await page.getByText('Fix or clear the address above').waitFor({ timeout: 10_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.getByText('Fix or clear the address above').waitFor({ state: 'detached', timeout: 10_000 });

    // at 320 px the filters fold behind a button: open it and choose Owner: Me
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text.startsWith('Filters'), { limit: 10 });
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.tag === 'SELECT' && el.label === 'Owner', { limit: 10 });
    await page.keyboard.press('ArrowDown'); // Anyone → Me
    const href = `${h.server.url}/#/all?owner=me&due=overdue&sort=rag`;
    await expect.poll(() => page.getByTestId('tab-view-link').getAttribute('href'), { timeout: 10_000 }).toBe(href);
    expect(await page.getByTestId('tab-name').innerText()).toBe('Tab name: All items: mine, overdue');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(href);
    await page.reload();
    await page.getByRole('heading', { name: 'All items', level: 1 }).waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('result-count').innerText(), { timeout: 20_000 }).toMatch(/^\d+ items? — mine, overdue$/);
    await page.context().close();
  }, 120_000);

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`axe: the settings page in ${theme}, with a view of a board and with a filtered All items view`, async () => {
      const page = await settings(theme);
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('combobox', { name: 'Show' }).selectOption('filtered');
      await page.getByRole('textbox', { name: 'All items address or filter' }).fill('due=never');
      await page.getByText(/never/).waitFor({ timeout: 10_000 });
      await page.getByText('Fix or clear the address above').waitFor({ timeout: 10_000 });
      await page.getByRole('button', { name: /^Filters/ }).click();
      await page.getByRole('combobox', { name: 'Owner' }).waitFor({ timeout: 10_000 });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }, 120_000);
  }
});
