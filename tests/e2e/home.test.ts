import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_BOARDS } from '../../src/seed/people';
import { startHarness, type Harness } from './harness';

const SECRETARY = 'morgan.ellis@colp.example';
const MEMBER = 'chris.nolan@colp.example';
const OWNER = 'd.service@colp.example';
const LEAD = 'ruth.adeyemi@colp.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('A home that fits the person', () => {
  it('a secretary lands on the board summary: overdue, RED, AMBER, unassigned and changes since the last board, per board', async () => {
    const page = await h.open(SECRETARY);
    const overview = page.getByTestId('board-overview');
    await overview.getByRole('heading', { level: 1, name: 'Board overview' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('tab', { name: 'Board overview', selected: true }).count()).toBe(1);
    const table = overview.getByRole('region', { name: 'Boards at a glance' });
    await table.waitFor();
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Board', 'Open', 'Overdue', 'RED', 'AMBER', 'Unassigned', 'Changed since last board']);
    const hmic = table.getByRole('row', { name: /HMICFRS Report Recommendations/ });
    await hmic.waitFor();
    // counted from the board's last frozen snapshot, when it has one
    await expect.poll(() => hmic.locator('td').last().innerText(), { timeout: 30_000 }).toMatch(/^\d+ (since \d|\(no board frozen yet\))/);
    expect(await page.getByText('Nothing is assigned to you.').count()).toBe(0);
    // a count is a way into the list it counts
    const overdue = table.getByRole('link', { name: /overdue items of Operational Delivery Board/ });
    if ((await overdue.count()) > 0) {
      await overdue.click();
      // All items rewrites its address in its own parameter order once it loads: compare the parameters, not the string
      const params = async () => {
        const hash = await page.evaluate(() => window.location.hash);
        const [route, query = ''] = hash.split('?');
        return { route, params: Object.fromEntries([...new URLSearchParams(query)].map(([k, v]) => [k, k === 'board' ? /^\d+$/.test(v) : v])) };
      };
      await expect.poll(params, { timeout: 15_000 }).toEqual({ route: '#/all', params: { board: true, due: 'overdue' } });
    }
  }, 120_000);

  it('a board member lands on the boards’ RED and AMBER items, each with its RAG as a word', async () => {
    const page = await h.open(MEMBER);
    const overview = page.getByTestId('board-overview');
    await overview.getByRole('heading', { level: 1, name: 'Red and amber' }).waitFor({ timeout: 30_000 });
    const lists = overview.getByRole('list');
    await expect.poll(() => lists.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const labels = await overview.locator('[aria-label^="RAG: "]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.every((l) => l === 'RAG: Red' || l === 'RAG: Amber')).toBe(true);
  }, 120_000);

  it('a lead lands on the board summary of the boards they lead, and no other', async () => {
    const page = await h.open(LEAD);
    const overview = page.getByTestId('board-overview');
    await overview.getByRole('heading', { level: 1, name: 'Board overview' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('tab', { name: 'Board overview', selected: true }).count()).toBe(1);
    const boards = overview.getByRole('region', { name: 'Boards at a glance' }).getByRole('rowheader');
    await expect.poll(() => boards.count(), { timeout: 30_000 }).toBe(2);
    const names = await boards.allInnerTexts();
    // Ruth Adeyemi leads the Operational Delivery Board and the 2012 plan's board; the HMICFRS tracker is not hers
    expect(names.some((n) => n.includes(SEED_BOARDS.operational))).toBe(true);
    expect(names.some((n) => n.includes(SEED_BOARDS.qos))).toBe(true);
    expect(await page.getByText('Nothing is assigned to you.').count()).toBe(0);
  }, 120_000);

  it('an owner lands on My items', async () => {
    const page = await h.open(OWNER);
    await page.getByRole('heading', { name: 'My items' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('tab', { name: 'Board overview' }).count()).toBe(0);
  }, 120_000);

  it('"Overdue as of" is typed and shown day first (dd/mm/yyyy), never in US order', async () => {
    const page = await h.open(OWNER);
    await page.getByRole('heading', { name: 'My items' }).waitFor({ timeout: 30_000 });
    const box = page.getByRole('combobox', { name: 'Overdue as of' });
    await box.fill('12/01/2017');
    await box.press('Tab');
    await page.getByText('overdue as of 12 Jan 2017').waitFor();
    expect(await box.inputValue()).toBe('12/01/2017');
  }, 120_000);

  it('on a phone the header is one line and a Settings button: the list starts high, and Settings opens the day, who is signed in and the theme by keyboard', async () => {
    const page = await h.open(OWNER, { width: 390, height: 844 });
    await page.getByRole('heading', { name: 'My items' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('combobox', { name: 'Overdue as of' }).count()).toBe(0);
    const top = await page.evaluate(() => document.getElementById('main')?.getBoundingClientRect().top ?? 0);
    expect(top).toBeLessThan(120); // 202 with the settings open in the band
    await page.screenshot({ path: 'test-results/screenshots/home-phone-header.png' });
    const settings = page.getByRole('button', { name: 'Settings' });
    expect(await settings.getAttribute('aria-expanded')).toBe('false');
    await settings.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('combobox', { name: 'Overdue as of' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('combobox', { name: 'Signed in as' }).count()).toBe(1);
    const hide = page.getByRole('button', { name: 'Hide settings' });
    expect(await hide.getAttribute('aria-expanded')).toBe('true');
    // focus stays on the button that was pressed
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('header-settings');
    // at a desk there is no such button: the settings are always in the band
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('combobox', { name: 'Overdue as of' }).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('header-settings').count()).toBe(0);
  }, 120_000);
});
