import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startHarness, type Harness } from './harness';

const SECRETARY = 'morgan.ellis@colp.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('Workstreams', () => {
  it('lists the six workstreams by programme with Project and Benefit RAG as words', async () => {
    const page = await h.open(SECRETARY);
    await page.getByRole('tab', { name: 'Workstreams' }).click();
    // nine highlight reports, six workstreams: renamed ones are one workstream with history
    await page.getByText('6 workstreams').waitFor();
    const row = page.getByRole('row', { name: /Leadership & Culture/ });
    expect(await row.getByLabel('Project RAG: Not set').count()).toBe(1);
  });

  it('searches workstreams and filters them by RAG, saying how many of six match', async () => {
    const page = await h.open(SECRETARY, { path: '#/workstreams' });
    await page.getByText('6 workstreams').waitFor();
    await page.getByLabel('Search', { exact: true }).fill('leadership');
    await page.getByText(/^[1-5] of 6 workstreams match$/).waitFor();
    const titles = await page.locator('tbody tr td:first-child button').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /leadership/i.test(t))).toBe(true);
    await page.getByLabel('Search', { exact: true }).fill('');
    await page.getByLabel('Project or Benefit RAG').selectOption('none');
    await page.getByText(/^[1-6] of 6 workstreams match$/).waitFor();
    expect(await page.getByRole('row', { name: /Leadership & Culture/ }).count()).toBe(1);
    const shown = await page.locator('tbody tr').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: `Export CSV (${shown} workstreams)` }).click()]);
    const lines = readFileSync((await download.path()) as string, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Workstream,Programme,Board,Owner,Owner email,Project RAG,Benefit RAG,Last report,Deliverables');
    expect(lines).toHaveLength(shown + 1);
  });

  it('shows a workstream’s deliverables, due as written and derived, and its reports as a timeline', async () => {
    const page = await h.open(SECRETARY, { path: '#/workstreams' });
    await page.getByRole('button', { name: 'Leadership & Culture' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leadership & Culture' }).waitFor();
    const timeline = page.getByTestId('timeline');
    const text = await timeline.innerText();
    expect(text.indexOf('Aug 2021')).toBeLessThan(text.indexOf('28/04/23'));
    expect(text).toContain('reported as “Culture & Leadership”');
    const deliverables = page.getByRole('region', { name: 'Deliverables', exact: true });
    expect(await deliverables.innerText()).toMatch(/Q4 23\/24 — by 31 Mar 2024/);
    await page.getByRole('button', { name: 'Update RAG and progress' }).click();
    const editor = page.getByTestId('item-editor');
    await editor.getByRole('radio', { name: 'Amber' }).check();
    await editor.getByLabel('Progress').fill('Leadership programme relaunched.');
    await editor.getByRole('button', { name: 'Save update' }).click();
    await editor.getByText('Saved. Your update is in the history below.').waitFor();
    // the editor is a modal drawer: close it to read the page behind
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).first().innerText()).toBe('Leadership & Culture');
    await expect.poll(async () => page.getByLabel('Project RAG: Amber').count()).toBeGreaterThan(0);
  });

  for (const theme of ['light', 'dark', 'contrast'] as const) {
    it(`has no serious or critical axe issue (${theme})`, async () => {
      const page = await h.open(SECRETARY, { theme, bypassCSP: true, path: '#/workstreams' });
      await page.getByText('6 workstreams').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Health and Wellbeing' }).click();
      await page.getByTestId('timeline').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
