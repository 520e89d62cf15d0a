import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startHarness, type Harness } from './harness';

const DS = 'd.service@colp.example';
const SECRETARY = 'morgan.ellis@colp.example';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

async function actionId(ref: string): Promise<number> {
  const page = await h.store.query('actions', { where: [{ field: 'ref', op: 'eq', value: ref }], top: 1 });
  const id = page.items[0]?.id;
  if (!id) {
    throw new Error(`no action ${ref}`);
  }
  return id;
}

describe('an owner updates an action', () => {
  it('saves progress, RAG and due date, and sees it in the item’s history', async () => {
    const page = await h.open(DS);
    await page.getByRole('button', { name: /Audit of briefing process/ }).click();
    const editor = page.getByTestId('item-editor');
    await editor.getByRole('radio', { name: 'Amber' }).check();
    await editor.getByLabel('Progress').fill('Audit scheduled with FIB for next month.');
    await editor.getByLabel('Due (as you would write it)').fill('Q4 23/24');
    await expect.poll(() => editor.getByText('Read as: by 31 Mar 2024 (end of quarter)').count()).toBe(1);
    await editor.getByRole('button', { name: 'Save update' }).click();
    await editor.getByText('Saved. Your update is in the history below.').waitFor();
    const history = editor.getByTestId('history');
    await expect.poll(() => history.innerText()).toContain('Audit scheduled with FIB for next month.');
    expect(await history.innerText()).toContain('T/Supt. Service');
    expect(await history.getByLabel('Previous RAG: Not set').count()).toBe(1);
    expect(await history.getByLabel('New RAG: Amber').count()).toBe(1);
    const stored = await h.store.get('actions', (await actionId('OD3-01')) as never);
    expect(stored).toMatchObject({ rag: 'AMBER', dueText: 'Q4 23/24', dueDate: '2024-03-31' });
  });

  it('refuses an impossible date and RED without a rationale, naming the field, and keeps the text', async () => {
    const page = await h.open(DS);
    await page.getByRole('button', { name: /Audit of de-briefing process/ }).click();
    const editor = page.getByTestId('item-editor');
    await editor.getByLabel('Progress').fill('Typed text that must survive');
    await editor.getByLabel('Due (as you would write it)').fill('31/02/2018');
    await editor.getByText('not a real calendar date ("31/02/2018")').waitFor();
    await editor.getByRole('button', { name: 'Save update' }).click();
    await editor.getByText(/^Not saved: Due \(as you would write it\): not a real calendar date/).waitFor();
    await editor.getByLabel('Due (as you would write it)').fill('Dec-24');
    await editor.getByRole('radio', { name: 'Red' }).check();
    await editor.getByRole('button', { name: 'Save update' }).click();
    await editor.getByText(/^Not saved: Why is it red\?: RED needs a rationale/).waitFor();
    expect(await editor.getByLabel(/Why is it red/).getAttribute('aria-invalid')).toBe('true');
    // focus is on the field the error names, so the next keystroke fixes it
    // focus is on the refused field, and that field is the one its visible label names
    await expect
      .poll(() => page.evaluate(() => {
        const el = document.activeElement;
        return el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '' : '';
      }))
      .toMatch(/^Why is it red\?/);
    expect(await editor.getByLabel('Progress').inputValue()).toBe('Typed text that must survive');
    // with its reason given the save goes through, and the history keeps why it went red
    await editor.getByLabel(/Why is it red/).fill('The audit team was disbanded.');
    await editor.getByRole('button', { name: 'Save update' }).click();
    await editor.getByText('Saved. Your update is in the history below.').waitFor({ timeout: 15_000 });
    await expect.poll(() => editor.getByTestId('history').innerText(), { timeout: 10_000 }).toContain('Why it is red: The audit team was disbanded.');
  });

  it('hands an item to another owner with the people picker, by keyboard', async () => {
    const page = await h.open(DS);
    await page.getByRole('button', { name: /Decide how feedback should be given/ }).click();
    const editor = page.getByTestId('item-editor');
    const picker = editor.getByRole('combobox', { name: 'Owner' });
    // the editor fills the picker once the item has loaded: typing before that would be overwritten
    await expect.poll(() => picker.inputValue()).toBe('T/Supt. Service');
    await picker.focus();
    await picker.press('Control+A');
    await picker.pressSequentially('Pep');
    // wait for this search's answer, not the list from before the typing
    await expect.poll(() => page.locator('[role=option]').allInnerTexts(), { timeout: 15_000 }).toEqual([expect.stringContaining('Phil Pepper')]);
    await picker.press('ArrowDown');
    await picker.press('Enter');
    expect(await picker.inputValue()).toBe('Phil Pepper');
    await editor.getByRole('button', { name: 'Save update' }).click();
    await editor.getByText('Saved. Your update is in the history below.').waitFor();
    expect(await editor.getByTestId('history').innerText()).toContain('Owner: T/Supt. Service → Phil Pepper');
    // the editor is a modal drawer: close it to read the list behind
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    // It is no longer mine: my list no longer shows it.
    await expect.poll(() => page.getByRole('button', { name: /Decide how feedback should be given/ }).count()).toBe(0);
  });

  it('keeps unsaved typing across a reload', async () => {
    const page = await h.open(DS);
    await page.getByRole('button', { name: /Audit of de-briefing process/ }).click();
    await page.getByTestId('item-editor').getByLabel('Progress').fill('Half-written update');
    await page.reload();
    const editor = page.getByTestId('item-editor');
    await editor.getByText('Your unsaved changes from before have been restored.').waitFor();
    expect(await editor.getByLabel('Progress').inputValue()).toBe('Half-written update');
  });
});

