/**
 * An inspection item's parts survive the Excel and CSV export and an import unchanged: into the
 * tracker they came from (nothing changes), into an empty one (the same parts and headline), and
 * a second import there does nothing. A Parts cell that is not what the export writes is refused
 * by row, naming the column and the part.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { exportRows, type ExportTable } from '../../src/export/export-rows';
import { writeTable, type ExportFormat } from '../../src/export/write-table';
import type { Stored } from '../../src/core/model';
import { loadSeed } from '../../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { canonicalParts } from '../../src/import/parts-cell';
import { queryAll } from '../../src/ports/tracker-store';
import { importInto, SqliteStore } from './helpers';

let seeded: SqliteStore;
let table: ExportTable;
beforeAll(async () => {
  seeded = new SqliteStore();
  await loadSeed(seeded, planSeed(readSeed(), LOCAL_PEOPLE));
  table = await exportRows(seeded, 'recommendations');
}, 60_000);

/** Each item by its inspection's title, publication and number, with its parts and headline. */
async function byKey(store: SqliteStore) {
  const [inspections, items] = await Promise.all([queryAll(store, 'inspections', { where: [{ field: 'id', op: 'gt', value: 0 }] }), queryAll(store, 'recommendations', { where: [{ field: 'id', op: 'gt', value: 0 }] })]);
  const title = new Map(inspections.map((i) => [i.id as number, `${i.title} | ${i.publishedText ?? ''} | ${i.scope ?? ''}`]));
  return new Map(items.map((r: Stored<'recommendations'>) => [`${title.get(r.inspectionId)} #${r.number}`, { parts: canonicalParts(r.parts), rag: r.rag, lifecycle: r.lifecycle, dueText: r.dueText, dueDate: r.dueDate }]));
}

describe('parts through an export and an import', () => {
  it('the export writes every part of every item, one a line', () => {
    const col = table.headers.indexOf('Parts');
    expect(col).toBeGreaterThan(0);
    const withParts = table.rows.filter((r) => (r[col] ?? '') !== '');
    expect(withParts.length).toBeGreaterThan(0);
    const colp1 = table.rows.find((r) => r[0] === 'PEEL: Police Legitimacy 2016 - CoLP' && r[3] === '1');
    expect(colp1?.[col]?.split('\n')).toHaveLength(2);
  });

  for (const format of ['xlsx', 'csv'] as ExportFormat[]) {
    it(`${format}: into an empty tracker the items keep their parts and headline; a second import does nothing`, async () => {
      const bytes = await writeTable(table, format);
      const fresh = new SqliteStore();
      const first = await importInto(fresh, `recs.${format}`, bytes);
      expect(first.plan.rejected).toEqual([]);
      expect(first.result).toMatchObject({ created: table.rows.length, updated: 0 });
      const want = await byKey(seeded);
      const got = await byKey(fresh);
      expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
      for (const [key, item] of want) {
        expect({ key, ...got.get(key) }).toEqual({ key, ...item });
      }
      const again = await importInto(fresh, `recs.${format}`, bytes);
      expect(again.result).toMatchObject({ created: 0, updated: 0, unchanged: table.rows.length });
      fresh.close();
    }, 120_000);
  }

  it('into the tracker it came from, nothing changes', async () => {
    const again = await importInto(seeded, 'recs.xlsx', await writeTable(table, 'xlsx'));
    expect(again.result).toMatchObject({ created: 0, updated: 0, unchanged: table.rows.length });
  }, 60_000);

  it('PEEL Legitimacy 2016 – CoLP #1 comes back open and AMBER from its AMBER part, its closed part kept', async () => {
    const fresh = new SqliteStore();
    await importInto(fresh, 'recs.csv', await writeTable(table, 'csv'));
    const one = [...(await byKey(fresh)).entries()].find(([k]) => k.startsWith('PEEL: Police Legitimacy 2016 - CoLP |') && k.endsWith('#1'))?.[1];
    expect(one).toMatchObject({ rag: 'AMBER', lifecycle: 'open' });
    expect(one?.parts.map((p) => [p.rag, p.lifecycle])).toEqual([
      [null, 'closed'],
      ['AMBER', 'open'],
    ]);
    const national = [...(await byKey(fresh)).entries()].find(([k]) => k.startsWith('PEEL: Police Legitimacy 2016 – National |') && k.endsWith('#1'))?.[1];
    // "Within 2 years" keeps its derived December 2018, dated from the report's publication
    expect(national).toMatchObject({ rag: 'AMBER', lifecycle: 'open', dueDate: '2018-12-31' });
    fresh.close();
  }, 60_000);

  it('a Parts cell that is not what the export writes is refused by row, naming the column and the part', async () => {
    const csv = [
      'Inspection,Published,No,Recommendation,Status,Due,Parts',
      'Custody 2024,March 2024,1,Improve custody records,AMBER,Aug-24,"{""label"":""A"",""rag"":""PURPLE"",""lifecycle"":""open"",""dueText"":null,""dueDate"":null,""duePrecision"":null,""dueKind"":""none"",""internalDeadline"":false,""comment"":null}"',
      'Custody 2024,March 2024,2,Review logs,AMBER,Aug-24,not json',
    ].join('\n');
    const { plan } = await importInto(new SqliteStore(), 'bad.csv', csv);
    expect(plan.rejected.map((r) => [r.row, r.field])).toEqual([
      [2, 'Parts (part 1)'],
      [3, 'Parts (part 1)'],
    ]);
    expect(plan.rejected[0]?.problem).toContain('rag');
  });
});
