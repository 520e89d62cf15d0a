/**
 * The tab's "Send nudges now" in Microsoft 365 mode (M365ReminderClient): it calls the hosted
 * function with a token for the app's own API from the token provider, and reads its summary or
 * its refusal as the local server's are read; it offers the boards the person is secretary of.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { ALL_BOARDS } from '../../src/core/board-roles';
import { ForbiddenError } from '../../src/core/errors';
import type { Person } from '../../src/ports/directory';
import { M365ReminderClient } from '../../src/ui/m365/m365-reminder-client';
import { provisionedJobSite } from '../fakes/m365-job-env';
import { SITE } from '../fakes/provisioned-site';

const REMIND_URL = 'https://tracker-jobs.azurewebsites.net/api/remind';
const sharePoint = provisionedJobSite();
const calls: Array<{ authorization: string | null; contentType: string | null; body: unknown }> = [];
/** the function's answer, by the board asked for */
const answers: Record<string, () => Response> = {
  'Audit Board': () => HttpResponse.json({ today: '2017-03-20', digests: [{ kind: 'owner' }], sent: 3, skipped: 1, failed: 2 }),
  'Risk Board': () => HttpResponse.json({ error: { code: 'FORBIDDEN', message: 'Sam Secretary may not send nudges for Risk Board: only its secretary can' } }, { status: 403 }),
  Expired: () => HttpResponse.json({ error: { code: 'UNAUTHENTICATED', message: 'sign in again: the request carried no valid token for Action Tracker' } }, { status: 401 }),
};
const server = setupServer(
  ...sharePoint.handlers(),
  http.post(REMIND_URL, async ({ request }) => {
    const body = (await request.json()) as { board: string };
    calls.push({ authorization: request.headers.get('authorization'), contentType: request.headers.get('content-type'), body });
    return (answers[body.board] ?? (() => HttpResponse.json({ error: { code: 'INVALID_VALUE', message: 'board: name one of the boards' } }, { status: 400 })))();
  })
);
const store = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'user:sec@colp.example', throttle: { sleep: async () => undefined } }), SITE);
const person = (over: Partial<Person>): Person => ({ id: 'sec@colp.example', mail: 'sec@colp.example', displayName: 'Sam Secretary', jobTitle: null, aliases: [], role: 'secretary', ...over });
let tokenRequests = 0;
const client = (actor: Person) =>
  new M365ReminderClient(REMIND_URL, async () => `api-token-${++tokenRequests}`, store, actor);

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  for (const title of ['Audit Board', 'Risk Board', 'Operational Delivery Board']) {
    await store.add('boards', { title, programme: null, sourceKey: `board:${title}` });
  }
}, 60_000);
afterAll(() => server.close());

describe('M365ReminderClient.sendNudges', () => {
  it('posts the board to the hosted function with a fresh token for the app’s API and returns its summary', async () => {
    const sam = client(person({ serves: [{ board: 'Audit Board', role: 'secretary' }] }));
    const before = tokenRequests;
    const run = await sam.sendNudges('Audit Board');
    expect(run).toEqual({ today: '2017-03-20', digests: [{ kind: 'owner' }], sent: 3, skipped: 1, failed: 2 });
    expect(calls.at(-1)).toEqual({ authorization: `Bearer api-token-${before + 1}`, contentType: 'application/json', body: { board: 'Audit Board' } });
    expect(sam.receivesCards).toBe(false);
  }, 30_000);

  it('reads the function’s refusals as the local server’s: 403 as FORBIDDEN, 401 with its sentence', async () => {
    const sam = client(person({ serves: [{ board: 'Audit Board', role: 'secretary' }] }));
    const forbidden = await sam.sendNudges('Risk Board').catch((e: unknown) => e);
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    expect((forbidden as Error).message).toBe('Sam Secretary may not send nudges for Risk Board: only its secretary can');
    await expect(sam.sendNudges('Expired')).rejects.toMatchObject({ status: 401, message: 'sign in again: the request carried no valid token for Action Tracker' });
  }, 30_000);

  it('has no Outbox and no card buttons: cards arrive in Teams chat', async () => {
    const sam = client(person({}));
    expect(await sam.outbox()).toEqual([]);
    await expect(sam.cardAction()).rejects.toThrow('Teams chat');
  });
});

describe('M365ReminderClient.nudgeBoards', () => {
  it('offers the boards the person is secretary of: one, every board, or none for a lead or a member', async () => {
    expect(await client(person({ serves: [{ board: 'audit  board', role: 'secretary' }, { board: 'Risk Board', role: 'lead' }] })).nudgeBoards()).toEqual(['Audit Board']);
    expect([...(await client(person({ serves: [{ board: ALL_BOARDS, role: 'secretary' }] })).nudgeBoards())].sort()).toEqual(['Audit Board', 'Operational Delivery Board', 'Risk Board']);
    expect(await client(person({ role: 'lead', serves: [{ board: 'Risk Board', role: 'lead' }] })).nudgeBoards()).toEqual([]);
    expect(await client(person({ role: 'member', serves: [] })).nudgeBoards()).toEqual([]);
  }, 30_000);
});
