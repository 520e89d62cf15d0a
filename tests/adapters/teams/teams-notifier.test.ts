import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildManifest } from '../../../manifest/build-manifest';
import { MemoryConversations } from '../../../src/adapters/local/memory-conversations';
import { BotConnector } from '../../../src/adapters/teams/bot-connector';
import { botTokens } from '../../../src/adapters/teams/bot-token';
import { TeamsNotifier } from '../../../src/adapters/teams/teams-notifier';
import type { IsoDate } from '../../../src/core/dates';
import { asItemId } from '../../../src/core/model';
import type { DigestView } from '../../../src/core/reminder-digest';
import type { ReminderMessage } from '../../../src/ports/notifier';
import { botCertificate, FakeBotFramework } from '../../fakes/bot-framework-fake';
import { CONNECTOR, FakeTeams, GRAPH } from '../../fakes/teams-fake';
import { cardProblems } from '../../core/cards/validate-card';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { DEFAULT_REMINDER_POLICY } from '../../../src/core/reminder-policy';
import { runReminders } from '../../../src/jobs/reminders/run-reminders';
import { queryAll } from '../../../src/ports/tracker-store';
import { TODAY, ann, bo, boardPeople, lee, sec, seedFixture } from '../../jobs/reminders/reminder-fixture';

let fake: FakeTeams;
let botFramework: FakeBotFramework;
const BOT = { tenantId: '11111111-1111-1111-1111-111111111111', botId: '44444444-4444-4444-4444-444444444444' };
const certificate = botCertificate();
const stranger = botCertificate();
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const ANN = 'ann@contoso.example';
const message = (to = ANN): ReminderMessage => ({
  today: '2017-03-20' as IsoDate,
  digest: {
    to: { id: to, displayName: 'Ann' },
    kind: 'owner',
    items: [{ list: 'actions', id: asItemId(4), ref: '01', title: 'Do it', dueText: '21/03/17', dueDate: '2017-03-21' as IsoDate, rule: 'before-1', rag: 'AMBER', lifecycle: 'open', label: 'Action 01', parent: null, daysToGo: 1, version: '"2"' }],
  } satisfies DigestView,
});

let refs: MemoryConversations;
const tokens = (key = certificate.privateKeyPem) => botTokens({ ...BOT, privateKeyPem: key, thumbprintSha256: certificate.thumbprintSha256, now: () => botFramework.now });
const notifier = (connector = new BotConnector(tokens())) =>
  new TeamsNotifier({
    teamsAppId: 'app-catalog-id',
    serviceUrl: `${CONNECTOR}/`,
    connector,
    graphToken: async () => 'graph-token',
    conversations: refs,
    links: { item: (l, id) => `https://teams.microsoft.com/l/entity/app/items?context=${l}:${id}`, digest: () => 'https://teams.microsoft.com/l/entity/app/my-items' },
    graphBaseUrl: GRAPH,
    now: () => Date.parse('2017-03-20T07:00:00Z'),
  });

beforeEach(() => {
  botFramework = new FakeBotFramework(BOT, certificate);
  fake = new FakeTeams(botFramework);
  fake.users.add(ANN);
  refs = new MemoryConversations();
  server.resetHandlers(...fake.handlers(), ...botFramework.handlers());
});

