import { TrackerApi } from '../../../src/adapters/http/tracker-api';
import { LocalDirectory } from '../../../src/adapters/local/local-directory';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { loadSeed } from '../../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../../src/seed/people';
import { readSeed } from '../../../src/seed/read-seed';
import { planSeed } from '../../../src/seed/seed-plan';
import { startLocalServer } from '../../../src/server/create-server';
import { trackerClientContract } from '../../ports/tracker-client.contract';

trackerClientContract('local mode (TrackerApi → local server → SQLite)', async () => {
  const store = new SqliteStore();
  await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
  const server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: 'dist', port: 0 });
  return {
    clientFor: (id) => new TrackerApi({ baseUrl: server.url, sessionCookie: server.sessionCookie, user: () => id }),
    store,
    close: async () => {
      await server.close();
      store.close();
    },
  };
});
