import { beforeEach, describe, expect, it } from 'vitest';
import { answerCardInvoke, type InvokeActivity } from '../../../src/adapters/teams/card-invoke';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { inputId } from '../../../src/core/cards/card-actions';
import type { IsoDate } from '../../../src/core/dates';
import type { Stored } from '../../../src/core/model';
import { DEFAULT_REMINDER_POLICY } from '../../../src/core/reminder-policy';
import type { Person } from '../../../src/ports/directory';
import { queryAll } from '../../../src/ports/tracker-store';
import { cardProblems } from '../../core/cards/validate-card';
import { ann, lee, sec, seedFixture } from '../../jobs/reminders/reminder-fixture';

const presser: Person = { ...ann, mail: ann.id, jobTitle: null, aliases: [], role: 'owner' };
let store: SqliteStore;
let item: Stored<'actions'>;
let board: string;
const deps = () => ({
  store,
  policy: DEFAULT_REMINDER_POLICY,
  links: { item: () => 'https://teams.microsoft.com/l/entity/app/myItems', digest: () => 'https://tracker.example/' },
  today: '2017-03-20' as IsoDate,
  at: '2017-03-20T09:00:00.000Z',
});
const invoke = (data: Record<string, unknown>, verb = 'updateProgress'): InvokeActivity => ({
  type: 'invoke',
  name: 'adaptiveCard/action',
  value: { action: { type: 'Action.Execute', verb, data: { verb, list: 'actions', id: item.id, version: item.version, ...data } } },
});

beforeEach(async () => {
  store = new SqliteStore();
  const fixture = await seedFixture(store, 'invoke');
  item = fixture.actions.tomorrow as Stored<'actions'>;
  board = fixture.board;
});

describe('the bot’s adaptiveCard/action invoke', () => {
  it('saves as the presser and answers with a refreshed card that passes the parser', async () => {
    const response = await answerCardInvoke(deps(), invoke({ [inputId('rag', 'actions', item.id)]: 'GREEN', [inputId('progress', 'actions', item.id)]: 'Done at last' }), presser);
    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardProblems(response.body.value)).toEqual([]);
    expect(JSON.stringify(response.body.value)).toContain('Saved: Action tomorrow is GREEN');
    const history = await queryAll(store, 'updates', { where: [{ field: 'itemId', op: 'eq', value: item.id }] });
    expect(history.map((u) => u.author)).toEqual([ann.id]);
  });

  it('answers a stale card with a conflict card showing both values', async () => {
    await store.update('actions', item.id, item.version, { progress: 'their words', rag: 'RED', ragRationale: 'late' });
    const response = await answerCardInvoke(deps(), invoke({ [inputId('rag', 'actions', item.id)]: 'GREEN' }), presser);
    const text = JSON.stringify(response.body.value);
    expect(cardProblems(response.body.value)).toEqual([]);
    for (const expected of ['"Now"', '"You wrote"', '"RED"', '"GREEN"', 'their words', 'Open to choose']) {
      expect(text).toContain(expected);
    }
  });

  it('answers someone who may not act on the item with a message, changing nothing', async () => {
    const stranger: Person = { ...presser, id: 'zed@colp.example', mail: 'zed@colp.example', displayName: 'Zed' };
    const response = await answerCardInvoke(deps(), invoke({ [inputId('rag', 'actions', item.id)]: 'GREEN' }), stranger);
    expect(response.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('may not update') });
    expect((await store.get('actions', item.id))?.rag).toBe('AMBER');
  });

  it('lets a secretary or lead of the item’s board press, writing as them', async () => {
    const lead: Person = { ...lee, mail: lee.id, jobTitle: null, aliases: [], role: 'lead', serves: [{ board, role: 'lead' }] };
    const response = await answerCardInvoke(deps(), invoke({ [inputId('rag', 'actions', item.id)]: 'GREEN' }), lead);
    expect(response.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const secretary: Person = { ...sec, mail: sec.id, jobTitle: null, aliases: [], role: 'secretary', serves: [{ board, role: 'secretary' }] };
    item = (await store.get('actions', item.id))!; // the refreshed card carries the new version
    const again = await answerCardInvoke(deps(), invoke({ [inputId('progress', 'actions', item.id)]: 'Minuted' }), secretary);
    expect(again.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const history = await queryAll(store, 'updates', { where: [{ field: 'itemId', op: 'eq', value: item.id }] });
    expect(history.map((u) => u.author)).toEqual([lee.id, sec.id]);
  });

  it('answers WHITE without the organisation responsible with the rule, changing nothing', async () => {
    const response = await answerCardInvoke(deps(), invoke({ [inputId('rag', 'actions', item.id)]: 'WHITE' }), presser);
    expect(response.body).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('WHITE needs the organisation') });
    expect((await store.get('actions', item.id))?.rag).toBe('AMBER');
    const saved = await answerCardInvoke(deps(), invoke({ [inputId('rag', 'actions', item.id)]: 'WHITE', [inputId('org', 'actions', item.id)]: 'British Transport Police' }), presser);
    expect(saved.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(await store.get('actions', item.id)).toMatchObject({ rag: 'WHITE', responsibleOrg: 'British Transport Police' });
  });

  it('refuses what is not a card action, and a presser nobody knows', async () => {
    expect((await answerCardInvoke(deps(), { type: 'message' }, presser)).status).toBe(400);
    expect((await answerCardInvoke(deps(), invoke({}), null)).body.value).toContain('not known');
  });
});