describe('TeamsNotifier against HTTP fakes of Graph and the Bot Connector', () => {
  it('installs the app, reads the chat id, and posts the card proactively; next time it reuses the conversation', async () => {
    expect(await notifier().send(message())).toEqual({ outcome: 'sent' });
    expect(fake.sent).toHaveLength(1);
    const attachment = (fake.sent[0]?.body.attachments as Array<{ contentType: string; content: unknown }>)[0];
    expect(attachment?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(attachment?.content)).toEqual([]);
    const before = fake.requests;
    expect(await notifier().send(message())).toEqual({ outcome: 'sent' });
    expect(fake.requests - before).toBe(1); // the captured conversation: one post, no Graph
  });

  it('treats "already installed" (409) as installed', async () => {
    fake.installed.add(ANN);
    expect(await notifier().send(message())).toEqual({ outcome: 'sent' });
  });

  it('says recipient-not-found for a person Graph does not know (404)', async () => {
    expect(await notifier().send(message('nobody@contoso.example'))).toMatchObject({ outcome: 'recipient-not-found' });
  });

  it('says throttled with the wait Graph asked for (429 + Retry-After, seconds or a date)', async () => {
    fake.answer(ANN, 'install', { status: 429, retryAfter: '17' });
    expect(await notifier().send(message())).toMatchObject({ outcome: 'throttled', retryAfterSeconds: 17 });
    fake.answer(ANN, 'install', { status: 429, retryAfter: 'Mon, 20 Mar 2017 07:00:30 GMT' });
    expect(await notifier().send(message())).toMatchObject({ outcome: 'throttled', retryAfterSeconds: 30 });
  });

  it('says throttled when the Bot Connector answers 429', async () => {
    fake.answer(ANN, 'activity', { status: 429, retryAfter: '5' });
    expect(await notifier().send(message())).toMatchObject({ outcome: 'throttled', retryAfterSeconds: 5 });
  });

  it('falls back to the activity feed when installing is refused (403)', async () => {
    fake.answer(ANN, 'install', { status: 403 });
    expect(await notifier().send(message())).toMatchObject({ outcome: 'sent', detail: expect.stringContaining('activity feed') });
    expect(fake.feed[0]?.body).toMatchObject({ activityType: 'itemDue', templateParameters: [{ name: 'item', value: 'Action 01' }, { name: 'due', value: 'in 1 day' }], topic: { source: 'text', webUrl: 'https://teams.microsoft.com/l/entity/app/my-items' } });
  });

  it('sends an activity type the app manifest declares, with the parameters its template names', async () => {
    fake.answer(ANN, 'install', { status: 403 });
    await notifier().send(message());
    const sent = fake.feed[0]?.body as { activityType: string; templateParameters: Array<{ name: string }> };
    const manifest = buildManifest({ mode: 'm365', tenantId: BOT.tenantId, clientId: BOT.botId, siteUrl: 'https://contoso.sharepoint.com/sites/gov', tabUrl: 'https://tracker.contoso.org', botId: BOT.botId, teamsAppId: 'app-catalog-id' });
    const declared = (manifest.activities as { activityTypes: Array<{ type: string; templateText: string }> }).activityTypes.find((t) => t.type === sent.activityType);
    expect(declared).toBeDefined();
    const named = [...(declared?.templateText ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(sent.templateParameters.map((p) => p.name).sort()).toEqual(named);
  });

  it('falls back to the activity feed and forgets the conversation when the bot is gone (403/404)', async () => {
    await refs.set(ANN, { conversationId: '19:annbot', serviceUrl: `${CONNECTOR}/` });
    fake.answer('', 'activity', { status: 404 });
    expect(await notifier().send(message())).toMatchObject({ outcome: 'sent', detail: expect.stringContaining('activity feed') });
    expect(await refs.get(ANN)).toBeNull();
  });

  it('falls back to the activity feed and forgets the conversation when the Connector answers 403 (the bot blocked)', async () => {
    await refs.set(ANN, { conversationId: '19:annbot', serviceUrl: `${CONNECTOR}/` });
    fake.answer('', 'activity', { status: 403 });
    expect(await notifier().send(message())).toMatchObject({ outcome: 'sent', detail: expect.stringContaining("the bot's conversation answered 403") });
    expect(await refs.get(ANN)).toBeNull();
    expect(fake.feed.map((f) => f.user)).toEqual([ANN]);
    expect(fake.sent).toEqual([]);
  });

  it('fails with the status when Graph refuses its token (401), sending nothing', async () => {
    fake.answer(ANN, 'install', { status: 401 });
    expect(await notifier().send(message())).toEqual({ outcome: 'failed', detail: 'Graph answered 401 while installing the app' });
    expect(fake.sent).toEqual([]);
    expect(fake.feed).toEqual([]);
  });

  it('says throttled when the activity feed answers 429, with its Retry-After, and recipient-not-found on 404', async () => {
    fake.answer(ANN, 'install', { status: 403 });
    fake.answer(ANN, 'feed', { status: 429, retryAfter: '42' });
    expect(await notifier().send(message())).toEqual({ outcome: 'throttled', detail: 'Graph (sending the activity notification) asked to wait', retryAfterSeconds: 42 });
    fake.answer(ANN, 'feed', { status: 404 });
    expect(await notifier().send(message())).toEqual({ outcome: 'recipient-not-found', detail: 'Graph found no such person (sending the activity notification)' });
    expect(fake.feed).toEqual([]);
  });

  it('in a run: a throttled feed is recorded against the person and sent on the next run; a 404 is recorded against the person', async () => {
    const store = new SqliteStore();
    await seedFixture(store, 'feed');
    for (const p of [ann, bo, sec, lee]) {
      fake.users.add(p.id);
      fake.answer(p.id, 'install', { status: 403 }); // none can have the app: the feed for all
    }
    fake.answer(ann.id, 'feed', { status: 429, retryAfter: '30' });
    fake.answer(bo.id, 'feed', { status: 404 });
    const options = { today: TODAY, now: () => new Date('2017-03-20T07:00:00Z'), policy: DEFAULT_REMINDER_POLICY };
    const first = await runReminders({ store, notifier: notifier(), people: boardPeople() }, options);
    const ledger = async () => queryAll(store, 'reminderLog', { where: [{ field: 'id', op: 'ge', value: 1 }] });
    const outcomes = (rows: Awaited<ReturnType<typeof ledger>>, recipient: string) => [...new Set(rows.filter((r) => r.recipient === recipient).map((r) => r.outcome))];
    expect(outcomes(await ledger(), ann.id)).toEqual(['throttled']);
    expect(outcomes(await ledger(), bo.id)).toEqual(['recipient-not-found']);
    expect(first.failed).toBe(2);
    // the wait is over: the next run sends Ann's nudges once, and tries Bo's again
    fake.answers.delete(`${ann.id}:feed`);
    const second = await runReminders({ store, notifier: notifier(), people: boardPeople() }, { ...options, now: () => new Date('2017-03-20T07:01:00Z') });
    expect(second.digests.map((d) => d.to.id).sort()).toEqual([ann.id, bo.id]);
    expect(outcomes(await ledger(), ann.id)).toEqual(['sent']);
    expect(outcomes(await ledger(), bo.id)).toEqual(['recipient-not-found']);
    expect(fake.feed.filter((f) => f.user === ann.id)).toHaveLength(1);
  }, 30_000);

  it('fails (and does not throw) when Entra refuses the bot’s certificate, sending nothing', async () => {
    expect(await notifier(new BotConnector(tokens(stranger.privateKeyPem))).send(message())).toMatchObject({
      outcome: 'failed',
      detail: expect.stringContaining('AADSTS700027: Client assertion contains an invalid signature'),
    });
    expect(fake.sent).toEqual([]);
  });

  it('posts with a token from the token endpoint, keeps it while valid, and renews it before it expires', async () => {
    const connector = new BotConnector(tokens());
    await notifier(connector).send(message());
    await notifier(connector).send(message());
    expect(botFramework.tokenRequests).toBe(1);
    expect(fake.sent.map((s) => s.auth)).toEqual(['Bearer bf-token-1', 'Bearer bf-token-1']);
    botFramework.now += 56 * 60 * 1000; // within five minutes of the hour's expiry
    expect(await notifier(connector).send(message())).toEqual({ outcome: 'sent' });
    expect(fake.sent.at(-1)?.auth).toBe('Bearer bf-token-2');
  });

  it('gets a new token and sends again once when the Connector refuses a token it had accepted (401)', async () => {
    const connector = new BotConnector(tokens());
    await notifier(connector).send(message());
    botFramework.revokeAll();
    expect(await notifier(connector).send(message())).toEqual({ outcome: 'sent' });
    expect(fake.sent.map((s) => s.auth)).toEqual(['Bearer bf-token-1', 'Bearer bf-token-2']);
  });

  it('the Connector fake refuses a missing, unknown and expired token', async () => {
    const post = (auth?: string) =>
      fetch(`${CONNECTOR}/v3/conversations/x/activities`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: auth } : {}) }, body: '{"type":"message"}' });
    expect((await post()).status).toBe(401);
    expect((await post('Bearer made-up')).status).toBe(401);
    const token = await tokens().get();
    botFramework.now += 3601 * 1000;
    const expired = await post(`Bearer ${token}`);
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ message: expect.stringContaining('expired') });
  });

  it('fails when the activity feed is refused too', async () => {
    fake.answer(ANN, 'install', { status: 403 });
    fake.answer(ANN, 'feed', { status: 403 });
    expect(await notifier().send(message())).toMatchObject({ outcome: 'failed', detail: 'Graph answered 403 while sending the activity notification' });
  });
});

describe('TeamsNotifier without a registered bot', () => {
  it('sends the activity-feed notification, posting nothing to the Connector', async () => {
    const feedOnly = new TeamsNotifier({
      teamsAppId: 'app-catalog-id',
      connector: null,
      graphToken: async () => 'graph-token',
      conversations: refs,
      links: { item: () => 'https://teams.microsoft.com/l/entity/app/items', digest: () => 'https://teams.microsoft.com/l/entity/app/my-items' },
      graphBaseUrl: GRAPH,
    });
    expect(await feedOnly.send(message())).toMatchObject({ outcome: 'sent', detail: 'activity feed (no bot is registered)' });
    expect(fake.sent).toEqual([]);
    expect(fake.feed.map((f) => f.user)).toEqual([ANN]);
  });
});
