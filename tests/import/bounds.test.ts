import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS, NOTE_LIMIT, TEXT_LIMIT } from '../../src/import/limits';
import { readTable } from '../../src/import/read-table';
import { preflightWorkbook } from '../../src/import/zip-preflight';
import { importInto, recRows, SqliteStore } from './helpers';

/** A zip whose one entry inflates to `megabytes` of zeros: the classic bomb, in a few hundred KB. */
function zipBomb(megabytes: number): Uint8Array {
  return zipOf('xl/worksheets/sheet1.xml', deflateRawSync(Buffer.alloc(megabytes * 1024 * 1024), { level: 9 }), megabytes * 1024 * 1024);
}

/** A one-entry zip written by hand (fflate's own deflate takes seconds over 200 MB). */
function zipOf(name: string, deflated: Uint8Array, size: number): Uint8Array {
  const n = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(size >>> 0, 22);
  local.writeUInt16LE(n.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(size >>> 0, 24);
  central.writeUInt16LE(n.length, 28);
  const centralAt = 30 + n.length + deflated.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + n.length, 12);
  end.writeUInt32LE(centralAt, 16);
  return Buffer.concat([local, n, deflated, central, n, end]);
}

/** A minimal workbook whose first sheet has `rows` rows, written as Excel writes them. */
function workbookWithRows(rows: number): Uint8Array {
  const sheet = ['<worksheet><sheetData>'];
  for (let r = 1; r <= rows; r += 1) {
    sheet.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>x${r}</t></is></c></row>`);
  }
  sheet.push('</sheetData></worksheet>');
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  return zipSync({
    'xl/workbook.xml': enc('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': enc('<Relationships><Relationship Id="rId1" Type="ws" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': enc(sheet.join('')),
  });
}

describe('imports are bounded', () => {
  it('refuses a zip bomb from its inflated size, without inflating it whole', async () => {
    const bomb = zipBomb(200);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const store = new SqliteStore();
    await expect(importInto(store, 'bomb.xlsx', bomb)).rejects.toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: expect.stringMatching(/^bomb\.xlsx: xl\/worksheets\/sheet1\.xml inflates to more than 64 MB/),
    });
    store.close();
  });

  it('counts a workbook’s rows before reading it, and names the first row past the bound', async () => {
    await expect(preflightWorkbook(workbookWithRows(10), 'small.xlsx')).resolves.toMatchObject({ sheet: 'xl/worksheets/sheet1.xml', rows: 10 });
    // far past the bound: the refusal comes part way through the sheet, and must not wait on the rest
    await expect(preflightWorkbook(workbookWithRows(200_000), 'big.xlsx')).rejects.toThrow(
      'big.xlsx: row 50,002: an import takes at most 50,000 rows; split the file'
    );
  });

  it('takes 50,000 data rows of a CSV and refuses 50,001, naming the row', async () => {
    const store = new SqliteStore();
    const lines = recRows(MAX_IMPORT_ROWS + 1);
    await expect(importInto(store, 'big.csv', lines, { preview: true })).rejects.toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      message: 'big.csv: row 50,002: an import takes at most 50,000 rows; split the file',
    });
    const ok = await readTable('ok.csv', new TextEncoder().encode(recRows(MAX_IMPORT_ROWS)));
    expect(ok.rows).toHaveLength(MAX_IMPORT_ROWS);
    store.close();
  });

  it('refuses the header before the rows: a file that is not a tracker says so at once', async () => {
    const store = new SqliteStore();
    await expect(importInto(store, 'x.csv', 'Foo,Bar\n1,2')).rejects.toThrow(/row 1: no text column/);
    store.close();
  });

  it('refuses a cell longer than its field holds, row by row, and keeps the other rows', async () => {
    const store = new SqliteStore();
    const csv = recRows(3, (i) => (i === 2 ? 'x'.repeat(NOTE_LIMIT + 1) : `Recommendation ${i}`)).replace(
      'DS,note 3',
      `${'O'.repeat(TEXT_LIMIT + 1)},note 3`
    );
    const { plan, result } = await importInto(store, 'long.csv', csv);
    expect(result?.created).toBe(1);
    expect(plan.rejected).toEqual([
      { row: 3, field: 'Recommendation', problem: 'longer than 8,000 characters (8,001); shorten it', value: `${'x'.repeat(40)}…` },
      { row: 4, field: 'Owner', problem: 'longer than 255 characters (256); shorten it', value: `${'O'.repeat(40)}…` },
    ]);
    store.close();
  });

  it('a deflate stream that is not one is refused as unreadable, not thrown raw', async () => {
    const good = workbookWithRows(2);
    const broken = good.slice();
    // corrupt the sheet's compressed bytes
    const at = new TextDecoder('latin1').decode(broken).indexOf('xl/worksheets/sheet1.xml') + 24;
    broken.fill(0xff, at, at + 40);
    await expect(preflightWorkbook(broken, 'broken.xlsx')).rejects.toThrow(/broken\.xlsx: not a readable Excel workbook/);
  });
});
