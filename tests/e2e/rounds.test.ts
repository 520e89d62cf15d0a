/**
 * Update rounds before a board, local mode (issue 12): the secretary opens a round for the
 * Operational Delivery Board by keyboard only; an owner sends a highlight update through the
 * workstream's highlight form, and the round shows it as submitted with its proposed RAGs.
 * Opening the round asks each owner at once (their Outbox shows the ask), so the secretary's
 * "Remind those missing" the same day sends nothing twice; a lead follows the
 * round without reminding, a member sees no round. A past meeting date is refused naming the
 * field, with the date kept. axe in three themes, and the round at phone width (390 px).
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteOutbox } from '../../src/adapters/sqlite/sqlite-outbox';
import { addDays, londonDateOf, type IsoDate } from '../../src/core/dates';
import type { ItemId } from '../../src/core/model';
import { queryAll } from '../../src/ports/tracker-store';
import { axeViolations, focusedElement, startHarness, tabTo, type Harness } from './harness';

const OUT = 'test-results/rounds';
const SECRETARY = 'morgan.ellis@colp.example'; // secretary of every board
const LEAD = 'ruth.adeyemi@colp.example'; // leads the Operational Delivery Board
const MEMBER = 'chris.nolan@colp.example';
const SAM = 'sam.okafor@colp.example'; // owns Health and Wellbeing and Community Engagement

let h: Harness;
let roundId: ItemId;
const uk = (d: IsoDate) => d.split('-').reverse().join('/');
const meeting = addDays(londonDateOf(new Date()), 21);

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  h = await startHarness();
}, 120_000);
afterAll(async () => {
  await h?.close();
});

describe('update rounds (local mode)', () => {
  it('the secretary opens a round by keyboard only; a past meeting date is refused naming the field, the date kept', async () => {
    const page = await h.open(SECRETARY, { path: '#/rounds' });
    await page.getByRole('heading', { name: 'Open a round' }).waitFor({ timeout: 30_000 });
    // the first board offered is the Operational Delivery Board
    expect(await page.getByRole('combobox', { name: 'Board' }).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe('Operational Delivery Board');

    await tabTo(page, (el) => el.tag === 'INPUT' && el.label.startsWith('Meeting date'), { limit: 80 });
    const yesterday = uk(addDays(londonDateOf(new Date()), -1));
    await page.keyboard.type(yesterday);
    await page.keyboard.press('Tab');
    await tabTo(page, (el) => el.text === 'Open round');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('open-round-error').innerText(), { timeout: 20_000 }).toMatch(/Meeting date: .*is in the past/);
    expect(await page.getByRole('combobox', { name: /Meeting date/ }).inputValue()).toBe(yesterday);

    await tabTo(page, (el) => el.tag === 'INPUT' && el.label.startsWith('Meeting date'), { limit: 80, key: 'Shift+Tab' });
    await page.keyboard.press('Control+A');
    await page.keyboard.type(uk(meeting));
    await page.keyboard.press('Tab');
    await tabTo(page, (el) => el.text === 'Open round');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedElement(page), { timeout: 20_000 }).toMatchObject({ testid: 'round-heading' });
    expect(await page.getByTestId('round-count').innerText()).toBe('0 of 6 highlight updates submitted; 6 missing.');
    const [round] = await queryAll(h.store, 'updateRounds', { where: [{ field: 'boardId', op: 'eq', value: 1 }] });
    expect(round).toMatchObject({ meetingDate: meeting, openedBy: SECRETARY });
    roundId = round?.id as ItemId;
    expect(page.url()).toMatch(new RegExp(`#/rounds/${roundId}$`));
    await page.context().close();

    // opening asked every owner at once: Sam's Outbox shows the ask for both his workstreams
    const outbox = await h.open(SAM, { path: '#/outbox' });
    await outbox.getByText('Your highlight update is asked for: 2 workstreams').first().waitFor({ timeout: 30_000 });
    await outbox.context().close();
  }, 120_000);

  it('an owner’s highlight update counts as submitted; "Remind those missing" the day the round opened repeats no ask', async () => {
    const owner = await h.open(SAM, { path: '#/workstreams' });
    await owner.getByRole('button', { name: 'Health and Wellbeing' }).click();
    await owner.getByRole('button', { name: 'Write a highlight report' }).click();
    const form = owner.getByTestId('highlight-form');
    await form.waitFor({ timeout: 20_000 });
    await form.getByRole('radiogroup', { name: 'Project RAG' }).getByRole('radio', { name: 'Amber' }).check();
    await form.getByRole('radiogroup', { name: 'Benefit RAG' }).getByRole('radio', { name: 'Green' }).check();
    await form.getByLabel('Progress since last update').fill('Round e2e: wellbeing hub opened');
    await form.getByLabel('Key next steps').fill('Round e2e: staff the hub');
    await form.getByLabel('Decisions required by the board').fill('Round e2e: agree the hub budget');
    await form.getByRole('button', { name: 'Save highlight report' }).click();
    await owner.getByTestId('highlight-notice').getByText(/Saved\./).waitFor({ timeout: 20_000 });
    await owner.context().close();

    const page = await h.open(SECRETARY, { path: `#/rounds/${roundId}` });
    await expect.poll(() => page.getByTestId('round-count').innerText(), { timeout: 30_000 }).toBe('1 of 6 highlight updates submitted; 5 missing.');
    const entry = page.getByTestId('round-entry-1');
    expect(await entry.innerText()).toMatch(/Submitted .* by Sam Okafor/);
    expect(await entry.getByLabel('Proposed Project RAG: Amber').count()).toBe(1);
    expect(await entry.getByLabel('Proposed Benefit RAG: Green').count()).toBe(1);

    // the ask went out when the round opened, through the ledger: the same day, pressing sends nothing twice
    const rows = await queryAll(h.store, 'reminderLog', { where: [{ field: 'recipient', op: 'in', value: [SAM, 'alex.fraser@colp.example', 'grace.mensah@colp.example', 'dan.bradford@colp.example'] }] });
    const forRound = rows.filter((r) => r.rule === `round-${roundId}`);
    expect(forRound.map((r) => r.itemId).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(forRound.every((r) => r.outcome === 'sent')).toBe(true);
    await tabTo(page, (el) => el.text === 'Remind those missing', { limit: 80 });
    await page.keyboard.press('Enter');
    const result = page.getByTestId('remind-result');
    await expect.poll(() => result.innerText(), { timeout: 20_000 }).toMatch(/^Nobody new to remind\. Already reminded for this round: /);
    const said = await result.innerText();
    for (const name of ['Sam Okafor', 'Alex Fraser', 'Grace Mensah', 'Dan Bradford']) {
      expect(said).toContain(name);
    }
    const again = (await queryAll(h.store, 'reminderLog', { where: [{ field: 'recipient', op: 'eq', value: SAM }] })).filter((r) => r.rule === `round-${roundId}`);
    expect(again).toHaveLength(2);
    // Sam's Outbox holds the one ask, not a second digest
    const outbox = await h.open(SAM, { path: '#/outbox' });
    await outbox.getByText('Your highlight update is asked for: 2 workstreams').first().waitFor({ timeout: 30_000 });
    expect(new SqliteOutbox(h.store.db).received(SAM).filter((m) => m.digest.kind === 'round')).toHaveLength(1);
    await outbox.context().close();
    await page.context().close();
  }, 180_000);

  it('a lead follows the round but cannot remind; a member has no rounds', async () => {
    const lead = await h.open(LEAD, { path: `#/rounds/${roundId}` });
    await lead.getByTestId('round-count').waitFor({ timeout: 30_000 });
    expect(await lead.getByRole('button', { name: 'Remind those missing' }).count()).toBe(0);
    expect(await lead.getByRole('heading', { name: 'Open a round' }).count()).toBe(0);
    await lead.context().close();

    const member = await h.open(MEMBER, { path: '#/overview' });
    await member.getByRole('tab', { name: 'My items' }).waitFor({ timeout: 30_000 });
    expect(await member.getByRole('tab', { name: 'Update rounds' }).count()).toBe(0);
    await member.goto(`${h.server.url}/#/rounds/${roundId}`);
    await member.getByText(/may not see the update round/).waitFor({ timeout: 30_000 });
    await member.context().close();
  }, 120_000);

  it('the round at phone width (390 px): no sideways scrolling, axe clean', async () => {
    const page = await h.open(SECRETARY, { path: `#/rounds/${roundId}`, width: 390, height: 844, bypassCSP: true });
    await page.getByTestId('round-count').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: `${OUT}/round-phone.png`, fullPage: true });
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => !e.closest('nav') && e.getBoundingClientRect().right > 391).map((e) => `${e.tagName}.${e.className}`.slice(0, 80)).slice(0, 8));
    expect(wide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${h.server.url}/#/rounds`);
    await page.getByRole('heading', { name: 'Open a round' }).waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.context().close();
  }, 120_000);

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`axe: the rounds list with its form, and a round, in ${theme}`, async () => {
      const page = await h.open(SECRETARY, { theme, path: '#/rounds', bypassCSP: true });
      await page.getByTestId(`round-${roundId}`).waitFor({ timeout: 30_000 });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByTestId(`round-${roundId}`).getByRole('button').click();
      await page.getByTestId('round-count').waitFor({ timeout: 30_000 });
      await page.screenshot({ path: `${OUT}/round-${theme}.png`, fullPage: true });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }, 120_000);
  }
});
