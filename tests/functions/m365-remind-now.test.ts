/**
 * "Send nudges now" hosted in Azure Functions (POST /api/remind), end to end against HTTP-level
 * fakes: the tenant's signing keys (the caller's token), Graph (who the token's `oid` is),
 * SharePoint (the items, the board groups, the ReminderLog ledger, the bot's conversations) and
 * the Bot Connector. A board's secretary runs the timer's job for that board; a second run sends
 * nothing twice; a forged, expired, wrong-audience, wrong-tenant or app-only token is refused
 * with 401, and someone who is not that board's secretary with 403.
 */
import { HttpRequest, InvocationContext } from '@azure/functions';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListedConversations } from '../../src/adapters/teams/listed-conversations';
import { createRemindNow, remindNowHandler } from '../../src/functions/m365-remind-now';
import { queryAll } from '../../src/ports/tracker-store';
import { botCertificate, FakeBotFramework } from '../fakes/bot-framework-fake';
import { EntraApiKeys } from '../fakes/entra-api-keys';
import { FakeGraph } from '../fakes/graph-fake';
import { BOT, M365_JOB_ENV, TENANT, provisionedJobSite } from '../fakes/m365-job-env';
import { SITE } from '../fakes/provisioned-site';
import { FakeTeams } from '../fakes/teams-fake';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { ann, bo, describeDigests, lee, sec, seedFixture } from '../jobs/reminders/reminder-fixture';

const AT = new Date('2017-03-20T09:00:00Z');
const OTHER_TENANT = '99999999-9999-4999-8999-999999999999';
const SAM = { oid: 'aaaaaaaa-0000-4000-8000-00000000000f', upn: sec.id, name: sec.displayName };
const ANN = { oid: 'aaaaaaaa-0000-4000-8000-000000000001', upn: ann.id, name: ann.displayName };
const certificate = botCertificate();
const keys = new EntraApiKeys(TENANT, M365_JOB_ENV.TRACKER_CLIENT_ID);
const sharePoint = provisionedJobSite();
const graph = new FakeGraph();
const botFramework = new FakeBotFramework({ tenantId: TENANT, botId: BOT }, certificate);
const teams = new FakeTeams(botFramework);
// Teams' Graph routes (installing the app, the chat) before the directory's catch-all
const server = setupServer(...teams.handlers(), ...sharePoint.handlers(), ...graph.handlers(), ...keys.handlers(), ...botFramework.handlers());
const store = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined } }), SITE);
let board = '';

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  board = (await seedFixture(store, 'now')).board;
  await store.add('boards', { title: 'Audit Board', programme: null, sourceKey: 'board:audit' });
  for (const p of [SAM, ANN]) {
    sharePoint.addUser(p.upn, p.name);
    graph.users.push({ id: p.oid, displayName: p.name, mail: p.upn, userPrincipalName: p.upn, jobTitle: null });
  }
  sharePoint.groups.set(`${board} Secretaries`, new Set([sec.id]));
  sharePoint.groupsVisibleToEveryone.add(`${board} Secretaries`);
  await new ListedConversations(store).set(ann.id, { conversationId: 'a:ann-chat', serviceUrl: 'https://smba.trafficmanager.net/emea/' });
  teams.users.add(bo.id);
  teams.users.add(sec.id);
}, 60_000);
afterAll(() => server.close());

const handler = remindNowHandler(() =>
  createRemindNow(M365_JOB_ENV, () => AT, {
    credentials: { sharePoint: async () => 'app-only', graph: async () => 'graph-token', certificate },
    throttle: { sleep: async () => undefined },
  })
);
const context = new InvocationContext({ functionName: 'remind' });
const call = async (authorization: string | null, body: unknown) => {
  const answer = await handler(
    new HttpRequest({
      method: 'POST',
      url: 'https://tracker-bot.azurewebsites.net/api/remind',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: { string: JSON.stringify(body) },
    }),
    context
  );
  return { status: answer.status, body: answer.jsonBody as Record<string, unknown>, headers: answer.headers };
};
const bearer = (token: string) => `Bearer ${token}`;
const ledger = async () => (await queryAll(store, 'reminderLog', { where: [{ field: 'id', op: 'ge', value: 1 }] })).length;

