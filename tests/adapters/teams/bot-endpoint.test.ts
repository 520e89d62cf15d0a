/**
 * The bot's messaging endpoint end to end over HTTP-level fakes (the Bot Framework's keys, the
 * Entra token endpoint, the Bot Connector): installs capture the 1:1 conversation that proactive
 * digests then use; card presses write as the person Teams says pressed (the activity's `from`),
 * whatever the card's data claims; forged tokens, other tenants and foreign service URLs are refused.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryConversations } from '../../../src/adapters/local/memory-conversations';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import type { BotActivity } from '../../../src/adapters/teams/bot-activity';
import { BotConnector } from '../../../src/adapters/teams/bot-connector';
import { answerBotRequest } from '../../../src/adapters/teams/bot-endpoint';
import { botTokens } from '../../../src/adapters/teams/bot-token';
import { TeamsNotifier } from '../../../src/adapters/teams/teams-notifier';
import { inputId } from '../../../src/core/cards/card-actions';
import type { IsoDate } from '../../../src/core/dates';
import type { Stored } from '../../../src/core/model';
import { DEFAULT_REMINDER_POLICY } from '../../../src/core/reminder-policy';
import type { Person } from '../../../src/ports/directory';
import { queryAll } from '../../../src/ports/tracker-store';
import { cardProblems } from '../../core/cards/validate-card';
import { botCertificate, FakeBotFramework } from '../../fakes/bot-framework-fake';
import { BotKeys } from '../../fakes/bot-keys';
import { FakeTeams, GRAPH } from '../../fakes/teams-fake';
import { ann, bo, seedFixture } from '../../jobs/reminders/reminder-fixture';

const TENANT = '11111111-1111-1111-1111-111111111111';
const BOT = '44444444-4444-4444-4444-444444444444';
const SERVICE = 'https://smba.trafficmanager.net/emea/';
const ANN_AAD = 'aaaaaaaa-0000-4000-8000-000000000001';
const BO_AAD = 'bbbbbbbb-0000-4000-8000-000000000002';
const certificate = botCertificate();
const keys = new BotKeys(BOT);
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

let botFramework: FakeBotFramework;
let teams: FakeTeams;
let conversations: MemoryConversations;
let connector: BotConnector;
let store: SqliteStore;
let item: Stored<'actions'>;

const people: Record<string, Person> = {
  [ANN_AAD]: { ...ann, mail: ann.id, jobTitle: null, aliases: [], role: 'owner' },
  [BO_AAD]: { ...bo, mail: bo.id, jobTitle: null, aliases: [], role: 'owner' },
};

beforeEach(async () => {
  botFramework = new FakeBotFramework({ tenantId: TENANT, botId: BOT }, certificate);
  teams = new FakeTeams(botFramework);
  teams.members.set('29:ann', { id: '29:ann', name: 'Ann Owner', aadObjectId: ANN_AAD, email: 'Ann@colp.example', userPrincipalName: 'ann.owner@colp.example', tenantId: TENANT });
  server.resetHandlers(...keys.handlers(), ...botFramework.handlers(), ...teams.handlers());
  conversations = new MemoryConversations();
  connector = new BotConnector(botTokens({ tenantId: TENANT, botId: BOT, privateKeyPem: certificate.privateKeyPem, thumbprintSha256: certificate.thumbprintSha256, now: () => botFramework.now }));
  store = new SqliteStore();
  item = (await seedFixture(store, 'bot')).actions.tomorrow as Stored<'actions'>;
});

const deps = () => ({
  conversations,
  connector,
  presser: async (aad: string) => people[aad] ?? null,
  cards: () => ({
    store,
    policy: DEFAULT_REMINDER_POLICY,
    links: { item: () => 'https://teams.microsoft.com/l/entity/app/myItems', digest: () => 'https://tracker.example/' },
    today: '2017-03-20' as IsoDate,
    at: '2017-03-20T09:00:00.000Z',
  }),
});

const activity = (over: Partial<BotActivity> & Record<string, unknown>): BotActivity => ({
  type: 'message',
  serviceUrl: SERVICE,
  from: { id: '29:ann', aadObjectId: ANN_AAD, name: 'Ann Owner' },
  recipient: { id: `28:${BOT}`, name: 'Action Tracker' },
  conversation: { id: `a:${ANN_AAD}`, conversationType: 'personal', tenantId: TENANT },
  channelData: { tenant: { id: TENANT } },
  ...over,
});

/** posts with a genuine token, or with the header given (null: none at all) */
const post = (body: unknown, authorization: string | null = `Bearer ${keys.token(SERVICE)}`) =>
  answerBotRequest({ botId: BOT, tenantId: TENANT }, deps(), { method: 'POST', authorization: authorization ?? undefined, body: typeof body === 'string' ? body : JSON.stringify(body) });

