import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpTrackerStore } from '../../../src/adapters/http/http-store';
import { LocalDirectory } from '../../../src/adapters/local/local-directory';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { LOCAL_PEOPLE } from '../../../src/seed/people';
import { startLocalServer, type RunningServer } from '../../../src/server/create-server';
import { trackerStoreContract } from '../../ports/tracker-store.contract';
import { ForbiddenError } from '../../../src/core/errors';
import { anAction } from '../../helpers/builders';

let server: RunningServer;
const secretary = 'morgan.ellis@colp.example';

beforeAll(async () => {
  server = await startLocalServer({
    store: new SqliteStore(),
    directory: new LocalDirectory(LOCAL_PEOPLE),
    now: () => new Date(),
    staticDir: 'dist',
    port: 0,
  });
});
afterAll(() => server.close());

trackerStoreContract('HTTP through the local server', () => new HttpTrackerStore({ baseUrl: server.url, sessionCookie: server.sessionCookie, user: () => secretary }));

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
