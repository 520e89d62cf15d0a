/**
 * The shared list of items (ItemTable) on the screens that use it: My items, a plan and an
 * inspection report are one line per item with sortable headers; a column is resized by keyboard
 * from its header's context menu (Fluent's keyboard resizing), and focus returns to the header.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedElement, startHarness, type Harness } from './harness';

const DS = 'd.service@colp.example';
const SECRETARY = 'morgan.ellis@colp.example';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const headerWidth = (page: Page, name: string): Promise<number> =>
  page.getByRole('columnheader', { name }).first().evaluate((th) => Math.round(th.getBoundingClientRect().width));

/** every open control (item title) of the lists on the page is on one line */
const titlesOnOneLine = (page: Page, selector: string): Promise<boolean[]> =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size === 1;
    })
  );

describe('lists of items at a desk', () => {
  it('My items: one line per item; a column widens by keyboard from its header menu, and focus goes back to the header', async () => {
    const page = await h.open(DS, { width: 1366, height: 768 });
    await page.getByRole('heading', { level: 2, name: /Overdue/ }).waitFor({ timeout: 30_000 });
    const lines = await titlesOnOneLine(page, '[data-testid^="item-actions-"]');
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.every(Boolean)).toBe(true);

    const before = await headerWidth(page, 'Ref');
    const header = page.getByRole('columnheader', { name: 'Ref' }).first().getByRole('button');
    await header.focus();
    await page.keyboard.press('Shift+F10');
    await page.getByRole('menuitem', { name: 'Resize with the keyboard' }).waitFor({ timeout: 15_000 });
    await page.keyboard.press('Enter');
    for (let i = 0; i < 3; i += 1) {
      await page.keyboard.press('ArrowRight');
    }
    await expect.poll(() => headerWidth(page, 'Ref'), { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 50);
    await page.keyboard.press('Enter');
    // resizing ended: focus is back on the header's button, and the width stays
    await expect.poll(() => focusedElement(page).then((f) => f.text), { timeout: 15_000 }).toBe('Ref');
    await page.keyboard.press('ArrowLeft');
    expect(await headerWidth(page, 'Ref')).toBeGreaterThanOrEqual(before + 50);
    await page.context().close();
  }, 90_000);

  it('My items: a header sorts the list (RAG), and says so', async () => {
    const page = await h.open(DS, { width: 1366, height: 768 });
    await page.getByRole('heading', { level: 2, name: /Overdue/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('columnheader', { name: 'RAG' }).first().getByRole('button').click();
    await expect.poll(() => page.getByRole('columnheader', { name: 'RAG' }).first().getAttribute('aria-sort'), { timeout: 15_000 }).toBe('ascending');
    expect(await page.getByLabel('Sort by').inputValue()).toBe('rag');
    await page.context().close();
  }, 60_000);

  it('a plan and an inspection report list their items one line each', async () => {
    const page = await h.open(SECRETARY, { path: '#/plans', width: 1366, height: 768 });
    await page.getByRole('button', { name: /QUALITY OF SERVICE/i }).click({ timeout: 30_000 });
    await page.getByText('123 actions', { exact: true }).waitFor({ timeout: 30_000 });
    const plan = await titlesOnOneLine(page, '[data-testid^="plan-actions-"]');
    expect(plan).toHaveLength(123);
    expect(plan.every(Boolean)).toBe(true);
    await page.goto(`${h.server.url}/#/inspections`);
    await page.getByRole('button', { name: 'PEEL: Police Legitimacy 2016 - CoLP' }).click({ timeout: 30_000 });
    await page.getByRole('region', { name: /Items of/ }).waitFor({ timeout: 30_000 });
    const report = await titlesOnOneLine(page, '[data-testid^="report-recommendations-"]');
    expect(report.length).toBeGreaterThan(1);
    expect(report.every(Boolean)).toBe(true);
    await page.context().close();
  }, 90_000);
});
