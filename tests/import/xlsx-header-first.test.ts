/**
 * A workbook's header is recognised from the zip preflight's head of the sheet, before exceljs
 * loads the workbook: a file that is not a tracker is refused without exceljs ever building it.
 * A spy on exceljs's XLSX.load proves which path ran.
 */
import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preflightWorkbook } from '../../src/import/zip-preflight';
import { importInto, recRows, SqliteStore } from './helpers';

type Cell = string;

/**
 * A workbook of the given rows, its text as shared strings (t="s", what exceljs and Excel write)
 * or inline (t="inlineStr", what other tools write). exceljs's whole-book writer always writes
 * shared strings, and its streaming writer, which can write them inline, does not work on the
 * archiver the lockfile pins (package.json overrides): the inline book is the shared one with
 * each string written into its cell.
 */
async function workbook(rows: readonly (readonly Cell[])[], useSharedStrings: boolean): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Tracker');
  rows.forEach((row) => sheet.addRow([...row]));
  const shared = new Uint8Array(await book.xlsx.writeBuffer());
  if (useSharedStrings) {
    return shared;
  }
  const files = unzipSync(shared);
  const text = (name: string): string => new TextDecoder().decode(files[name]);
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si><t(?: [^>]*)?>([\s\S]*?)<\/t><\/si>/g)].map((m) => m[1] ?? '');
  const sheetXml = text('xl/worksheets/sheet1.xml').replace(
    /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
    (_m, before: string, after: string, index: string) => `<c ${before}t="inlineStr"${after}><is><t>${strings[Number(index)] ?? ''}</t></is></c>`
  );
  files['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(sheetXml);
  return zipSync(files);
}

const csvRows = (n: number): string[][] => recRows(n).split('\n').map((line) => line.split(','));

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
      ['inline.xlsx', await workbook(csvRows(3), false)],
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
    const bytes = await workbook([['Foo', 'Bar', 'Baz'], ['1', '2', '3']], false);
    expect(new TextDecoder().decode(unzipSync(bytes)['xl/worksheets/sheet1.xml'])).toContain('t="inlineStr"');
    await expect(importInto(store, 'x.xlsx', bytes)).rejects.toThrow(/row 1: no text column/);
    expect(load).not.toHaveBeenCalled();
    store.close();
  }, 20_000);
});
