import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ItemId } from '../../src/core/model';
import { anAction } from '../helpers/builders';
import { axeViolations, startHarness, tabTo, type Harness } from './harness';

const DS = 'd.service@colp.example';
const SECRETARY = 'morgan.ellis@colp.example';
const BULK = 5000;
const RAGS = ['GREEN', 'AMBER', 'RED', 'WHITE'] as const;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // The seeds plus 5,000 actions under one objective: the scale the screen must stay usable at.
  const objective = (await h.store.query('workstreams', { where: [{ field: 'kind', op: 'eq', value: 'objective' }], top: 1 })).items[0];
  for (let i = 0; i < BULK; i += 1) {
    await h.store.add(
      'actions',
      anAction({
        owner: null,
        ownerText: 'HR',
        title: `Bulk action ${i} ${i % 50 === 0 ? 'mentoring' : 'review'}`,
        ref: `BK-${i}`,
        workstreamId: (objective?.id ?? null) as ItemId | null,
        rag: RAGS[i % 4] ?? null,
        dueText: i % 4 < 2 ? '31/03/2020' : '31/12/2030',
        ragRationale: 'Bulk',
        responsibleOrg: 'Bulk',
        protectedCharacteristics: i % 3 === 0 ? ['Race'] : [],
      })
    );
  }
});
afterAll(() => h?.close());

const count = (page: Page): Promise<string> => page.getByTestId('result-count').innerText();
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return `${el?.tagName ?? ''}:${el?.getAttribute('data-testid') ?? el?.textContent?.trim().slice(0, 40) ?? ''}`;
  });

