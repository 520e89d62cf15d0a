import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const SECRETARY = 'morgan.ellis@colp.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('Inspections', () => {
  it('lists every report with figures counted from its items and the source’s differences shown', async () => {
    const page = await h.open(SECRETARY);
    await page.getByRole('tab', { name: 'Inspections' }).click();
    await page.getByText('13 reports').waitFor();
    const fair = page.getByRole('row', { name: /Making it fair/ });
    expect(await fair.innerText()).toContain('9 recommendations; 5 apply to the force');
    const fear = page.getByRole('row', { name: /Living in fear/ });
    // all 22 are WHITE while the national plan is awaited, yet the 4 addressed to chief constables apply
    expect(await fear.innerText()).toContain('22 recommendations; 4 apply to the force');
    expect(await fear.innerText()).not.toContain('Differs');
  });

  it('shows what the report says beyond its items: narrative, merged cells marked, the legend as written', async () => {
    const page = await h.open(SECRETARY, { path: '#/inspections' });
    await page.getByRole('button', { name: 'Best Use of Stop and Search Scheme revisit 2016' }).click();
    await page.getByRole('region', { name: 'The report’s own words' }).getByText(/found that the force was compliant/).waitFor();
    const region = page.getByRole('region', { name: /Items of/ });
    await region.waitFor();
    // one line per item until asked: then what the source wrote is under each
    expect(await region.getByRole('list', { name: 'As the source wrote it' }).count()).toBe(0);
    await page.getByRole('switch', { name: /parts, sub-actions and source notes/ }).check();
    const notes = region.getByRole('list', { name: 'As the source wrote it' });
    await expect.poll(() => notes.count(), { timeout: 15_000 }).toBe(2);
    expect(await notes.first().innerText()).toContain('Comment inferred, not written on this row: written once on #1, in one merged cell covering #1–#3');
    expect(await region.innerText()).not.toContain('rationale missing');
    await page.getByText('Status legend, as the tracker writes it').click();
    await page.getByText('cannot / will not be implemented (rationale required) or').waitFor();
    await page.getByRole('button', { name: 'All inspections' }).click();
    await page.getByRole('button', { name: /In harm/ }).click();
    await page.getByText('This report makes no specific recommendations: it highlights areas for attention.').waitFor();
  });

  it('opens a report, shows its items with parts, and updates one from there', async () => {
    const page = await h.open(SECRETARY, { path: '#/inspections' });
    await page.getByRole('button', { name: 'PEEL: Police Legitimacy 2016 - CoLP' }).click();
    await page.getByRole('heading', { level: 1, name: 'PEEL: Police Legitimacy 2016 - CoLP' }).waitFor();
    await page.getByText('The report’s own summary differs from its items').waitFor();
    await page.getByRole('switch', { name: /parts, sub-actions and source notes/ }).check();
    expect(await page.getByRole('list', { name: 'Parts' }).count()).toBeGreaterThan(0);
    // the item's title opens it, on the row whose kind is "Area for improvement 1"
    const row = page.getByRole('region', { name: /Items of/ }).getByRole('row').filter({ has: page.getByText('Area for improvement 1', { exact: true }) });
    await row.locator('[data-testid^="report-recommendations-"]').click();
    const editor = page.getByTestId('item-editor');
    await editor.getByLabel('Comment / current position').fill('Questionnaire relaunched in 2024.');
    await editor.getByRole('button', { name: 'Save update' }).click();
    await editor.getByText('Saved. Your update is in the history below.').waitFor();
    expect(page.url()).toMatch(/#\/inspections\/\d+\/items\/recommendations\/\d+$/);
    // the editor is a modal drawer: close it to read the page behind
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('region', { name: /Items of/ }).innerText()).toContain('Questionnaire relaunched in 2024.');
  });

  it('filters a report’s items by RAG and words, keeping the report’s own order', async () => {
    const page = await h.open(SECRETARY, { path: '#/inspections' });
    await page.getByRole('button', { name: 'PEEL: Police Legitimacy 2016 - CoLP' }).click();
    const region = page.getByRole('region', { name: /Items of/ });
    await region.waitFor();
    const status = page.getByRole('status').filter({ hasText: / items/ }).first();
    const total = Number(/^(\d+) items$/.exec(await status.innerText())?.[1]);
    expect(total).toBeGreaterThan(1);
    const numbers = async (): Promise<string[]> => region.locator('tbody tr td:first-child').allInnerTexts();
    const all = await numbers();
    const ragsNow = async (): Promise<string[]> =>
      region.locator('tbody tr td:nth-child(3) [aria-label^="RAG:"]').evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? '').replace('RAG: ', '')));
    const before = await ragsNow();
    const wanted = before[0] as string;
    await page.getByLabel('RAG', { exact: true }).selectOption(wanted.toUpperCase());
    const expected = before.filter((r) => r === wanted).length;
    await expect.poll(() => status.innerText()).toBe(`${expected} of ${total} items — ${wanted.toUpperCase()}`);
    const filtered = await numbers();
    expect(filtered.length).toBe(expected);
    // still in the report's order, and only that RAG
    expect(filtered).toEqual(all.filter((n) => filtered.includes(n)));
    expect(new Set(await ragsNow())).toEqual(new Set([wanted]));
    await page.getByLabel('Search', { exact: true }).fill('zzzz no such words');
    await expect.poll(() => status.innerText()).toBe(`0 of ${total} items — ${wanted.toUpperCase()}, matching “zzzz no such words”`);
  });

  // axe on the reports and a report in three themes, at a desk and on a phone: look.test.ts
});