describe('POST /api/remind refuses whoever is not a signed-in secretary of the board', () => {
  const refusals: Array<[string, () => string | null]> = [
    ['no token', () => null],
    ['a token signed by a key the tenant never published', () => bearer(keys.forge(SAM, AT))],
    ['an expired token', () => bearer(keys.token(SAM, AT, { exp: Math.floor(AT.getTime() / 1000) - 600 }))],
    ['a token for another API', () => bearer(keys.token(SAM, AT, { aud: 'https://graph.microsoft.com' }))],
    ['a token issued by another tenant', () => bearer(keys.token(SAM, AT, { iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0`, tid: OTHER_TENANT }))],
    ['a token naming another tenant under ours', () => bearer(keys.token(SAM, AT, { tid: OTHER_TENANT }))],
    ['an app-only token (no signed-in person)', () => bearer(keys.token(SAM, AT, { scp: undefined, roles: ['Reminders.Run'] }))],
    ['a Basic header', () => `Basic ${Buffer.from('sec:pw').toString('base64')}`],
  ];
  it.each(refusals)('401 for %s, before anything is read or sent', async (_what, authorization) => {
    const before = { sent: teams.sent.length, ledger: await ledger() };
    const answer = await call(authorization(), { board });
    expect(answer.status).toBe(401);
    expect(answer.body).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.stringMatching(/no valid token/) } });
    expect(answer.headers).toMatchObject({ 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    expect({ sent: teams.sent.length, ledger: await ledger() }).toEqual(before);
  }, 30_000);

  it('403 for an owner who is not the board’s secretary, whatever the body says about who they are', async () => {
    const answer = await call(bearer(keys.token(ANN, AT)), { board, actor: sec.id, user: sec.id });
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ error: { code: 'FORBIDDEN', message: `${ann.displayName} may not send nudges for ${board}: only its secretary can` } });
    expect(await ledger()).toBe(0);
  }, 30_000);

  it('403 for a board’s secretary asking for another board, or for every board', async () => {
    expect((await call(bearer(keys.token(SAM, AT)), { board: 'Audit Board' })).status).toBe(403);
    const all = await call(bearer(keys.token(SAM, AT)), {});
    expect(all).toMatchObject({ status: 403, body: { error: { message: `${sec.displayName} may not send nudges for every board: only its secretary can` } } });
    expect(await ledger()).toBe(0);
  }, 30_000);

  it('400 for a body that names no board properly', async () => {
    expect((await call(bearer(keys.token(SAM, AT)), { board: 42 })).body).toMatchObject({ error: { code: 'INVALID_VALUE' } });
  }, 30_000);
});

describe('POST /api/remind for the board’s secretary', () => {
  it('runs the timer’s job for the board: one card per recipient, each recorded in the ledger', async () => {
    const answer = await call(bearer(keys.token(SAM, AT)), { board });
    expect(answer.status).toBe(200);
    const summary = answer.body as { today: string; digests: Array<{ kind: string; to: { id: string }; items: Array<{ title: string; rule: string }> }>; sent: number; skipped: number; failed: number };
    expect(summary.today).toBe('2017-03-20');
    expect(describeDigests(summary.digests as never)).toEqual([
      `owner ${ann.id}: overdue/overdue, tomorrow/before-1`,
      `owner ${bo.id}: fortnight/before-14`,
      `unassigned ${sec.id}: unassigned/before-7`,
      `escalation ${lee.id}: overdue/overdue`,
      `escalation ${sec.id}: overdue/overdue`,
      `needs-date ${lee.id}: tbc/needs-date`,
    ]);
    expect(summary).toMatchObject({ sent: 4, skipped: 0, failed: 2 });
    expect(teams.sent.map((s) => s.conversationId)).toHaveLength(4);
    expect(await ledger()).toBe(7);
  }, 120_000);

  it('a second press sends nothing twice: only the undelivered digests are tried again', async () => {
    const posts = teams.sent.length;
    const answer = await call(bearer(keys.token(SAM, AT)), { board });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ sent: 0, failed: 2 });
    expect(teams.sent.length).toBe(posts);
  }, 120_000);
});
