/**
 * The board dashboard in the tab (local mode): the Operational Delivery Board by workstream,
 * with the 2021 and 2023 highlight exports as its earlier packs in the trend; the HMICFRS
 * tracker's 17 changes counted per inspection; keyboard to a workstream; axe in three
 * themes and on a phone, where the page itself never scrolls sideways.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TableSnapshotStore } from '../../src/adapters/snapshots/table-snapshot-store';
import { seedSnapshots } from '../../src/seed/highlight-snapshots';
import { readSeed } from '../../src/seed/read-seed';
import { axeViolations, focusedElement, startHarness, tabTo, type Harness } from './harness';

const OUT = 'test-results/dashboard';
const SECRETARY = 'morgan.ellis@colp.example';

let h: Harness;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  h = await startHarness();
  await seedSnapshots(h.store, new TableSnapshotStore(h.store), readSeed(), new Date());
}, 120_000);
afterAll(async () => {
  await h?.close();
});

async function openDashboard(board: string, theme: 'light' | 'dark' | 'contrast' = 'light', width = 1366): Promise<Page> {
  const page = await h.open(SECRETARY, { theme, path: '#/dashboard', width, bypassCSP: true });
  await page.getByLabel('Board', { exact: true }).selectOption(board, { timeout: 30_000 });
  await expect.poll(() => page.getByText(`${board}, as of`).count(), { timeout: 30_000 }).toBe(1);
  return page;
}

const trendRows = (page: Page) => page.getByRole('region', { name: 'RAG trend across packs' }).locator('tbody tr').allInnerTexts();

describe('Dashboard (local mode)', () => {
  it('shows each workstream by RAG, the 2021 and 2023 packs in the trend, and reaches a workstream by keyboard', async () => {
    const page = await openDashboard('Operational Delivery Board');
    const rows = await trendRows(page);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(/^Board of 31 Aug 2021\s+0\s+0\s+0\s+0\s+26\s+26\s+0\s+26$/);
    expect(rows[1]).toMatch(/^Board of 28 Apr 2023\s/);
    expect(rows[2]).toMatch(/^Now \(/);
    expect(await page.getByRole('img', { name: /^RAG trend\. Board of 31 Aug 2021: 0 RED, 0 AMBER, 0 GREEN, 0 WHITE, 26 NOT SET;/ }).count()).toBe(1);
    const groups = await page.getByRole('region', { name: 'Counts by workstream, inspection and plan' }).locator('tbody tr').allInnerTexts();
    expect(groups).toHaveLength(6);
    expect(groups.join('\n')).toContain('Leadership & Culture');
    // the owners who have not updated since the 2023 board are listed, in words
    expect((await page.getByTestId('dash-update-row').allInnerTexts()).every((r) => r.includes('Not updated'))).toBe(true);
    // every RAG in the workstream history is a word
    expect(await page.getByRole('region', { name: 'Workstream RAGs across highlight reports' }).getByText('Not set').count()).toBeGreaterThan(0);

    await page.getByLabel('Board', { exact: true }).focus();
    await tabTo(page, (el) => el.text === 'Leadership & Culture');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Leadership & Culture' }).waitFor({ timeout: 30_000 });
    expect(page.url()).toMatch(/#\/workstreams\/\d+$/);
    expect((await focusedElement(page)).tag).not.toBe('');
    await page.context().close();
  }, 120_000);

  it('counts the HMICFRS tracker’s 17 changes since the last board per inspection', async () => {
    const page = await openDashboard('HMICFRS Report Recommendations');
    expect(await page.getByTestId('tile-Changed since last board').innerText()).toMatch(/17$/);
    const changed = await page.getByRole('region', { name: 'Counts by workstream, inspection and plan' }).locator('tbody tr td:last-child').allInnerTexts();
    expect(changed.reduce((n, t) => n + Number(t), 0)).toBe(17);
    await page.context().close();
  }, 90_000);

  it('on a phone the dashboard fits the width (its tables are cards, nothing wider than the window, in a region or not) and axe finds nothing', async () => {
    const page = await openDashboard('Operational Delivery Board', 'light', 390);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('#main *')]
        .filter((e) => e.getBoundingClientRect().right > 391)
        .map((e) => `${e.tagName}.${e.className}#${e.id} ${Math.round(e.getBoundingClientRect().right)}`)
        .slice(0, 8)
    );
    expect(wide).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${OUT}/dashboard-phone.png`, fullPage: true });
    await page.context().close();
  }, 90_000);

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`has no serious accessibility problems (${theme})`, async () => {
      const page = await openDashboard('HMICFRS Report Recommendations', theme);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${OUT}/dashboard-${theme}.png`, fullPage: true });
      await page.context().close();
    }, 90_000);
  }
});
