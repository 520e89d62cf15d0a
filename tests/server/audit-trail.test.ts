/** The red team's audit-trail findings, each as a request to the local server. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDirectory } from '../../src/adapters/local/local-directory';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { startLocalServer, type RunningServer } from '../../src/server/create-server';
import { anAction, anUpdate } from '../helpers/builders';
import { asItemId } from '../../src/core/model';
import type { IsoDate } from '../../src/core/dates';

let server: RunningServer;
let store: SqliteStore;
const SECRETARY = 'morgan.ellis@colp.example';
const DS = 'd.service@colp.example';

beforeAll(async () => {
  store = new SqliteStore();
  server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date('2024-04-15T09:00:00Z'), staticDir: 'dist', port: 0 });
});
afterAll(() => server.close());

const call = (method: string, path: string, body: unknown, user = SECRETARY, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method,
    body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', Cookie: server.sessionCookie, 'X-Tracker-User': user, ...headers },
  });

const mine = () => store.add('actions', anAction({ owner: { id: DS, displayName: 'T/Supt. Service' } }));

describe('history is add-only through the API', () => {
  it('refuses to change a recorded update, even for a board secretary', async () => {
    const a = await mine();
    await store.updateWithHistory('actions', a.id, a.version, { progress: 'x' }, anUpdate(a.id, { text: 'what happened' }));
    const [u] = (await store.query('updates', { where: [{ field: 'itemId', op: 'eq', value: a.id }] })).items;
    const res = await call('PATCH', `/api/lists/updates/items/${u?.id}`, { text: 'rewritten' }, SECRETARY, { 'If-Match': String(u?.version) });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toMatch(/history is add-only/);
    expect((await store.get('updates', u!.id))?.text).toBe('what happened');
  });

  it('records the requester as the author of an added update, whatever the body says', async () => {
    const a = await mine();
    const res = await call('POST', '/api/lists/updates/items', anUpdate(a.id, { author: DS, authorName: 'Somebody Else' }));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ author: SECRETARY, authorName: 'Morgan Ellis' });
    const edited = await call('POST', `/api/lists/actions/items/${a.id}/with-history`, { patch: { progress: 'y' }, update: anUpdate(a.id, { author: DS, authorName: 'Forged' }) }, SECRETARY, { 'If-Match': a.version });
    expect(edited.status).toBe(200);
    const history = await store.query('updates', { where: [{ field: 'itemId', op: 'eq', value: a.id }] });
    expect(history.items.map((u) => [u.author, u.authorName])).toEqual([
      [SECRETARY, 'Morgan Ellis'],
      [SECRETARY, 'Morgan Ellis'],
    ]);
  });
});

describe('tracked items are never overwritten unconditionally', () => {
  it.each(['actions', 'recommendations', 'workstreams'])('refuses If-Match: * on %s', async (list) => {
    const res = await call('PATCH', `/api/lists/${list}/items/1`, { progress: 'overwrite' }, SECRETARY, { 'If-Match': '*' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'INVALID_VALUE', field: 'If-Match' } });
    const withHistory = await call('POST', `/api/lists/${list}/items/1/with-history`, { patch: {}, update: {} }, SECRETARY, { 'If-Match': '*' });
    expect(withHistory.status).toBe(400);
  });

  it('leaves the item as it was', async () => {
    const a = await mine();
    await call('PATCH', `/api/lists/actions/items/${a.id}`, { progress: 'overwrite' }, SECRETARY, { 'If-Match': '*' });
    expect((await store.get('actions', a.id))?.version).toBe(a.version);
  });
});

describe('owners come from the directory', () => {
  it('refuses an owner the directory does not have, naming the field and the id', async () => {
    const a = await mine();
    const res = await call('PATCH', `/api/items/actions/${a.id}`, { version: a.version, edit: { owner: { id: 'nobody@elsewhere.example', displayName: 'Nobody' } } }, DS);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'INVALID_VALUE', field: 'owner', value: 'nobody@elsewhere.example' } });
    const assign = await call('POST', '/api/assign', { targets: [{ list: 'actions', id: a.id, version: a.version }], owner: { id: 'nobody@elsewhere.example', displayName: 'Nobody' } });
    expect(assign.status).toBe(400);
    const raw = await call('PATCH', `/api/lists/actions/items/${a.id}`, { owner: { id: 'nobody@elsewhere.example', displayName: 'Nobody' } }, SECRETARY, { 'If-Match': a.version });
    expect(raw.status).toBe(400);
    expect((await store.get('actions', a.id))?.owner?.id).toBe(DS);
  });

  it('stores the directory’s display name, not the one in the request', async () => {
    const a = await mine();
    const res = await call('PATCH', `/api/items/actions/${a.id}`, { version: a.version, edit: { owner: { id: SECRETARY, displayName: 'The Chief Constable' } } }, DS);
    expect(res.status).toBe(200);
    expect((await store.get('actions', a.id))?.owner).toEqual({ id: SECRETARY, displayName: 'Morgan Ellis' });
    const b = await store.add('actions', anAction({ owner: null }));
    const added = await call('POST', '/api/lists/actions/items', anAction({ owner: { id: DS, displayName: 'Free text' } }));
    expect((await added.json()).owner).toEqual({ id: DS, displayName: 'T/Supt. Service' });
    const assigned = await call('POST', '/api/assign', { targets: [{ list: 'actions', id: b.id, version: b.version }], owner: { id: DS, displayName: 'Forged' } });
    expect(assigned.status).toBe(200);
    expect((await store.get('actions', b.id))?.owner).toEqual({ id: DS, displayName: 'T/Supt. Service' });
  });
});

describe('what the server keeps itself is never written through the raw list endpoints', () => {
  it('refuses to change, add or delete a frozen snapshot, even for a board secretary', async () => {
    const frozen = await store.add('snapshots', { boardId: asItemId(1), takenAt: '2024-04-01T09:00:00.000Z', title: 'ODB 2024-04-01', json: '{"items":[]}' });
    const patch = await call('PATCH', `/api/lists/snapshots/items/${frozen.id}`, { json: '{"items":["forged"]}' }, SECRETARY, { 'If-Match': frozen.version });
    expect(patch.status).toBe(403);
    expect((await patch.json()).error.message).toMatch(/snapshots cannot be written directly: a frozen board pack is never edited/);
    const add = await call('POST', '/api/lists/snapshots/items', { boardId: 1, takenAt: '2024-04-02T09:00:00.000Z', title: 'Forged', json: '{}' });
    expect(add.status).toBe(403);
    const del = await call('DELETE', `/api/lists/snapshots/items/${frozen.id}`, undefined, SECRETARY, { 'If-Match': frozen.version });
    expect(del.ok).toBe(false);
    expect(await store.get('snapshots', frozen.id)).toEqual(frozen);
    expect((await store.query('snapshots', { where: [{ field: 'boardId', op: 'eq', value: 1 }] })).items.map((s) => s.id)).toEqual([frozen.id]);
    const read = await call('GET', `/api/lists/snapshots/items/${frozen.id}`, undefined);
    expect(read.status).toBe(200);
  });

  it('refuses raw writes to the reminder ledger, update rounds and bot conversations', async () => {
    const sent = await store.add('reminderLog', { key: `audit:${Date.now()}`, list: 'actions', itemId: asItemId(1), rule: 'before-7', dueDate: '2024-04-22' as IsoDate, recipient: DS, outcome: 'sent', at: '2024-04-15T09:00:00.000Z' });
    const rewrite = await call('PATCH', `/api/lists/reminderLog/items/${sent.id}`, { outcome: 'failed' }, SECRETARY, { 'If-Match': sent.version });
    expect(rewrite.status).toBe(403);
    expect((await store.get('reminderLog', sent.id))?.outcome).toBe('sent');
    const bodies: Record<string, unknown> = {
      reminderLog: { key: `forged:${Date.now()}`, list: 'actions', itemId: 1, rule: 'before-7', recipient: DS, outcome: 'sent', at: '2024-04-15T09:00:00.000Z' },
      updateRounds: { title: 'Forged', boardId: 1, meetingDate: '2024-05-01', openedBy: SECRETARY, openedAt: '2024-04-15T09:00:00.000Z' },
      botConversations: { personId: DS, conversationId: 'elsewhere', serviceUrl: 'https://attacker.example/' },
    };
    for (const [list, body] of Object.entries(bodies)) {
      const res = await call('POST', `/api/lists/${list}/items`, body);
      expect(res.status, list).toBe(403);
      expect((await res.json()).error.message).toContain(`${list} cannot be written directly`);
    }
    expect((await store.query('updateRounds', { where: [{ field: 'boardId', op: 'eq', value: 1 }] })).items).toEqual([]);
    expect((await store.query('botConversations', { where: [{ field: 'personId', op: 'eq', value: DS }] })).items).toEqual([]);
  });
});
