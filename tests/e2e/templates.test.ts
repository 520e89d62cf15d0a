import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startHarness, type Harness } from './harness';

const SECRETARY = 'morgan.ellis@colp.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('Templates', () => {
  it('adopts toolkit lines into a plan objective with an owner and a due date, once', async () => {
    const page = await h.open(SECRETARY, { path: '#/templates' });
    await page.getByRole('heading', { level: 2, name: 'Leadership and Culture' }).waitFor();
    const boxes = page.getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByLabel('Plan objective').selectOption({ label: await page.getByLabel('Plan objective').locator('option', { hasText: /^OD1 — / }).innerText() });
    await page.getByLabel('Due (as you would write it)').fill('Q4 25/26');
    await page.getByRole('button', { name: 'Adopt 2 actions' }).click();
    await page.getByText('Adopted 2; 0 were already in that objective.').waitFor();
    const od1 = await h.store.query('workstreams', { where: [{ field: 'ref', op: 'eq', value: 'OD1' }] });
    const actions = await h.store.query('actions', { where: [{ field: 'workstreamId', op: 'eq', value: od1.items[0]?.id }] });
    const fromToolkit = actions.items.filter((a) => a.templateRef !== null);
    expect(fromToolkit).toHaveLength(2);
    expect(fromToolkit[0]).toMatchObject({ dueText: 'Q4 25/26', dueDate: '2026-03-31' });
    // Adopting the same lines into the same objective adds nothing.
    await boxes.nth(0).check();
    await page.getByRole('button', { name: 'Adopt 1 action' }).click();
    await page.getByText('Adopted 0; 1 were already in that objective.').waitFor();
  });

  it('has no serious or critical axe issue (contrast)', async () => {
    const page = await h.open(SECRETARY, { path: '#/templates', theme: 'contrast', bypassCSP: true });
    await page.getByRole('heading', { level: 2, name: 'Leadership and Culture' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
