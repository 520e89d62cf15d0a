import { describe, expect, it } from 'vitest';
import type { ListKey, ListRecords, Stored } from '../../src/core/model';
import { importInto, recRows, SqliteStore } from './helpers';

/** A store that fails part way through adding, as a full disk or a crash would. */
class FailingStore extends SqliteStore {
  override async addMany<L extends ListKey>(list: L, records: readonly ListRecords[L][]): Promise<Array<Stored<L>>> {
    if (records.length > 0) {
      await super.addMany(list, records.slice(0, Math.floor(records.length / 2)));
      throw new Error('disk full');
    }
    return [];
  }
}

const count = (store: SqliteStore): number[] => [store.count('inspections'), store.count('recommendations'), store.count('updates')];

describe('imports are atomic', () => {
  it('a failure part way leaves nothing behind, and the same file imports whole afterwards', async () => {
    const failing = new FailingStore();
    await expect(importInto(failing, 'recs.csv', recRows(300))).rejects.toThrow('disk full');
    expect(count(failing)).toEqual([0, 0, 0]);
    failing.close();
  });

  it('an import that loses a race to another writer says so in words and writes nothing', async () => {
    const store = new SqliteStore();
    const csv = recRows(20);
    // the other import lands between this one's check and its write
    const preview = await importInto(store, 'recs.csv', csv, { preview: true });
    expect(preview.plan.changes.filter((c) => c.op === 'create')).toHaveLength(20);
    await importInto(store, 'other.csv', recRows(5));
    const { applyImport } = await import('../../src/import/apply-import');
    await expect(applyImport(store, preview.plan, { id: 't', displayName: 'T' }, '2024-05-01T09:00:00.000Z', 'recs.csv')).rejects.toMatchObject({
      code: 'IMPORT_CONFLICT',
      message: 'recs.csv: nothing was imported: another import or seed added the same items first while this file was being checked. Import it again: rows already there will be left unchanged.',
    });
    expect(store.count('recommendations')).toBe(5);
    const again = await importInto(store, 'recs.csv', csv);
    expect(again.result).toMatchObject({ created: 15, unchanged: 5 });
    store.close();
  });
});

describe('progress of a long import', () => {
  it('tells how many rows are checked, in order, then that it is writing', async () => {
    const store = new SqliteStore();
    const seen: Array<{ stage: string; done: number; total: number }> = [];
    const { importFile } = await import('../../src/import/import-file');
    const { LocalDirectory } = await import('../../src/adapters/local/local-directory');
    const { directoryPeopleLookup } = await import('../../src/adapters/local/directory-people-lookup');
    const { LOCAL_PEOPLE } = await import('../../src/seed/people');
    await importFile(store, directoryPeopleLookup(new LocalDirectory(LOCAL_PEOPLE)), 'recs.csv', new TextEncoder().encode(recRows(3000)), {
      author: { id: 't', displayName: 'T' },
      at: '2024-05-01T09:00:00.000Z',
      onProgress: (p) => seen.push({ ...p }),
    });
    const checking = seen.filter((p) => p.stage === 'checking');
    expect(checking.length).toBeGreaterThan(4);
    expect(checking.every((p) => p.total === 3000 && p.done <= 3000)).toBe(true);
    expect(checking.map((p) => p.done)).toEqual([...checking.map((p) => p.done)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ stage: 'writing', done: 0, total: 3000 });
    store.close();
  });
});