const press = (from: { id: string; aadObjectId?: string }, data: Record<string, unknown>) =>
  activity({
    type: 'invoke',
    name: 'adaptiveCard/action',
    from,
    value: { action: { type: 'Action.Execute', verb: 'updateProgress', data: { verb: 'updateProgress', list: 'actions', id: item.id, version: item.version, ...data } } },
  });

/** the same press as Teams sends it where the card fell back to Action.Submit: a message whose value is the card's data and inputs */
const submit = (from: { id: string; aadObjectId?: string }, data: Record<string, unknown>) =>
  activity({
    type: 'message',
    from,
    replyToId: 'card-activity-1',
    value: { verb: 'updateProgress', list: 'actions', id: item.id, version: item.version, msteams: { type: 'messageBack', displayText: 'Save update' }, ...data },
  });

describe('the bot’s messaging endpoint', () => {
  it('captures the 1:1 conversation on install, under the person’s mail, UPN and object id', async () => {
    expect(await post(activity({ type: 'installationUpdate', action: 'add' }))).toEqual({ status: 200 });
    const ref = { conversationId: `a:${ANN_AAD}`, serviceUrl: SERVICE };
    expect(await conversations.get('ann@colp.example')).toEqual(ref);
    expect(await conversations.get('ann.owner@colp.example')).toEqual(ref);
    expect(await conversations.get(ANN_AAD)).toEqual(ref);
  }, 30_000);

  it('a captured conversation is where the digest goes: one post to the Connector, no Graph', async () => {
    await post(activity({ type: 'conversationUpdate', membersAdded: [{ id: `28:${BOT}` }] }));
    const notifier = new TeamsNotifier({
      teamsAppId: 'app',
      connector,
      conversations,
      graphToken: async () => 'graph-token',
      graphBaseUrl: GRAPH,
      links: { item: () => 'https://teams.microsoft.com/l/entity/app/myItems', digest: () => 'https://tracker.example/' },
    });
    const before = teams.requests;
    const digest = { to: ann, kind: 'owner' as const, items: [] };
    expect(await notifier.send({ today: '2017-03-20' as IsoDate, digest })).toEqual({ outcome: 'sent' });
    expect(teams.requests - before).toBe(1);
    expect(teams.sent.map((s) => s.conversationId)).toEqual([`a:${ANN_AAD}`]);
  }, 30_000);

  it('keeps an install under the Entra object id when the Connector’s member read is refused (404, 403, 429)', async () => {
    // Bo is not among the conversation's members (404); Ann's read is refused, then throttled
    expect(await post(activity({ type: 'installationUpdate', action: 'add', from: { id: '29:bo', aadObjectId: BO_AAD } }))).toEqual({ status: 200 });
    expect(await conversations.get(BO_AAD)).toEqual({ conversationId: `a:${ANN_AAD}`, serviceUrl: SERVICE });
    expect(await conversations.get(bo.id)).toBeNull();
    for (const status of [403, 429]) {
      conversations = new MemoryConversations();
      teams.answer('29:ann', 'member', { status, retryAfter: '3' });
      expect(await post(activity({ type: 'installationUpdate', action: 'add' }))).toEqual({ status: 200 });
      expect(await conversations.get(ANN_AAD)).toEqual({ conversationId: `a:${ANN_AAD}`, serviceUrl: SERVICE });
      expect(await conversations.get('ann@colp.example')).toBeNull();
    }
  }, 30_000);

  it('forgets the conversation when the app is removed', async () => {
    await post(activity({ type: 'installationUpdate', action: 'add' }));
    await post(activity({ type: 'installationUpdate', action: 'remove' }));
    expect(await conversations.get('ann@colp.example')).toBeNull();
    expect(await conversations.get(ANN_AAD)).toBeNull();
  }, 30_000);

  it('ignores installs in a team or group chat: digests go to the person’s own chat', async () => {
    await post(activity({ type: 'installationUpdate', action: 'add', conversation: { id: '19:team@thread.tacv2', conversationType: 'channel', tenantId: TENANT } }));
    expect(await conversations.get('ann@colp.example')).toBeNull();
  }, 30_000);

  it('writes a card press as the person in `from`, whatever the card’s data says, and answers with a refreshed card', async () => {
    const answer = await post(
      press({ id: '29:ann', aadObjectId: ANN_AAD }, { [inputId('rag', 'actions', item.id)]: 'GREEN', [inputId('progress', 'actions', item.id)]: 'Done', author: 'bo@colp.example', actor: bo, from: bo })
    );
    expect(answer.status).toBe(200);
    const body = answer.body as { type: string; value: unknown };
    expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(body.value)).toEqual([]);
    const history = await queryAll(store, 'updates', { where: [{ field: 'itemId', op: 'eq', value: item.id }] });
    expect(history.map((u) => u.author)).toEqual([ann.id]);
  }, 30_000);

  it('refuses a press by someone who may not act on the item, even when the card’s data names its owner', async () => {
    const answer = await post(press({ id: '29:bo', aadObjectId: BO_AAD }, { [inputId('rag', 'actions', item.id)]: 'GREEN', author: ann.id, actor: ann }));
    expect(answer.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('may not update') });
    expect((await store.get('actions', item.id))?.rag).toBe(item.rag);
  }, 30_000);

  it('handles an Action.Submit press (a message carrying the card’s value) as the person in `from`, replacing the card with the refreshed one', async () => {
    const answer = await post(
      submit({ id: '29:ann', aadObjectId: ANN_AAD }, { [inputId('rag', 'actions', item.id)]: 'GREEN', [inputId('progress', 'actions', item.id)]: 'Done', author: bo.id, actor: bo })
    );
    expect(answer.status).toBe(200);
    const history = await queryAll(store, 'updates', { where: [{ field: 'itemId', op: 'eq', value: item.id }] });
    expect(history.map((u) => [u.author, u.newRag])).toEqual([[ann.id, 'GREEN']]);
    expect(teams.updated.map((u) => [u.conversationId, u.activityId])).toEqual([[`a:${ANN_AAD}`, 'card-activity-1']]);
    const attachment = (teams.updated[0]?.body.attachments as Array<{ contentType: string; content: unknown }>)[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(attachment?.content)).toEqual([]);
    expect(JSON.stringify(attachment?.content)).toContain('GREEN');
  }, 30_000);

  it('refuses an Action.Submit press by someone who may not act on the item, replying why and leaving the card', async () => {
    const answer = await post(submit({ id: '29:bo', aadObjectId: BO_AAD }, { [inputId('rag', 'actions', item.id)]: 'GREEN', author: ann.id, actor: ann }));
    expect(answer.status).toBe(200);
    expect((await store.get('actions', item.id))?.rag).toBe(item.rag);
    expect(teams.updated).toEqual([]);
    expect(teams.sent.map((s) => s.body)).toEqual([expect.objectContaining({ type: 'message', replyToId: 'card-activity-1', text: expect.stringContaining('may not update') })]);
    const anonymous = await post(submit({ id: '29:someone' }, { [inputId('rag', 'actions', item.id)]: 'GREEN' }));
    expect(anonymous.status).toBe(200);
    expect(teams.sent.at(-1)?.body).toMatchObject({ text: expect.stringContaining('not known') });
    expect((await store.get('actions', item.id))?.rag).toBe(item.rag);
  }, 30_000);

  it('a press with no Entra identity changes nothing', async () => {
    const answer = await post(press({ id: '29:someone' }, { [inputId('rag', 'actions', item.id)]: 'GREEN' }));
    expect(answer.body).toMatchObject({ value: expect.stringContaining('not known') });
    expect((await store.get('actions', item.id))?.rag).toBe(item.rag);
  }, 30_000);

  it('refuses a forged token, a missing one, and one for another bot, before reading the activity', async () => {
    const install = activity({ type: 'installationUpdate', action: 'add' });
    expect(await post(install, `Bearer ${keys.forge(SERVICE)}`)).toMatchObject({ status: 401 });
    expect(await post(install, null)).toMatchObject({ status: 401 });
    expect(await post(install, `Bearer ${keys.token(SERVICE, { aud: 'another-bot' })}`)).toMatchObject({ status: 401 });
    expect(await post('not json', `Bearer ${keys.forge(SERVICE)}`)).toMatchObject({ status: 401 });
    expect(await conversations.get('ann@colp.example')).toBeNull();
  }, 30_000);

  it('refuses an activity naming another Connector than its token, or another tenant', async () => {
    const elsewhere = activity({ type: 'installationUpdate', action: 'add', serviceUrl: 'https://evil.example/' });
    expect(await post(elsewhere)).toMatchObject({ status: 403 });
    const otherTenant = activity({ type: 'installationUpdate', action: 'add', channelData: { tenant: { id: '99999999-9999-9999-9999-999999999999' } } });
    expect(await post(otherTenant)).toMatchObject({ status: 403 });
    expect(await conversations.get('ann@colp.example')).toBeNull();
  }, 30_000);

  it('answers a body that is not an activity with 400, and other methods with 405', async () => {
    expect(await post('not json')).toMatchObject({ status: 400, body: { error: 'the body is not JSON' } });
    expect(await post({ hello: 1 })).toMatchObject({ status: 400 });
    expect(await answerBotRequest({ botId: BOT, tenantId: TENANT }, deps(), { method: 'GET', authorization: undefined, body: '' })).toMatchObject({ status: 405 });
  }, 30_000);
});
