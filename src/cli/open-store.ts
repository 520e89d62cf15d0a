/** The CLI's composition root: the embedded store and the local directory. */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LocalDirectory } from '../adapters/local/local-directory';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import { LOCAL_PEOPLE } from '../seed/people';

export const DEFAULT_DB = 'data/tracker.db';

export function openStore(file: string | undefined): SqliteStore {
  const path = resolve(file ?? process.env.TRACKER_DB ?? DEFAULT_DB);
  mkdirSync(dirname(path), { recursive: true });
  return new SqliteStore({ file: path });
}

export function localDirectory(): LocalDirectory {
  return new LocalDirectory(LOCAL_PEOPLE);
}

/** The CLI acts as the board secretary: imports and seeds are recorded under that name. */
export const CLI_AUTHOR = { id: 'tracker-cli', displayName: 'tracker CLI' } as const;
