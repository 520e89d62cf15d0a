/** Import speed: 10,000 recommendation rows from CSV into a fresh embedded store, then again. */
import { directoryPeopleLookup } from '../src/adapters/local/directory-people-lookup';
import { LocalDirectory } from '../src/adapters/local/local-directory';
import { SqliteStore } from '../src/adapters/sqlite/sqlite-store';
import { importFile } from '../src/import/import-file';
import { LOCAL_PEOPLE } from '../src/seed/people';

const RAGS = ['GREEN', 'AMBER', 'RED', 'WHITE', ''];
const DUES = ['31/03/2024', 'Q4 23/24', 'Aug-24', 'TBC', 'Immediate', 'June 2025 [Internal deadline]'];
const OWNERS = ['DS', 'Ch Supt HQ', 'Director of HR', '', 'Someone Else'];

export function makeCsv(rows: number): Uint8Array {
  const lines = ['Inspection,Published,No,Kind,Recommendation,Status,Due,Owner,Comment,RAG rationale'];
  for (let i = 0; i < rows; i += 1) {
    const rag = RAGS[i % RAGS.length];
    lines.push(
      [`Inspection ${Math.floor(i / 200) + 1}`, 'March 2024', String((i % 200) + 1), i % 7 === 0 ? 'area for improvement' : 'recommendation', `"Recommendation ${i}, with a comma"`, rag, DUES[i % DUES.length], OWNERS[i % OWNERS.length], `Progress note ${i}`, rag === 'RED' ? 'Supplier failed' : ''].join(',')
    );
  }
  return new TextEncoder().encode(lines.join('\n'));
}

export async function importBench(rows: number): Promise<{ firstMs: number; againMs: number; created: number; unchanged: number }> {
  const csv = makeCsv(rows);
  const store = new SqliteStore();
  const directory = directoryPeopleLookup(new LocalDirectory(LOCAL_PEOPLE));
  const options = { author: { id: 'bench', displayName: 'bench' }, at: new Date().toISOString() };
  try {
    let t = performance.now();
    const first = await importFile(store, directory, 'bench.csv', csv, options);
    const firstMs = performance.now() - t;
    t = performance.now();
    const again = await importFile(store, directory, 'bench.csv', csv, options);
    const againMs = performance.now() - t;
    return { firstMs, againMs, created: first.result?.created ?? 0, unchanged: again.result?.unchanged ?? 0 };
  } finally {
    store.close();
  }
}