describe('My items, searched and filtered', () => {
  it('narrows the groups by words and RAG, says how many of how many, and clears back to all', async () => {
    const page = await h.open(DS);
    const status = page.getByRole('status').filter({ hasText: /items?/ }).first();
    await expect.poll(() => status.innerText()).toMatch(/^\d+ items, \d+ overdue$/);
    const total = Number(/^(\d+)/.exec(await status.innerText())?.[1]);
    await page.getByLabel('Search', { exact: true }).fill('briefing');
    await expect.poll(() => status.innerText()).toMatch(new RegExp(`^[1-9]\\d* of ${total} items match — matching “briefing”$`));
    // each item's row (its title, reference, due and RAG on one line)
    const shown = await page.locator('tr:has([data-testid^="item-"])').allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((t) => /briefing/i.test(t) || /OD\d/.test(t))).toBe(true);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => status.innerText()).toMatch(/^\d+ items, \d+ overdue$/);
    expect(await page.locator('[data-testid^="item-"]').count()).toBe(total);
  });
});

describe('two people edit the same item', () => {
  it('merges a stale save three-way: one-sided changes merge, both-sided ones are chosen side by side', async () => {
    const id = await actionId('OD4-01');
    const path = `#/items/actions/${id}`;
    const owner = await h.open(DS, { path, bypassCSP: true, theme: 'dark' });
    const secretary = await h.open(SECRETARY, { path });
    const mine = owner.getByTestId('item-editor');
    const theirs = secretary.getByTestId('item-editor');
    await mine.waitFor();
    await theirs.waitFor();

    await theirs.getByLabel('Progress').fill('Secretary: briefing audit moved to the board.');
    await theirs.getByRole('radio', { name: 'Green' }).check();
    await theirs.getByRole('button', { name: 'Save update' }).click();
    await theirs.getByText('Saved. Your update is in the history below.').waitFor();

    await mine.getByLabel('Progress').fill('Owner: de-briefing audit done in March.');
    await mine.getByLabel('Due (as you would write it)').fill('31/03/2025');
    await mine.getByRole('button', { name: 'Save update' }).click();

    const panel = mine.getByTestId('conflict-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('mine-progress').innerText()).toBe('Owner: de-briefing audit done in March.');
    expect(await panel.getByTestId('theirs-progress').innerText()).toBe('Secretary: briefing audit moved to the board.');
    // Their RAG change merged by itself; my due date is still in the form.
    expect(await mine.getByRole('radio', { name: 'Green' }).isChecked()).toBe(true);
    expect(await mine.getByLabel('Due (as you would write it)').inputValue()).toBe('31/03/2025');
    expect(await axeViolations(owner)).toEqual([]);

    // Nothing is lost across a reload while the conflict is open.
    await owner.reload();
    const again = owner.getByTestId('item-editor');
    await again.getByTestId('conflict-panel').waitFor();

    await again.getByRole('radio', { name: 'Keep mine' }).check();
    await again.getByRole('button', { name: 'Save update' }).click();
    await again.getByText('Saved. Your update is in the history below.').waitFor();
    const stored = await h.store.get('actions', id as never);
    expect(stored).toMatchObject({ progress: 'Owner: de-briefing audit done in March.', rag: 'GREEN', dueText: '31/03/2025' });
  });
});

describe('accessibility', () => {
  // axe on My items and the editor in three themes is in look.test.ts (every screen, both sizes)
  it('every step of an update works from the keyboard', async () => {
    const page = await h.open(DS);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Tab to the first item, open it with Enter.
    let focused = '';
    for (let i = 0; i < 20 && !focused.startsWith('item-'); i += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    }
    expect(focused).toMatch(/^item-/);
    await page.keyboard.press('Enter');
    const editor = page.getByTestId('item-editor');
    await editor.waitFor();
    await editor.getByLabel('Progress').focus();
    await page.keyboard.type('Typed from the keyboard');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    // Reach Save and press it.
    for (let i = 0; i < 10; i += 1) {
      const name = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (name === 'Save update') {
        break;
      }
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await editor.getByText('Saved. Your update is in the history below.').waitFor();
  });
});
