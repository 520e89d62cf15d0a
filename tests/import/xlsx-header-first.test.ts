/**
 * A workbook's header is recognised from the zip preflight's head of the sheet, before exceljs
 * loads the workbook: a file that is not a tracker is refused without exceljs ever building it.
 * A spy on exceljs's XLSX.load proves which path ran.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preflightWorkbook } from '../../src/import/zip-preflight';
import { importInto, recRows, SqliteStore } from './helpers';

type Cell = string | { richText: { text: string }[] };

/**
 * A workbook of the given rows. exceljs's whole-book writer always writes shared strings (t="s");
 * its streaming writer without them writes rich text inline (t="inlineStr") and plain text as t="str".
 */
async function workbook(rows: readonly (readonly Cell[])[], useSharedStrings: boolean): Promise<Uint8Array> {
  if (useSharedStrings) {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Tracker');
    rows.forEach((row) => sheet.addRow([...row]));
    return new Uint8Array(await book.xlsx.writeBuffer());
  }
  const out = new PassThrough();
  const pieces: Buffer[] = [];
  out.on('data', (p: Buffer) => pieces.push(p));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const sheet = book.addWorksheet('Tracker');
  rows.forEach((row) => sheet.addRow([...row]).commit());
  sheet.commit();
  await book.commit();
  return new Uint8Array(Buffer.concat(pieces));
}

const csvRows = (n: number): string[][] => recRows(n).split('\n').map((line) => line.split(','));
const inline = (rows: string[][]): Cell[][] => rows.map((r, i) => (i === 0 ? r.map((text) => ({ richText: [{ text }] })) : r));

function spyOnLoad() {
  const xlsxProto = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: (...args: unknown[]) => unknown };
  return vi.spyOn(xlsxProto, 'load');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a workbook’s header is checked before exceljs loads it', () => {
  it('refuses an unrecognised header without loading the workbook', async () => {
    const load = spyOnLoad();
    const store = new SqliteStore();
    const bytes = await workbook([['Foo', 'Bar', 'Baz'], ['1', '2', '3']], true);
    await expect(importInto(store, 'x.xlsx', bytes)).rejects.toThrow(/row 1: no text column/);
    expect(load).not.toHaveBeenCalled();
    store.close();
  }, 20_000);

  it('still imports a tracker, with shared strings and with inline strings', async () => {
    for (const [name, bytes] of [
      ['shared.xlsx', await workbook(csvRows(3), true)],
      ['inline.xlsx', await workbook(inline(csvRows(3)), false)],
    ] as const) {
      const load = spyOnLoad();
      const store = new SqliteStore();
      const { plan } = await importInto(store, name, bytes, { preview: true });
      expect(plan.rejected, name).toEqual([]);
      expect(plan.changes.map((c) => [c.op, c.row]), name).toEqual([['create', 2], ['create', 3], ['create', 4]]);
      const sheetXml = new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
      expect(sheetXml, name).toContain(name === 'shared.xlsx' ? 't="s"' : 't="inlineStr"');
      // the preflight read the header itself, as text, before exceljs did
      const { head } = await preflightWorkbook(bytes, name);
      expect(head?.[0], name).toEqual(csvRows(0)[0]);
      expect(load, name).toHaveBeenCalledTimes(1);
      load.mockRestore();
      store.close();
    }
  }, 20_000);

  it('refuses an unrecognised inline-string header without loading the workbook', async () => {
    const load = spyOnLoad();
    const store = new SqliteStore();
    const bytes = await workbook(inline([['Foo', 'Bar', 'Baz'], ['1', '2', '3']]), false);
    expect(new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml'])).toContain('t="inlineStr"');
    await expect(importInto(store, 'x.xlsx', bytes)).rejects.toThrow(/row 1: no text column/);
    expect(load).not.toHaveBeenCalled();
    store.close();
  }, 20_000);
});
