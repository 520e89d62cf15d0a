import { HttpRoundClient } from '../../../src/adapters/http/round-api';
import { LocalDirectory } from '../../../src/adapters/local/local-directory';
import { SqliteOutbox } from '../../../src/adapters/sqlite/sqlite-outbox';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { LOCAL_PEOPLE } from '../../../src/seed/people';
import { startLocalServer } from '../../../src/server/create-server';
import { roundClientContract } from '../../ports/round-client.contract';

roundClientContract('local mode (HttpRoundClient → local server → SQLite, reminders to the Outbox)', async () => {
  const store = new SqliteStore();
  const server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: 'dist', port: 0 });
  const outbox = new SqliteOutbox(store.db);
  return {
    clientFor: (id) => new HttpRoundClient({ baseUrl: server.url, sessionCookie: server.sessionCookie, user: () => id }),
    store,
    storeFor: () => store,
    received: async (id) => outbox.received(id).length,
    close: async () => {
      await server.close();
      store.close();
    },
  };
});
