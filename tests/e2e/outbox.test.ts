/**
 * Done-means for reminders in local mode: `tracker remind --today 2017-03-20` on the seeds; an
 * owner opens the Outbox, updates an item's RAG from its card by keyboard, and sees the update in
 * the item's history with themselves as author; a second run sends nothing. A secretary sends
 * nudges now for one board. axe on the Outbox in three themes, at desktop and phone widths.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { queryAll } from '../../src/ports/tracker-store';
import { axeViolations, focusedElement, startHarness, tabTo, type Harness } from './harness';

const OUT = 'test-results/outbox';
const OWNER = 'd.service@colp.example'; // T/Supt. Service: owns OD6-TBC, which has no date yet

let h: Harness;
const lines: string[] = [];
const remind = async (...args: string[]): Promise<string[]> => {
  const out: string[] = [];
  const code = await main(['remind', '--db', h.store.db.name, ...args], { out: (s) => out.push(...s.split('\n')), err: (s) => out.push(s) });
  expect(code).toBe(0);
  return out;
};

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  h = await startHarness();
  lines.push(...(await remind('--today', '2017-03-20')));
}, 120_000);
afterAll(async () => {
  await h?.close();
});

async function openOutbox(user: string, theme: 'light' | 'dark' | 'contrast' = 'light', width = 1366): Promise<Page> {
  const page = await h.open(user, { theme, path: '#/outbox', width, bypassCSP: true }); // axe is injected as a script
  await page.getByTestId('outbox-card').first().getByRole('button', { name: 'Update progress' }).first().waitFor({ timeout: 20_000 });
  return page;
}

describe('Outbox (local mode)', () => {
  it('the run sent digests and said so on its last line', () => {
    expect(lines.at(-1)).toMatch(/^sent [1-9]\d*, skipped 0, failed 0$/);
    expect(lines).toContain('  T/Supt. Service <d.service@colp.example>: needs a date, 1 item');
  });

  it('an owner updates an item’s RAG from its card by keyboard and sees it in the history as the author', async () => {
    const page = await openOutbox(OWNER);
    const card = page.getByTestId('outbox-card').first();
    expect(await card.innerText()).toContain('Needs a date: 1 item');
    await card.getByRole('button', { name: 'Update progress' }).first().focus();
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.tag === 'TEXTAREA');
    await page.keyboard.type('Date agreed with the board: end of June');
    await tabTo(page, (el) => el.tag === 'SELECT');
    await page.keyboard.type('Amber');
    await tabTo(page, (el) => el.text === 'Save update');
    await page.screenshot({ path: `${OUT}/outbox-form-light.png`, fullPage: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 20_000 }).toContain('Saved: Action OD6-TBC is AMBER');
    expect((await focusedElement(page)).text).toBe('Save update'); // focus stays where the person was

    const actions = await queryAll(h.store, 'actions', { where: [{ field: 'owner', op: 'eq', value: OWNER }] });
    const item = actions.find((a) => a.ref === 'OD6-TBC');
    expect(item?.rag).toBe('AMBER');
    const history = await queryAll(h.store, 'updates', { where: [{ field: 'itemId', op: 'eq', value: item?.id }] });
    expect(history.at(-1)).toMatchObject({ author: OWNER, authorName: 'T/Supt. Service', newRag: 'AMBER', text: 'Date agreed with the board: end of June' });

    await card.getByRole('link', { name: 'Open', exact: true }).first().focus(); // the renderer makes Open a link
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('history').innerText(), { timeout: 20_000 }).toContain('T/Supt. Service');
    expect(await page.getByTestId('history').innerText()).toContain('Date agreed with the board: end of June');
    await page.context().close();
  }, 120_000);

  it('a stale card answers with both values instead of saving', async () => {
    const page = await openOutbox(OWNER);
    const card = page.getByTestId('outbox-card').first();
    await card.getByRole('button', { name: 'Update progress' }).first().click();
    await card.getByLabel('RAG').selectOption('GREEN');
    await card.getByRole('button', { name: 'Save update' }).click();
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 20_000 }).toContain('changed after this card was sent');
    expect(await page.getByRole('status').innerText()).toContain('Now: RAG AMBER');
    expect(await page.getByRole('status').innerText()).toContain('You wrote: RAG GREEN');
    await page.context().close();
  }, 120_000);

  it('a second run sends nothing', async () => {
    expect((await remind('--today', '2017-03-20')).at(-1)).toBe('sent 0, skipped 0, failed 0');
  }, 60_000);

  it('a secretary sends nudges now for one board, through the same ledger', async () => {
    const page = await openOutbox('morgan.ellis@colp.example');
    await page.getByLabel('Board').selectOption('HMICFRS Report Recommendations');
    await page.getByRole('button', { name: 'Send nudges now' }).click();
    // as of today (2026), the 2017 items are long past their last nudge; the run is the real job
    await expect.poll(() => page.getByRole('status').innerText(), { timeout: 30_000 }).toMatch(/sent \d+, skipped \d+, failed 0/);
    await page.context().close();
  }, 120_000);

  it('an owner sees no "Send nudges now"', async () => {
    const page = await openOutbox(OWNER);
    expect(await page.getByRole('button', { name: 'Send nudges now' }).count()).toBe(0);
    await page.context().close();
  }, 60_000);

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`axe finds no serious or critical issue on the Outbox (${theme})`, async () => {
      const page = await openOutbox('morgan.ellis@colp.example', theme);
      await page.screenshot({ path: `${OUT}/outbox-${theme}.png`, fullPage: false });
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    }, 60_000);
  }

  it('fits a phone', async () => {
    const page = await openOutbox(OWNER, 'light', 390);
    await page.screenshot({ path: `${OUT}/outbox-phone.png`, fullPage: false });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  }, 60_000);
});
