import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const SECRETARY = 'morgan.ellis@colp.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('Action plans', () => {
  it('shows the 2012 plan as strands → objectives → actions, with coverage of characteristics and duties', async () => {
    const page = await h.open(SECRETARY);
    await page.getByRole('tab', { name: 'Action plans' }).click();
    await page.getByText('4 strands, 64 objectives, 123 actions').waitFor();
    await page.getByRole('button', { name: /QUALITY OF SERVICE/i }).click();
    await page.getByRole('heading', { level: 2, name: /Operational Delivery/ }).waitFor();
    const coverage = page.getByRole('region', { name: 'Coverage tables' });
    // The seed ticks characteristics on five actions (OP2-01…04, OP10-02): each row counts them.
    expect(await coverage.getByRole('row', { name: /^Age/ }).innerText()).toMatch(/Age\s+[1-9]/);
    expect(await coverage.getByRole('rowheader').count()).toBe(12);
    // each table's first column names one row in proper English, never "Equality dutie"
    expect(await coverage.getByRole('columnheader').allInnerTexts()).toEqual(['Protected characteristic', 'Actions', 'Equality duty', 'Actions']);
  });

  it('filters by protected characteristic and says how many match', async () => {
    const page = await h.open(SECRETARY, { path: '#/plans' });
    await page.getByRole('button', { name: /QUALITY OF SERVICE/i }).click();
    await page.getByText('123 actions', { exact: true }).waitFor();
    await page.getByLabel('Protected characteristic').selectOption('Disability');
    await page.getByRole('status').getByText(/^\d+ of 123 actions match — Disability$/).waitFor();
    const refs = await page.locator('tbody tr td:first-child').allInnerTexts();
    expect(refs.filter((r) => /^[A-Z]{2}\d+-/.test(r)).every((r) => r.startsWith('OP'))).toBe(true);
    // words narrow further, alongside the characteristic
    await page.getByLabel('Search', { exact: true }).fill('OP2-01');
    await page.getByRole('status').getByText('1 of 123 actions match — matching “OP2-01”, Disability').waitFor();
    expect(await page.locator('tbody tr td:first-child').allInnerTexts()).toEqual(['OP2-01']);
  });

  it('exports the filtered view: only the matching actions, with due as written and derived', async () => {
    const page = await h.open(SECRETARY, { path: '#/plans' });
    await page.getByRole('button', { name: /QUALITY OF SERVICE/i }).click();
    await page.getByText('123 actions', { exact: true }).waitFor();
    await page.getByLabel('Equality duty').selectOption('Fostering good relations');
    const status = await page.getByRole('status').getByText(/of 123 actions match — Fostering good relations$/).innerText();
    const matching = Number(/^(\d+)/.exec(status)?.[1]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Export CSV \(\d+ items\)/ }).click()]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('Item,Text,Owner,Owner email,Due,Due (derived date),RAG,Lifecycle,Progress,Flags,As the source wrote it');
    expect(lines).toHaveLength(matching + 1);
    expect(lines.slice(1).every((l) => l.startsWith('Action OP'))).toBe(true);
    expect(download.suggestedFilename()).toBe('action-plan-Fostering-good-relations.csv');
  });

  // axe on the plans and a plan in three themes, at a desk and on a phone: look.test.ts
});
