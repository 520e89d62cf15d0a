/**
 * The editor as people meet it: opened from far down a long list it is in view with focus
 * inside, it gives focus back to the row on close, and a board member gets facts, not a form.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const DS = 'd.service@colp.example';
const MEMBER = 'chris.nolan@colp.example';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

/** the last row of the list whose top is inside the window */
async function lastVisibleRow(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const rows = [...document.querySelectorAll<HTMLElement>(sel)].filter((r) => {
      const box = r.getBoundingClientRect();
      return box.bottom > 0 && box.bottom <= window.innerHeight;
    });
    return rows.at(-1)?.getAttribute('data-testid') ?? '';
  }, selector);
}

/** the editor's box is inside the window and focus is inside the editor */
function editorInViewWithFocus(page: Page): Promise<{ inView: boolean; focusInside: boolean }> {
  return page.evaluate(() => {
    const drawer = document.querySelector<HTMLElement>('[data-testid="editor-drawer"]');
    const box = drawer?.getBoundingClientRect();
    return {
      inView: !!box && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight + 1 && box.right <= window.innerWidth + 1,
      focusInside: !!drawer && drawer.contains(document.activeElement),
    };
  });
}

describe('the editor in a drawer', () => {
  it('opens in view with focus inside from the last visible row of All items (click), and focus returns to the row', async () => {
    const page = await h.open(DS, { path: '#/all' });
    await page.locator('[data-testid^="row-"]').first().waitFor();
    await page.mouse.wheel(0, 2000);
    const row = await lastVisibleRow(page, '[data-testid^="row-"]');
    expect(row).not.toBe('');
    await page.getByTestId(row).click();
    await page.getByTestId('item-editor').locator('#editor-heading').waitFor();
    await expect.poll(() => editorInViewWithFocus(page), { timeout: 15_000 }).toEqual({ inView: true, focusInside: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: 15_000 }).toBe(row);
  }, 60_000);

  it('opens with Enter on the last visible row of My items, and Close gives focus back to that row', async () => {
    const page = await h.open(DS, { width: 1366 });
    await page.locator('[data-testid^="item-"]').first().waitFor();
    await page.mouse.wheel(0, 3000);
    const row = await lastVisibleRow(page, '[data-testid^="item-"]');
    expect(row).not.toBe('');
    await page.getByTestId(row).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('item-editor').locator('#editor-heading').waitFor();
    await expect.poll(() => editorInViewWithFocus(page), { timeout: 15_000 }).toEqual({ inView: true, focusInside: true });
    // the form's first field is one Tab away, not nineteen: the RAG choice of an item, the report date of a workstream
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        const form = document.querySelector('[data-testid="item-editor"] form');
        // the first control of the form: a RAG radio, or the date box that opens a highlight report
        const first = form?.querySelector('input, textarea, select');
        return !!el && !!first && (el === first || (el.type === 'radio' && el.name === (first as HTMLInputElement).name));
      })
    ).toBe(true);
    await page.getByTestId('item-editor').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: 15_000 }).toBe(row);
  }, 60_000);

  it('after Save, focus is on the answer, and Escape still closes the editor back to the row', async () => {
    const page = await h.open(DS);
    const row = page.locator('[data-testid^="item-actions-"]').first();
    const rowId = await row.getAttribute('data-testid');
    await row.click();
    const editor = page.getByTestId('item-editor');
    await editor.getByLabel('Progress').fill(`Progress noted ${Date.now()}`);
    await editor.getByRole('button', { name: 'Save update' }).click();
    await editor.getByText('Saved. Your update is in the history below.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Saved.');
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(rowId);
  }, 60_000);

  it('shows a board member the item as facts, who can update it, and no form', async () => {
    const page = await h.open(MEMBER, { path: '#/all' });
    await page.locator('[data-testid^="row-actions-"]').first().click();
    const editor = page.getByTestId('item-editor');
    await editor.getByTestId('read-only-item').waitFor();
    expect(await editor.getByTestId('read-only-item').innerText()).toContain('Only its owner, a board secretary or a lead can update this.');
    expect(await editor.locator('form').count()).toBe(0);
    expect(await editor.getByRole('button', { name: 'Save update' }).count()).toBe(0);
  }, 60_000);
});
