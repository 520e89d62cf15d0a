/**
 * The hosted bot wired end to end, as the Function App runs it, against HTTP-level fakes of
 * everything it calls: the Bot Framework's keys (inbound tokens), the Entra token endpoint and the
 * Bot Connector (outbound), Graph (who pressed) and SharePoint (the items, the board groups, the
 * BotConversations list). POST /api/messages: an install is captured in SharePoint; a card press
 * writes through SharePoint as the person Teams names in `from`, answered with a refreshed card.
 */
import { HttpRequest, InvocationContext } from '@azure/functions';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { inputId } from '../../src/core/cards/card-actions';
import type { Stored } from '../../src/core/model';
import { botMessagesHandler, createM365Bot } from '../../src/functions/m365-bot';
import { queryAll } from '../../src/ports/tracker-store';
import { cardProblems } from '../core/cards/validate-card';
import { botCertificate, FakeBotFramework } from '../fakes/bot-framework-fake';
import { BotKeys } from '../fakes/bot-keys';
import { FakeGraph } from '../fakes/graph-fake';
import { BOT, M365_JOB_ENV, TENANT, provisionedJobSite } from '../fakes/m365-job-env';
import { SITE } from '../fakes/provisioned-site';
import { FakeTeams } from '../fakes/teams-fake';
import { ann, seedFixture } from '../jobs/reminders/reminder-fixture';

const SERVICE = 'https://smba.trafficmanager.net/emea/';
const ANN_AAD = 'aaaaaaaa-0000-4000-8000-000000000001';
const env = M365_JOB_ENV;
const certificate = botCertificate();
const keys = new BotKeys(BOT);
const sharePoint = provisionedJobSite();
const graph = new FakeGraph();
const botFramework = new FakeBotFramework({ tenantId: TENANT, botId: BOT }, certificate);
const teams = new FakeTeams(botFramework);
const server = setupServer(...sharePoint.handlers(), ...graph.handlers(), ...keys.handlers(), ...botFramework.handlers(), ...teams.handlers());
let item: Stored<'actions'>;

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  sharePoint.addUser(ann.id, ann.displayName);
  // Ann signs in as ann@ (her UPN, what SharePoint's person fields hold); her mail differs, as it may in a tenant
  graph.users.push({ id: ANN_AAD, displayName: ann.displayName, mail: 'ann.owner@colp.example', userPrincipalName: ann.id, jobTitle: null });
  teams.members.set('29:ann', { id: '29:ann', name: ann.displayName, aadObjectId: ANN_AAD, email: 'ann.owner@colp.example', userPrincipalName: ann.id, tenantId: TENANT });
  const store = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined } }), SITE);
  item = (await seedFixture(store, 'hosted')).actions.tomorrow as Stored<'actions'>;
}, 60_000);
afterAll(() => server.close());

const handler = botMessagesHandler(() =>
  createM365Bot(env, () => new Date('2017-03-20T09:00:00Z'), {
    credentials: { sharePoint: async () => 'app-only', graph: async () => 'graph-token', certificate },
    throttle: { sleep: async () => undefined },
  })
);
const context = new InvocationContext({ functionName: 'messages' });
const call = (activity: Record<string, unknown>, token = keys.token(SERVICE)) =>
  handler(
    new HttpRequest({
      method: 'POST',
      url: 'https://tracker-bot.azurewebsites.net/api/messages',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: { string: JSON.stringify(activity) },
    }),
    context
  );
const base = {
  serviceUrl: SERVICE,
  from: { id: '29:ann', aadObjectId: ANN_AAD, name: ann.displayName },
  recipient: { id: `28:${BOT}`, name: 'Action Tracker' },
  conversation: { id: `a:${ANN_AAD}`, conversationType: 'personal', tenantId: TENANT },
  channelData: { tenant: { id: TENANT } },
};

describe('POST /api/messages, hosted in Azure Functions', () => {
  it('keeps the conversation in SharePoint’s BotConversations list when a person installs the app', async () => {
    expect(await call({ ...base, type: 'installationUpdate', action: 'add' })).toEqual({ status: 200 });
    const rows = [...(sharePoint.list('BotConversations')?.items.values() ?? [])].map((i) => [i.data.Title, i.data.ConversationId, i.data.ServiceUrl]);
    expect(rows).toEqual(
      expect.arrayContaining([
        [ann.id, `a:${ANN_AAD}`, SERVICE],
        ['ann.owner@colp.example', `a:${ANN_AAD}`, SERVICE],
        [ANN_AAD, `a:${ANN_AAD}`, SERVICE],
      ])
    );
  }, 60_000);

  it('writes a card press through SharePoint as the person in `from` and answers with the refreshed card', async () => {
    const data = { verb: 'updateProgress', list: 'actions', id: item.id, version: item.version, [inputId('rag', 'actions', item.id)]: 'GREEN', [inputId('progress', 'actions', item.id)]: 'Recruited', author: 'someone@else.example' };
    const response = await call({ ...base, type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'updateProgress', data } } });
    expect(response.status).toBe(200);
    const body = response.jsonBody as { statusCode: number; type: string; value: unknown };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(cardProblems(body.value)).toEqual([]);
    const store = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined } }), SITE);
    expect((await store.get('actions', item.id))?.rag).toBe('GREEN');
    const history = await queryAll(store, 'updates', { where: [{ field: 'itemId', op: 'eq', value: item.id }] });
    expect(history.map((u) => [u.author, u.text])).toEqual([[ann.id, 'Recruited']]);
  }, 60_000);

  it('refuses a forged token with 401 and writes nothing', async () => {
    const before = sharePoint.writeRequestCount();
    const response = await call({ ...base, type: 'installationUpdate', action: 'add' }, keys.forge(SERVICE));
    expect(response.status).toBe(401);
    expect(sharePoint.writeRequestCount()).toBe(before);
  }, 60_000);

  it('names a missing setting in one line and answers 500, without a stack trace', async () => {
    const errors: string[] = [];
    const broken = botMessagesHandler(() => createM365Bot({ ...env, TRACKER_BOT_ID: '' }, () => new Date()));
    const response = await broken(
      new HttpRequest({ method: 'POST', url: 'https://x/api/messages', headers: {}, body: { string: '{}' } }),
      new InvocationContext({ functionName: 'messages', logHandler: (_level, ...args) => errors.push(args.join(' ')) })
    );
    expect(response.status).toBe(500);
    expect(errors).toEqual([expect.stringMatching(/^bot: TRACKER_BOT_ID: the bot’s messaging endpoint needs the bot’s Microsoft App id/)]);
  });
});
