/**
 * The meeting view (issue 12) in local mode: a secretary opens a seeded board's meeting view,
 * switches it to red and amber (only RED and AMBER shown), records a decision by keyboard only
 * and finds it in the item's history; a board member sees the view and no record controls; at a
 * side panel's 320 px nothing scrolls sideways; axe in three themes with the record form open.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryAll } from '../../src/ports/tracker-store';
import { SEED_BOARDS } from '../../src/seed/people';
import { axeViolations, focusedElement, startHarness, tabTo, type Harness } from './harness';

const OUT = 'test-results/meeting';
const SECRETARY = 'morgan.ellis@colp.example';
const MEMBER = 'chris.nolan@colp.example';

let h: Harness;
let boardId: number;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  h = await startHarness();
  const boards = await queryAll(h.store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] });
  const board = boards.find((b) => b.title === SEED_BOARDS.inspections);
  if (!board) {
    throw new Error('the seeds have no HMICFRS board');
  }
  boardId = board.id;
}, 120_000);
afterAll(async () => {
  await h?.close();
});

async function meetingView(user: string, view: string, options: { theme?: 'light' | 'dark' | 'contrast'; width?: number } = {}): Promise<Page> {
  const page = await h.open(user, { theme: options.theme ?? 'light', width: options.width, path: `#/meeting?board=${boardId}&view=${view}`, bypassCSP: true });
  await page.getByRole('heading', { name: new RegExp(`^${SEED_BOARDS.inspections}: `) }).waitFor({ timeout: 30_000 });
  await expect.poll(() => page.getByTestId('meeting-count').innerText(), { timeout: 30_000 }).toMatch(/^\d+ items?/);
  return page;
}

/** The RAG words of the rows shown. */
const rags = (page: Page) => page.locator('[data-rag-badge]').allInnerTexts();

