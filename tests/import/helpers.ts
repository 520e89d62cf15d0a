/** Shared set-up for import tests: a fresh store and directory, and an import as the CLI runs it. */
import { directoryPeopleLookup } from '../../src/adapters/local/directory-people-lookup';
import { LocalDirectory } from '../../src/adapters/local/local-directory';
import { SqliteStore } from '../../src/adapters/sqlite/sqlite-store';
import { importFile, type ImportOutcome } from '../../src/import/import-file';
import { LOCAL_PEOPLE } from '../../src/seed/people';

export const AUTHOR = { id: 'test', displayName: 'Test' };

export async function importInto(
  store: SqliteStore,
  fileName: string,
  bytes: Uint8Array | string,
  options: { strict?: boolean; preview?: boolean } = {}
): Promise<ImportOutcome> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return importFile(store, directoryPeopleLookup(new LocalDirectory(LOCAL_PEOPLE)), fileName, data, { ...options, author: AUTHOR, at: '2024-05-01T09:00:00.000Z' });
}

export const REC_HEADER = 'Inspection,Published,No,Recommendation,Status,Due,Owner,Comment';

export function recRows(n: number, text = (i: number) => `Recommendation ${i}`): string {
  const lines = [REC_HEADER];
  for (let i = 1; i <= n; i += 1) {
    lines.push(`Custody 2024,March 2024,${i},${text(i)},AMBER,Aug-24,DS,note ${i}`);
  }
  return lines.join('\n');
}

export { SqliteStore };