describe('All items, with 5,000 more actions than the seeds', () => {
  it('shows the count of every open item, renders only the first page of rows, and shows more on request', async () => {
    const page = await h.open(SECRETARY, { path: '#/all' });
    await expect.poll(() => count(page), { timeout: 20_000 }).toMatch(/^5,\d{3} items; showing the first 100$/);
    expect(await page.locator('tbody tr').count()).toBe(100);
    await page.getByRole('button', { name: /^Show 100 more of/ }).click();
    expect(await page.locator('tbody tr').count()).toBe(200);
    // focus lands on the first of the new rows, not at the top of the page
    expect(await focused(page)).toBe(`BUTTON:${await page.locator('tbody tr').nth(100).locator('button').getAttribute('data-testid')}`);
  });

  it('shows the first page of rows while the later page is still on its way, and is usable meanwhile', async () => {
    const page = await h.open(DS);
    // every page after the first (a `page=` cursor, not the empty first one) answers only when released
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await page.route(/\/api\/items\?.*\bpage=[^&]/, async (route) => {
      held += 1;
      await released;
      await route.continue();
    });
    try {
      await page.evaluate(() => {
        window.location.hash = '#/all';
      });
      // the first page's rows, with its count, while the rest is held back
      await expect.poll(() => count(page), { timeout: 30_000 }).toMatch(/^\d{1,3}(,\d{3})? items; showing the first 100$/);
      expect(Number((await count(page)).split(' ')[0]?.replace(',', ''))).toBeLessThan(BULK);
      expect(await page.locator('tbody tr').count()).toBe(100);
      await expect.poll(() => held, { timeout: 30_000 }).toBe(1);
      await page.getByTestId('more-items').waitFor({ timeout: 10_000 });
      // the rows on screen answer a search at once, the later page still not in
      const search = page.getByLabel('Search', { exact: true });
      await search.fill('no item says this');
      await expect.poll(() => count(page)).toBe('0 items — matching “no item says this”');
      await search.fill('');
      expect(held).toBe(1);
    } finally {
      release();
    }
    await expect.poll(() => count(page), { timeout: 30_000 }).toMatch(/^5,\d{3} items; showing the first 100$/);
    await page.getByTestId('more-items').waitFor({ state: 'detached', timeout: 30_000 });
  });

  it('filters as the person types, announces the count, and keeps focus in the search box', async () => {
    const page = await h.open(SECRETARY, { path: '#/all' });
    await expect.poll(() => count(page), { timeout: 20_000 }).toMatch(/^5,\d{3} items/);
    const search = page.getByLabel('Search', { exact: true });
    await search.focus();
    await page.keyboard.type('bulk mentoring');
    await expect.poll(() => count(page)).toBe('100 items — matching “bulk mentoring”');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.getByLabel('RAG', { exact: true }).selectOption('RED');
    await page.getByLabel('Characteristic').selectOption('Race');
    // i % 50 === 0 and i % 4 === 2 and i % 3 === 0: i = 150, 450, …
    const expected = Array.from({ length: BULK }, (_, i) => i).filter((i) => i % 50 === 0 && i % 4 === 2 && i % 3 === 0).length;
    await expect.poll(() => count(page)).toBe(`${expected} items — RED, Race, matching “bulk mentoring”`);
    expect(await page.getByRole('status').filter({ hasText: 'items —' }).count()).toBe(1);
  });

  it('finds an overdue action through filters and updates it, by keyboard alone', async () => {
    const page = await h.open(DS, { path: '#/all' });
    await expect.poll(() => count(page), { timeout: 20_000 }).toMatch(/^5,\d{3} items/);
    await tabTo(page, (el) => el.type === 'search');
    await page.keyboard.type('OD3-01');
    await tabTo(page, (el) => el.tag === 'SELECT' && el.label === 'Owner');
    await page.keyboard.press('m'); // "Me"
    await tabTo(page, (el) => el.tag === 'SELECT' && el.label === 'Due');
    await page.keyboard.press('o'); // "Overdue"
    await expect.poll(() => count(page)).toBe('1 item — mine, overdue, matching “OD3-01”');
    // choosing a filter never moved focus
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await tabTo(page, (el) => el.testid.startsWith('row-actions-'));
    expect(await focused(page)).toContain('row-actions-');
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('item-editor');
    await editor.waitFor();
    await tabTo(page, (el) => el.tag === 'TEXTAREA' && el.label === 'Progress');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Found through the filters; audit booked.');
    await tabTo(page, (el) => el.text === 'Save update');
    await page.keyboard.press('Enter');
    await editor.getByText('Saved. Your update is in the history below.').waitFor();
    const stored = (await h.store.query('actions', { where: [{ field: 'ref', op: 'eq', value: 'OD3-01' }], top: 1 })).items[0];
    expect(stored?.progress).toBe('Found through the filters; audit booked.');
    // the list still shows the filtered view, reloaded with the saved item
    expect(await count(page)).toBe('1 item — mine, overdue, matching “OD3-01”');
  });

  it('exports the filtered view, and only it, by keyboard alone', async () => {
    const page = await h.open(SECRETARY, { path: '#/all' });
    await expect.poll(() => count(page), { timeout: 20_000 }).toMatch(/^5,\d{3} items/);
    await tabTo(page, (el) => el.type === 'search');
    await page.keyboard.type('bulk mentoring');
    await tabTo(page, (el) => el.tag === 'SELECT' && el.label === 'Due');
    await page.keyboard.press('o'); // "Overdue"
    await expect.poll(() => count(page)).toBe('50 items — overdue, matching “bulk mentoring”');
    // back up to the export buttons above the filters
    await tabTo(page, (el) => el.text === 'Export CSV', { limit: 20, key: 'Shift+Tab' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const rows = csv.trim().split(/\r?\n/).slice(1);
    expect(rows).toHaveLength(50);
    expect(rows.every((r) => r.includes('mentoring'))).toBe(true);
  });

  it('keeps the filters in the address, so a filtered view survives a reload and can be shared', async () => {
    const page = await h.open(SECRETARY, { path: '#/all' });
    await expect.poll(() => count(page), { timeout: 20_000 }).toMatch(/^5,\d{3} items/);
    await page.getByLabel('RAG', { exact: true }).selectOption('RED');
    await page.getByLabel('Search', { exact: true }).fill('mentoring');
    await expect.poll(() => page.url()).toMatch(/#\/all\?text=mentoring&rag=RED$/);
    const shared = await h.open(DS, { path: new URL(page.url()).hash });
    await expect.poll(() => count(shared), { timeout: 20_000 }).toBe(await count(page));
    expect(await shared.getByLabel('RAG', { exact: true }).inputValue()).toBe('RED');
  });

  it('on a phone, the results come first and the filters fold behind a button that says how many apply', async () => {
    const page = await h.open(SECRETARY, { path: '#/all', width: 390 });
    await expect.poll(() => count(page), { timeout: 20_000 }).toMatch(/^5,\d{3} items/);
    const toggle = page.getByRole('button', { name: /^Filters/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByLabel('Owner', { exact: true }).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.getByLabel('RAG', { exact: true }).selectOption('AMBER');
    await expect.poll(() => toggle.innerText()).toBe('Filters (1 applied)');
    await expect.poll(() => count(page)).toMatch(/ items — AMBER/);
  });

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`axe finds no serious or critical issue on All items, filtered (${theme})`, async () => {
      const page = await h.open(SECRETARY, { path: '#/all', theme, bypassCSP: true });
      await expect.poll(() => count(page), { timeout: 20_000 }).toMatch(/^5,\d{3} items/);
      await page.getByLabel('Due', { exact: true }).selectOption('overdue');
      await expect.poll(() => count(page)).toMatch(/— overdue/);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