describe('the meeting view (local mode)', () => {
  it('a secretary switches to red and amber and records a decision by keyboard only; it is in the item’s history', async () => {
    const page = await meetingView(SECRETARY, 'due30');
    await tabTo(page, (el) => el.testid === 'meeting-view', { limit: 40 });
    await page.keyboard.press('ArrowUp'); // Due in 30 days → Red and amber
    await page.getByRole('heading', { name: `${SEED_BOARDS.inspections}: red and amber` }).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 10_000 }).toBe(`#/meeting?board=${boardId}&view=redAmber`);
    const count = await page.getByTestId('meeting-count').innerText();
    expect(count).toMatch(/^\d+ items: (\d+ RED)?(, )?(\d+ AMBER)?$/);
    const shown = await rags(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((r) => r === 'Red' || r === 'Amber')).toBe(true);
    // the count in words says what the rows show
    const n = (word: string) => Number(new RegExp(`(\\d+) ${word}`).exec(count)?.[1] ?? 0);
    expect([n('RED'), n('AMBER')]).toEqual([shown.filter((r) => r === 'Red').length, shown.filter((r) => r === 'Amber').length]);

    // keyboard only: the first item's "Record decision", the form, Save, then the result and the item
    await tabTo(page, (el) => el.testid.startsWith('decide-'), { limit: 80 });
    const button = (await focusedElement(page)).testid;
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedElement(page)).tag, { timeout: 10_000 }).toBe('TEXTAREA');
    // cancel puts focus back on the item's button
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focusedElement(page)).testid, { timeout: 10_000 }).toBe(button);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedElement(page)).tag, { timeout: 10_000 }).toBe('TEXTAREA');
    // nothing typed: refused, naming the field
    await tabTo(page, (el) => el.text === 'Save decision', { limit: 10 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 20_000 }).toMatch(/Not saved: decision: is required/);
    await tabTo(page, (el) => el.tag === 'TEXTAREA', { key: 'Shift+Tab', limit: 10 });
    await page.keyboard.type('Board agreed to fund the custody review for a further year');
    // a day that is not one: refused naming the field, what was typed kept
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('31/02/2026');
    await tabTo(page, (el) => el.text === 'Save decision', { limit: 10 });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').innerText(), { timeout: 20_000 }).toMatch(/Meeting date: “31\/02\/2026” is not a day/);
    expect(await page.getByRole('textbox', { name: 'Decision' }).inputValue()).toBe('Board agreed to fund the custody review for a further year');
    // and in local storage until it is saved
    const draft = () => page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('actionTracker.meeting.'))?.[1] ?? null);
    expect(await draft()).toContain('Board agreed to fund the custody review for a further year');
    await tabTo(page, (el) => el.tag === 'INPUT', { key: 'Shift+Tab', limit: 10 });
    await page.keyboard.press('Control+A');
    await page.keyboard.type('05/06/2024');
    await tabTo(page, (el) => el.text === 'Save decision', { limit: 10 });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focusedElement(page)).testid, { timeout: 20_000 }).toBe('record-result');
    expect(await page.getByTestId('record-result').innerText()).toContain('Decision recorded on');
    expect(await draft()).toBeNull();
    await tabTo(page, (el) => /and its history$/.test(el.text), { limit: 5 });
    await page.keyboard.press('Enter');
    await page.getByTestId('history').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.getByTestId('history').innerText(), { timeout: 20_000 }).toMatch(/Decision at the meeting of 5 June 2024: Board agreed to fund the custody review for a further year/);
    await page.context().close();
  }, 180_000);

  it('a secretary adds a new action agreed at the meeting: it is on the board and its history says so', async () => {
    const boards = await queryAll(h.store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] });
    const odb = boards.find((b) => b.title === SEED_BOARDS.operational);
    const page = await h.open(SECRETARY, { path: `#/meeting?board=${odb?.id}&view=all`, bypassCSP: true });
    await page.locator('[data-testid^="agree-"]').first().click({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Add action' }).waitFor({ timeout: 10_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('textbox', { name: 'Action' }).fill('Brief the new inclusion panel');
    await page.getByRole('textbox', { name: 'Due' }).fill('Q3 24/25');
    await page.getByRole('textbox', { name: 'Meeting date' }).fill('05/06/2024');
    await page.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(async () => (await focusedElement(page)).testid, { timeout: 20_000 }).toBe('record-result');
    expect(await page.getByTestId('record-result').innerText()).toContain('Action added to the board: Brief the new inclusion panel');
    await page.getByRole('button', { name: 'Open the new action' }).click();
    await expect.poll(() => page.getByTestId('history').innerText(), { timeout: 30_000 }).toContain('Agreed at the meeting of 5 June 2024');
    // on the board's meeting view now
    await expect.poll(() => page.locator('[data-testid^="row-actions-"]').allInnerTexts(), { timeout: 30_000 }).toContain('Brief the new inclusion panel');
    await page.context().close();
  }, 120_000);

  it('a board member sees the view and no record controls', async () => {
    const page = await meetingView(MEMBER, 'redAmber');
    expect((await rags(page)).length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid^="decide-"], [data-testid^="agree-"]').count()).toBe(0);
    await page.context().close();
  }, 120_000);

  it('at a side panel’s 320 px: compact cards, no header or tab row, no sideways scrolling', async () => {
    const page = await meetingView(SECRETARY, 'redAmber', { width: 320 });
    await page.locator('[data-testid^="decide-"]').first().waitFor({ timeout: 20_000 });
    // the HMICFRS board holds recommendations only: no workstream for a new action to go under
    expect(await page.locator('[data-testid^="agree-"]').count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Screens' }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    await page.locator('[data-testid^="decide-"]').first().click();
    await page.getByRole('button', { name: 'Save decision' }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: `${OUT}/side-panel-320.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  }, 120_000);

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`axe: the meeting view with the decision form open in ${theme}`, async () => {
      const page = await meetingView(SECRETARY, 'redAmber', { theme });
      await page.locator('[data-testid^="decide-"]').first().click();
      await page.getByRole('button', { name: 'Save decision' }).waitFor({ timeout: 10_000 });
      await page.screenshot({ path: `${OUT}/meeting-${theme}.png`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }, 120_000);
  }
});
