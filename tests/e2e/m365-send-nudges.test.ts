/**
 * "Send nudges now" in Microsoft 365 mode (SharePoint fake, the hosted function faked at the HTTP
 * level through a Playwright route, with CORS as the Function App answers it): a board's
 * secretary finds **Send nudges**, presses it for their board, and the tab calls the function with
 * the token provider's token for the app's API and shows its summary as local mode does; a
 * lead is offered no such screen. axe on the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import type { PersonRef } from '../../src/core/model';
import { SITE } from '../fakes/provisioned-site';
import { axeViolations } from './harness';
import { startM365Harness } from './m365-harness';

const BOARD = 'Operational Delivery Board';
const SECRETARY: PersonRef = { id: 'morgan.ellis@colp.example', displayName: 'Morgan Ellis' };
const LEAD: PersonRef = { id: 'sam.okafor@colp.example', displayName: 'Sam Okafor' };

let h: Awaited<ReturnType<typeof startM365Harness>>;
const calls: Array<{ authorization: string | null; body: unknown }> = [];

beforeAll(async () => {
  h = await startM365Harness();
  for (const p of [SECRETARY, LEAD]) {
    h.sharepoint.addUser(p.id, p.displayName);
  }
  h.sharepoint.groups.set(`${BOARD} Secretaries`, new Set([SECRETARY.id]));
  h.sharepoint.groupsVisibleToEveryone.add(`${BOARD} Secretaries`);
  h.sharepoint.groups.set(`${BOARD} Leads`, new Set([LEAD.id]));
  h.sharepoint.groupsVisibleToEveryone.add(`${BOARD} Leads`);
  const sp = createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined, fetch: (url, init) => h.sharepoint.respond(new Request(url, init)) } });
  const store = new SharePointStore(sp, SITE);
  await store.add('boards', { title: BOARD, programme: null, sourceKey: 'board:odb' });
  await store.add('boards', { title: 'Audit Board', programme: null, sourceKey: 'board:audit' });
  // the function as the tab sees it: the run's summary for the board asked, counted per call
  h.functions.remind = async (request) => {
    const body = (await request.json()) as { board?: string };
    calls.push({ authorization: request.headers.get('authorization'), body });
    return Response.json({ today: '2017-03-20', digests: [], sent: calls.length + 2, skipped: 1, failed: 0 });
  };
}, 180_000);
afterAll(() => h?.close());

describe('Send nudges now in Microsoft 365 mode', () => {
  it('a board’s secretary sends its nudges through the hosted function and reads the summary', async () => {
    const page = await h.open(SECRETARY.id, '', { bypassCSP: false });
    await page.getByRole('tab', { name: 'Send nudges' }).click({ timeout: 30_000 });
    await page.getByRole('heading', { name: 'Send nudges' }).waitFor({ timeout: 30_000 });
    // only the boards the person is secretary of are offered
    const board = page.getByRole('combobox', { name: 'Board' });
    await board.waitFor({ timeout: 30_000 });
    expect(await board.locator('option').allInnerTexts()).toEqual([BOARD]);
    await page.getByRole('button', { name: 'Send nudges now' }).click();
    await page.getByText('sent 3, skipped 1, failed 0').waitFor({ timeout: 30_000 });
    expect(calls).toEqual([{ authorization: `Bearer user:${SECRETARY.id}`, body: { board: BOARD } }]);
    expect(await page.getByTestId('outbox-card').count()).toBe(0);
    await page.context().close();
  }, 120_000);

  it('passes axe', async () => {
    const page = await h.open(SECRETARY.id, '#/outbox', { bypassCSP: true });
    await page.getByRole('button', { name: 'Send nudges now' }).waitFor({ timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('a lead of the board is offered no Send nudges screen', async () => {
    const page = await h.open(LEAD.id);
    // shown once the tab knows the person's board roles: only then is the absence an answer
    await page.getByRole('tab', { name: 'Board overview' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('tab', { name: 'Send nudges' }).count()).toBe(0);
    await page.context().close();
  }, 120_000);
});
