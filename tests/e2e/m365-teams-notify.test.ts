/**
 * What the tab tells Teams while it loads, in Microsoft 365 mode in the browser (SharePoint and
 * Graph fakes; Teams' hooks recorded in place of teams-js, tests/e2e/m365/entry.tsx ?teams=record):
 * notifySuccess once, when My items shows its data or why it has none; a tab that cannot start
 * reports the failure instead (a SharePoint 403 as expected, with what to do) and never success.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { encodeWrite } from '../../src/adapters/sharepoint/sp-codec';
import { zoneDates } from '../../src/adapters/sharepoint/site-time-zone';
import { anAction } from '../helpers/builders';
import { startM365Harness } from './m365-harness';

const DS = { id: 'd.service@colp.example', displayName: 'T/Supt. Service' };
let h: Awaited<ReturnType<typeof startM365Harness>>;

beforeAll(async () => {
  h = await startM365Harness();
  const ds = h.sharepoint.addUser(DS.id, DS.displayName);
  h.sharepoint.seedItems('Actions', [await encodeWrite('actions', anAction({ owner: DS, title: 'Review stop and search panel', ref: 'LA1-01' }) as never, async () => ds.Id, zoneDates('Europe/London'))]);
}, 180_000);
afterAll(() => h?.close());

const told = (page: Page) => page.evaluate(() => window.__teamsTold ?? null);

describe('what the tab tells Teams while it loads', () => {
  it('notifySuccess once My items shows its data, and only once', async () => {
    const page = await h.open(DS.id, '&teams=record');
    await page.getByRole('button', { name: /Review stop and search panel/ }).waitFor({ timeout: 30_000 });
    await expect.poll(() => told(page), { timeout: 15_000 }).toEqual([['success']]);
    // more data later (a refresh of My items after opening and closing an item) tells Teams nothing more
    await page.getByRole('button', { name: /Review stop and search panel/ }).click();
    await page.getByTestId('item-editor').waitFor({ timeout: 30_000 });
    await page.keyboard.press('Escape');
    await page.getByTestId('item-editor').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await told(page)).toEqual([['success']]);
    await page.context().close();
  }, 120_000);

  it('notifySuccess too when My items shows why it has no data (Teams stops spinning; the page offers Try again)', async () => {
    // the person and their roles are read; the items are refused
    h.sharepoint.faults.push({ status: 403, times: 1000, when: (r) => /\/_api\/\$batch|\/items/i.test(r.url.pathname) });
    try {
      const page = await h.open(DS.id, '&teams=record');
      await page.getByText(/Your items could not be loaded/).waitFor({ timeout: 30_000 });
      await expect.poll(() => told(page), { timeout: 15_000 }).toEqual([['success']]);
      await page.context().close();
    } finally {
      h.sharepoint.faults.length = 0;
    }
  }, 120_000);

  it('a SharePoint 403 at start: an expected permission failure with whom to ask, and no success', async () => {
    h.sharepoint.faults.push({ status: 403, times: 1000 });
    try {
      const page = await h.open(DS.id, '&teams=record');
      await page.getByText('You do not have access to the tracker’s SharePoint site').waitFor({ timeout: 30_000 });
      await expect.poll(() => told(page), { timeout: 15_000 }).toEqual([['failure', { expected: true, reason: 'PermissionError' }, expect.stringMatching(/Ask/)]]);
      await page.context().close();
    } finally {
      h.sharepoint.faults.length = 0;
    }
  }, 120_000);
});
