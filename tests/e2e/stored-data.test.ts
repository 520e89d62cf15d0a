/**
 * A record edited by hand (wrong-shaped Json) shows what could be read and says what could
 * not; and if a screen meets something it cannot render at all, only that screen says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startHarness, type Harness } from './harness';

const SECRETARY = 'morgan.ellis@colp.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

function leadershipId(): number {
  return (h.store.db.prepare(`SELECT id FROM workstreams WHERE Title = 'Leadership & Culture'`).get() as { id: number }).id;
}

describe('stored data that does not fit its shape', () => {
  it('shows the workstream with what could be read, and names what could not', async () => {
    h.store.db.prepare('UPDATE workstreams SET Objectives = ? WHERE id = ?').run('["An objective that reads", {"edited": "by hand"}]', leadershipId());
    const page = await h.open(SECRETARY, { path: '#/workstreams' });
    await page.getByRole('button', { name: 'Leadership & Culture' }).click();
    await page.getByRole('heading', { level: 1, name: 'Leadership & Culture' }).waitFor({ timeout: 30_000 });
    await page.getByText('An objective that reads').waitFor();
    expect(await page.getByTestId('unreadable').innerText()).toContain('Objectives: entry 2 was not readable and left out');
  });

  it('keeps a screen that cannot render to itself: the message, Try again, and the other screens working', async () => {
    const page = await h.open(SECRETARY, { path: '#/workstreams' });
    // an answer no server of ours sends: an object where the screen expects lines of text
    await page.route(/\/api\/workstreams\/\d+$/, async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...body, objectives: [{ not: 'text' }] } });
    });
    await page.getByRole('button', { name: 'Leadership & Culture' }).click();
    const error = page.getByTestId('screen-error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(/This screen could not be shown/);
    expect(await page.getByRole('tab', { name: 'My items' }).count()).toBe(1);
    await page.getByRole('tab', { name: 'My items' }).click();
    await page.getByRole('heading', { name: 'My items' }).waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('screen-error').count()).toBe(0);
  });

  it.each(['light', 'dark', 'contrast'] as const)('says both things accessibly in the %s theme', async (theme) => {
    const page = await h.open(SECRETARY, { path: '#/workstreams', theme, bypassCSP: true });
    await page.getByRole('button', { name: 'Leadership & Culture' }).click();
    await page.getByTestId('unreadable').waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.route(/\/api\/workstreams\/\d+$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...((await response.json()) as object), objectives: [{ not: 'text' }] } });
    });
    await page.getByRole('button', { name: /All workstreams/ }).click();
    await page.getByRole('button', { name: 'Leadership & Culture' }).click();
    await page.getByTestId('screen-error').waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    if (process.env.TRACKER_SCREENSHOTS) {
      await page.screenshot({ path: `${process.env.TRACKER_SCREENSHOTS}/screen-error-${theme}.png` });
    }
  });
});
