import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const SECRETARY = 'morgan.ellis@colp.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const countOf = async (text: string): Promise<number> => Number(/^(\d+) open items?/.exec(text)?.[1] ?? NaN);

describe('Unassigned', () => {
  it('a secretary assigns several items to a person at once, by keyboard, and each records it', async () => {
    const page = await h.open(SECRETARY, { path: '#/unassigned' });
    const status = page.getByRole('status').filter({ hasText: 'with no person as owner' });
    await status.waitFor();
    const before = await countOf(await status.innerText());
    expect(before).toBeGreaterThan(10);
    const boxes = page.getByRole('region', { name: 'Unassigned items' }).getByRole('checkbox', { name: /^Select (?!all)/ });
    await boxes.nth(0).focus();
    await page.keyboard.press('Space');
    await boxes.nth(1).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => status.innerText()).toContain('2 selected');
    const picker = page.getByRole('combobox', { name: 'Assign to' });
    await picker.focus();
    await picker.pressSequentially('Pep', { delay: 30 });
    // wait for this search's answer, not the list from before the typing
    await expect.poll(() => page.locator('[role=option]').allInnerTexts()).toEqual([expect.stringContaining('Phil Pepper')]);
    await picker.press('ArrowDown');
    await picker.press('Enter');
    await page.getByRole('button', { name: 'Assign 2 items' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('2 assigned.').waitFor();
    // the assigned rows have left the list: focus is on the outcome, not lost to the page
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('assign-result');
    await expect.poll(async () => countOf(await status.innerText())).toBe(before - 2);
    const recent = await h.store.query('updates', { where: [{ field: 'at', op: 'ge', value: new Date(Date.now() - 3_600_000).toISOString() }], top: 500 });
    const assignments = recent.items.filter((u) => u.author === SECRETARY && u.text?.includes('→ Phil Pepper'));
    expect(assignments).toHaveLength(2);
  });

  it('narrows the list by words and RAG; "Select all" selects what matches, and the export holds just that', async () => {
    const page = await h.open(SECRETARY, { path: '#/unassigned' });
    const status = page.getByRole('status').filter({ hasText: 'with no person as owner' });
    await status.waitFor();
    const total = await countOf(await status.innerText());
    await page.getByLabel('Kind', { exact: true }).selectOption('recommendations');
    await expect.poll(() => status.innerText()).toMatch(/^\d+ of \d+ open items with no person as owner — inspection items; 0 selected$/);
    const matching = Number(/^(\d+) of/.exec(await status.innerText())?.[1]);
    expect(matching).toBeGreaterThan(0);
    expect(matching).toBeLessThan(total);
    await page.getByRole('checkbox', { name: /^Select all/ }).check();
    await expect.poll(() => status.innerText()).toContain(`; ${matching} selected`);
    expect(await page.getByRole('button', { name: `Assign ${matching} items` }).count()).toBe(1);
    const rows = page.getByRole('region', { name: 'Unassigned items' }).locator('tbody tr');
    expect(await rows.count()).toBe(Math.min(matching, 100));
    expect(await rows.allInnerTexts()).not.toContainEqual(expect.stringMatching(/^\s*Action /));
  });

  it('a board member is offered no Assign: no selection, no picker, a note saying who can', async () => {
    const page = await h.open('chris.nolan@colp.example', { path: '#/unassigned' });
    const status = page.getByRole('status').filter({ hasText: 'with no person as owner' });
    await status.waitFor();
    await page.getByTestId('cannot-assign').getByText('Only a board secretary or lead can give these items an owner.').waitFor();
    expect(await page.getByRole('region', { name: 'Unassigned items' }).getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Assign to' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Assign / }).count()).toBe(0);
  });

  it('an owner (not a secretary or lead) is offered no Assign either', async () => {
    const page = await h.open('d.service@colp.example', { path: '#/unassigned' });
    const status = page.getByRole('status').filter({ hasText: 'with no person as owner' });
    await status.waitFor({ timeout: 30_000 });
    await page.getByTestId('cannot-assign').getByText('Only a board secretary or lead can give these items an owner.').waitFor();
    expect(await page.getByRole('region', { name: 'Unassigned items' }).getByRole('checkbox').count()).toBe(0);
    expect(await page.getByRole('combobox', { name: 'Assign to' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Assign / }).count()).toBe(0);
  });

  it('Export keeps focus on the button pressed, and says nothing moved', async () => {
    const page = await h.open(SECRETARY, { path: '#/unassigned' });
    await page.getByRole('status').filter({ hasText: 'with no person as owner' }).waitFor();
    const button = page.getByRole('button', { name: /^Export Excel/ });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(/^Export Excel/);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  }, 120_000);

  // axe on Unassigned in three themes, at a desk and on a phone: look.test.ts
});
