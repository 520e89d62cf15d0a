import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

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

  it('shows a workstream’s deliverables, due as written and derived, and its reports as a timeline in one UK date format', async () => {
    const page = await h.open(SECRETARY, { path: '#/workstreams' });
    await page.getByRole('button', { name: 'Leadership & Culture' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leadership & Culture' }).waitFor();
    const text = await page.getByTestId('timeline').innerText();
    // a month-precision report stays a month; a day is written as every other day in the app
    expect(text.indexOf('Aug 2021')).toBeLessThan(text.indexOf('28 Apr 2023'));
    expect(text).not.toContain('28/04/23');
    expect(text).toContain('reported as “Culture & Leadership”');
    const deliverables = page.getByRole('region', { name: 'Deliverables', exact: true });
    // a quarter is read as its last day (the KPI rows dated Q4/Q3 23/24 are KPIs, not deliverables)
    expect(await deliverables.innerText()).toMatch(/Q2 23\/24 — by 30 Sept 2023/);
    // the page leads with the whole objective (from 2021), and says which text the 2023 export cut
    const page1 = await page.locator('main').innerText();
    expect(page1).toContain('Leaders to ensure they create an inclusive culture within the organisation');
    expect(page1).toContain('As the reports wrote it');
    expect(page1).toContain('Objective cut in the export (“Leaders to ensure they create an inclusive culti…”)');
    expect(page1).toContain('written “TBD”');
  });

  it('saves a workstream highlight update with all its fields as one dated report that shows in the timeline', async () => {
    const page = await h.open(SECRETARY, { path: '#/workstreams' });
    await page.getByRole('button', { name: 'Health and Wellbeing' }).click();
    await page.getByRole('heading', { level: 1, name: 'Health and Wellbeing' }).waitFor();
    const reportsBefore = await page.getByTestId('timeline').locator(':scope > li').count();
    await page.getByRole('button', { name: 'Write a highlight report' }).click();
    const form = page.getByTestId('highlight-form');
    await form.waitFor();
    // a report without its date is refused, the error names the field as shown, and focus goes to it
    const date = form.getByRole('combobox', { name: /Report date/ });
    await date.fill('');
    await date.press('Tab');
    await form.getByRole('button', { name: 'Save highlight report' }).click();
    await form.getByText(/Not saved: Report date: is required/).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    // the date is typed the UK way, day first
    await date.fill('10/05/2023');
    await date.press('Tab');
    await expect.poll(() => date.inputValue()).toBe('10/05/2023');
    await form.getByRole('radiogroup', { name: 'Project RAG' }).getByRole('radio', { name: 'Amber' }).check();
    await form.getByRole('radiogroup', { name: 'Benefit RAG' }).getByRole('radio', { name: 'Red' }).check();
    await form.getByLabel('Progress since last update').fill('E2E wellbeing survey closed\nE2E panel met twice');
    await form.getByLabel('Key next steps').fill('E2E publish the survey results');
    await form.getByLabel('Recommendations to the board').fill('E2E note the survey results');
    await form.getByLabel('Decisions required by the board').fill('E2E approve the wellbeing budget');
    await form.getByLabel('KPIs').fill('E2E 80% response rate');
    await form.getByRole('button', { name: 'Save highlight report' }).click();
    const notice = page.getByTestId('highlight-notice');
    await notice.getByText(/Saved\. The highlight report of 10\/05\/2023/).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('highlight-notice');
    // one dated highlight update in the item's history, dated in the app's one format as the
    // timeline dates it, with each RAG's name shown
    const entry = page.getByTestId('history').locator('li', { hasText: 'Highlight report 10 May 2023' });
    await entry.waitFor({ timeout: 10_000 });
    expect(await entry.getByTestId('project-benefit-rags').innerText()).toMatch(/^Project\s+Amber\s+Benefit\s+Red$/);
    await page.keyboard.press('Escape');
    await page.getByTestId('item-editor').waitFor({ state: 'detached' });
    const timeline = page.getByTestId('timeline');
    await expect.poll(() => timeline.locator(':scope > li').count(), { timeout: 20_000 }).toBe(reportsBefore + 1);
    const latest = timeline.locator(':scope > li').last();
    expect(await latest.innerText()).toContain('10 May 2023');
    expect(await latest.getByLabel('Project RAG: Amber').count()).toBe(1);
    expect(await latest.getByLabel('Benefit RAG: Red').count()).toBe(1);
    expect(await latest.getByTestId('project-benefit-rags').innerText()).toMatch(/^Project\s+Amber\s+Benefit\s+Red$/);
    await latest.getByText('The report').click();
    const contents = await latest.getByTestId('report-contents').innerText();
    for (const said of ['E2E wellbeing survey closed', 'E2E panel met twice', 'E2E publish the survey results', 'E2E note the survey results', 'E2E approve the wellbeing budget', 'E2E 80% response rate']) {
      expect(contents).toContain(said);
    }
    // the workstream itself now holds the report's state
    await expect.poll(async () => page.getByRole('region', { name: 'Key next steps' }).innerText()).toContain('E2E publish the survey results');
  }, 180_000);

  // axe on the workstreams and a workstream in three themes, at a desk and on a phone: look.test.ts
});
