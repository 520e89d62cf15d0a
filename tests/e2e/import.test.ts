import type { FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startHarness, tabTo, type Harness } from './harness';

const SECRETARY = 'morgan.ellis@colp.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

const header = 'Inspection Report,Publication Date,Rec No,Type,Recommendation,RAG Status,Target Date,Action Owner';
const withErrors = [
  header,
  'Custody 2025,March 2025,1,Recommendation,Improve custody records,GREEN,31/03/2025,DS',
  'Custody 2025,March 2025,2,Recommendation,Review detention logs,PURPLE,Aug-25,',
  'Custody 2025,March 2025,3,Recommendation,Train sergeants,AMBER,31/02/2025,',
].join('\n');
const fixed = withErrors.replace('PURPLE', 'AMBER').replace('31/02/2025', '28/02/2025');

/**
 * Opens the file chooser from the keyboard (Enter on the focused Choose button) and picks a file.
 * The listener is on the page for the whole wait, so a chooser that opens late on a loaded
 * machine is still caught: a chooser left unanswered would block every later one.
 */
async function chooseByKeyboard(page: Page, name: string, text: string): Promise<void> {
  await page.locator('body').focus();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // the Fluent button is the control; the browser's file box behind it is out of the tab order
  await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Choose a CSV or Excel file');
  let chooser: FileChooser | undefined;
  const listen = (opened: FileChooser): void => {
    chooser ??= opened;
  };
  page.on('filechooser', listen);
  try {
    await page.keyboard.press('Enter');
    // Chromium sometimes drops a file chooser's activation that comes at once after focus
    // arrives; a person would press Enter again after a while, and so does the test.
    for (let waited = 0; chooser === undefined; waited += 250) {
      if (waited >= 30_000) {
        throw new Error('no file chooser opened after 30 s of pressing Enter on the Choose button');
      }
      if (waited > 0 && waited % 5_000 === 0) {
        await page.keyboard.press('Enter');
      }
      await page.waitForTimeout(250);
    }
    await chooser.setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  } finally {
    page.off('filechooser', listen);
  }
}

describe('Import in the tab', () => {
  it('checks a file, shows the rejected rows, imports the rest, and a fixed file adds only what was missing — by keyboard alone', async () => {
    const page = await h.open(SECRETARY, { path: '#/import' });
    await chooseByKeyboard(page, 'custody.csv', withErrors);
    await page.getByText('custody.csv: recommendations. Would create 1, update 0, leave 0 unchanged; 2 rows rejected.').waitFor();
    // the chosen file is named beside the button, which that name describes
    expect(await page.getByTestId('file-chosen').innerText()).toBe('Chosen: custody.csv');
    expect(await page.getByRole('button', { name: 'Choose a CSV or Excel file' }).getAttribute('aria-describedby')).toBe(await page.getByTestId('file-chosen').getAttribute('id'));
    const rejected = page.getByRole('region', { name: 'Rejected rows' });
    expect(await rejected.getByRole('row').allInnerTexts()).toEqual([
      expect.stringContaining('Row'),
      expect.stringMatching(/^3\s+RAG Status\s+unknown status.*\s+PURPLE$/),
      expect.stringMatching(/^4\s+Target Date\s+not a real calendar date\s+31\/02\/2025$/),
    ]);
    await tabTo(page, (el) => el.text === 'Import 1 row');
    await page.keyboard.press('Enter');
    await page.getByText('Imported 1, rejected 2: 1 created, 0 updated, 0 unchanged.').waitFor();
    // the Import button is gone: focus is on the result it gave, so the next Tab goes on from there
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('import-result');

    // The owner fixes the two rows in the file and imports it again.
    await chooseByKeyboard(page, 'custody.csv', fixed);
    await page.getByText('custody.csv: recommendations. Would create 2, update 0, leave 1 unchanged; 0 rows rejected.').waitFor();
    await tabTo(page, (el) => el.text === 'Import 2 rows');
    await page.keyboard.press('Enter');
    await page.getByText('Imported 2, rejected 0: 2 created, 0 updated, 1 unchanged.').waitFor();
    await page.getByRole('tab', { name: 'Inspections' }).click();
    await page.getByRole('row', { name: /Custody 2025/ }).getByText('3 recommendations; 3 apply to the force').waitFor();
  });

  it('with "import nothing if any row is rejected", refuses to import a file with errors', async () => {
    const page = await h.open(SECRETARY, { path: '#/import' });
    await page.getByRole('checkbox', { name: 'Import nothing if any row is rejected' }).check();
    await page.getByTestId('file-input').setInputFiles({ name: 'again.csv', mimeType: 'text/csv', buffer: Buffer.from(withErrors.replace(/2025/g, '2026')) });
    await page.getByRole('button', { name: 'Fix the rejected rows first' }).waitFor();
    expect(await page.getByRole('button', { name: 'Fix the rejected rows first' }).isDisabled()).toBe(true);
  });

  it('explains a file it cannot read', async () => {
    const page = await h.open(SECRETARY, { path: '#/import' });
    await page.getByTestId('file-input').setInputFiles({ name: 'minutes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await page.getByRole('alert').getByText('minutes.pdf: unsupported file type; save it as CSV or XLSX').waitFor();
  });

  it('has no serious or critical axe issue with rejected rows shown (dark)', async () => {
    const page = await h.open(SECRETARY, { path: '#/import', theme: 'dark', bypassCSP: true });
    await page.getByTestId('file-input').setInputFiles({ name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from(withErrors.replace(/2025/g, '2027')) });
    await page.getByRole('region', { name: 'Rejected rows' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
