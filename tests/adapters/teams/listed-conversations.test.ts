/**
 * The bot's conversations kept in the BotConversations list: on SQLite and on the SharePoint
 * fake alike (the bot writes on install, the job reads), one row per person whatever the case
 * of their id, changed in place, emptied on uninstall.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { ListedConversations } from '../../../src/adapters/teams/listed-conversations';
import { queryAll, type TrackerStore } from '../../../src/ports/tracker-store';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';

let site: ReturnType<typeof startFakeSite>;
beforeAll(() => {
  site = startFakeSite();
});
afterAll(() => site.close());

const backends: Array<[string, () => TrackerStore]> = [
  ['SQLite', () => new SqliteStore()],
  ['SharePoint', () => new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined } }), SITE)],
];

describe.each(backends)('ListedConversations on %s', (_name, open) => {
  it('keeps one row per person, found whatever the case of the id, changed in place, emptied on uninstall', async () => {
    const store = open();
    const conversations = new ListedConversations(store);
    const person = `Ann.${_name}@colp.example`;
    expect(await conversations.get(person)).toBeNull();
    await conversations.set(person, { conversationId: 'a:1', serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    expect(await conversations.get(person.toLowerCase())).toEqual({ conversationId: 'a:1', serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    await conversations.set(person, { conversationId: 'a:2', serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    await conversations.set(person, { conversationId: 'a:2', serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    expect((await conversations.get(person))?.conversationId).toBe('a:2');
    const rows = await queryAll(store, 'botConversations', { where: [{ field: 'personId', op: 'eq', value: person.toLowerCase() }] });
    expect(rows).toHaveLength(1);
    await conversations.delete(person);
    expect(await conversations.get(person)).toBeNull();
  }, 30_000);

  it('two installs at once leave one row', async () => {
    const store = open();
    const person = `bo.${_name}@colp.example`;
    await Promise.all([
      new ListedConversations(store).set(person, { conversationId: 'a:x', serviceUrl: 'https://s/' }),
      new ListedConversations(store).set(person, { conversationId: 'a:y', serviceUrl: 'https://s/' }),
    ]);
    const rows = await queryAll(store, 'botConversations', { where: [{ field: 'personId', op: 'eq', value: person.toLowerCase() }] });
    expect(rows).toHaveLength(1);
    expect(['a:x', 'a:y']).toContain(rows[0]?.conversationId);
  }, 30_000);
});
