import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpTrackerStore } from '../../../src/adapters/http/http-store';
import { LocalDirectory } from '../../../src/adapters/local/local-directory';
import type { Directory } from '../../../src/ports/directory';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { LOCAL_PEOPLE } from '../../../src/seed/people';
import { startLocalServer, type RunningServer } from '../../../src/server/create-server';
import { trackerStoreContract } from '../../ports/tracker-store.contract';
import { DuplicateKeyError, ForbiddenError } from '../../../src/core/errors';
import { asItemId } from '../../../src/core/model';
import { anAction } from '../../helpers/builders';

let server: RunningServer;

/**
 * The server resolves every person a write names through its directory (and refuses people it
 * does not have); the contract names people of its own, so this directory knows every
 * colp.example address, as the SharePoint fake's ensureUser does.
 */
const people = new LocalDirectory(LOCAL_PEOPLE);
const anyoneAtColp: Directory = {
  search: (text, top) => people.search(text, top),
  get: async (id) => (await people.get(id)) ?? (id.endsWith('@colp.example') ? { id, displayName: id.split('@')[0] as string, mail: id, jobTitle: null, aliases: [], role: 'owner' } : null),
};
const secretary = 'morgan.ellis@colp.example';

beforeAll(async () => {
  server = await startLocalServer({
    store: new SqliteStore(),
    directory: anyoneAtColp,
    now: () => new Date(),
    staticDir: 'dist',
    port: 0,
  });
});
afterAll(() => server.close());

trackerStoreContract('HTTP through the local server', () => new HttpTrackerStore({ baseUrl: server.url, sessionCookie: server.sessionCookie, user: () => secretary }), { ledgers: false });

describe('HttpTrackerStore writes', () => {
  it('need a board secretary: an owner cannot write lists directly', async () => {
    const owner = new HttpTrackerStore({ baseUrl: server.url, sessionCookie: server.sessionCookie, user: () => 'd.service@colp.example' });
    await expect(owner.add('actions', anAction())).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('are validated against the schema, naming the field and value', async () => {
    const store = new HttpTrackerStore({ baseUrl: server.url, sessionCookie: server.sessionCookie, user: () => secretary });
    await expect(store.add('actions', { ...anAction(), rag: 'PURPLE' } as never)).rejects.toThrow(
      'actions.rag: allowed: GREEN, AMBER, RED, WHITE ("PURPLE")'
    );
    await expect(store.add('actions', { ...anAction(), dueDate: '2018-02-31' } as never)).rejects.toThrow(
      /actions.dueDate: must be a date written YYYY-MM-DD/
    );
  });
});

describe('HttpTrackerStore and the lists the server keeps', () => {
  const store = () => new HttpTrackerStore({ baseUrl: server.url, sessionCookie: server.sessionCookie, user: () => secretary });

  it('cannot write the reminder ledger (the contract’s ledger tests run on SQLite and SharePoint)', async () => {
    const entry = { key: `http:${Date.now()}`, list: 'actions' as const, itemId: asItemId(1), rule: 'before-7', dueDate: null, recipient: 'ann@colp.example', outcome: 'claimed', at: new Date().toISOString() };
    await expect(store().add('reminderLog', entry)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('still reports a duplicate unique key as DUPLICATE_KEY, naming the field', async () => {
    const action = anAction();
    await store().add('actions', action);
    const error = await store().add('actions', anAction({ sourceKey: action.sourceKey })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DuplicateKeyError);
    expect(error).toMatchObject({ code: 'DUPLICATE_KEY', field: 'sourceKey', value: action.sourceKey });
  });
});
