/**
 * The CLI's composition root. TRACKER_MODE decides where the lists live: the embedded SQLite
 * store and local directory (local mode), or SharePoint and Graph with app-only
 * certificate tokens (Microsoft 365 mode), so seed, import, export and summary work on both.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { GraphDirectory } from '../adapters/graph/graph-directory';
import { GraphPeopleLookup } from '../adapters/graph/graph-people-lookup';
import { directoryPeopleLookup } from '../adapters/local/directory-people-lookup';
import { LocalDirectory } from '../adapters/local/local-directory';
import { appOnlyTokenSource } from '../adapters/sharepoint/app-only-token';
import { createSp } from '../adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../adapters/sharepoint/sharepoint-store';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import { SharePointSnapshotStore } from '../adapters/sharepoint/sharepoint-snapshot-store';
import { TableSnapshotStore } from '../adapters/snapshots/table-snapshot-store';
import type { SnapshotStore } from '../ports/snapshot-store';
import { readCertificateSettings, readSettings, sharePointResource } from '../config/settings';
import type { Directory } from '../ports/directory';
import type { PeopleLookup } from '../ports/people-lookup';
import type { TrackerStore } from '../ports/tracker-store';
import { LOCAL_PEOPLE } from '../seed/people';

export const DEFAULT_DB = 'data/tracker.db';

/** Identifies our Node entry points to SharePoint (browsers drop User-Agent). */
export const USER_AGENT = 'NONISV|ActionTracker|ActionTracker/0.1.0';

export type OpenedStore = Readonly<{
  store: TrackerStore;
  directory: Directory;
  /** many people at once (imports, the seed): Graph $batch in Microsoft 365 */
  people: PeopleLookup;
  mode: 'local' | 'm365';
  close: () => void;
  where: string;
  snapshots: SnapshotStore;
}>;

export function openSqlite(file: string | undefined, env: NodeJS.ProcessEnv = process.env): SqliteStore {
  const path = resolve(file ?? env.TRACKER_DB ?? DEFAULT_DB);
  mkdirSync(dirname(path), { recursive: true });
  return new SqliteStore({ file: path });
}

export function localDirectory(): LocalDirectory {
  return new LocalDirectory(LOCAL_PEOPLE);
}

export function openTrackerStore(file: string | undefined, env: NodeJS.ProcessEnv = process.env): OpenedStore {
  const settings = readSettings(env);
  if (settings.mode === 'local') {
    const store = openSqlite(file, env);
    const directory = localDirectory();
    return { store, directory, people: directoryPeopleLookup(directory), mode: 'local', close: () => store.close(), where: store.db.name, snapshots: new TableSnapshotStore(store) };
  }
  const certificate = readCertificateSettings(env);
  const spToken = appOnlyTokenSource(settings.tenantId, settings.clientId, certificate, sharePointResource(settings.siteUrl));
  const graphToken = appOnlyTokenSource(settings.tenantId, settings.clientId, certificate, 'https://graph.microsoft.com');
  const sp = createSp({ siteUrl: settings.siteUrl, getToken: spToken, userAgent: USER_AGENT });
  return {
    store: new SharePointStore(sp, settings.siteUrl, 'app'),
    directory: new GraphDirectory(graphToken),
    // app-only with User.Read.All, so otherMails (a guest's invited address) can be matched too
    people: new GraphPeopleLookup(graphToken, { otherMails: true }),
    mode: 'm365',
    close: () => undefined,
    where: settings.siteUrl,
    snapshots: new SharePointSnapshotStore(sp, settings.siteUrl, 'app'),
  };
}

/** The CLI's own name in the history it writes (imports are recorded under it). */
export const CLI_AUTHOR = { id: 'tracker-cli', displayName: 'tracker CLI' } as const;
