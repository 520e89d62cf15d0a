/**
 * Figures for bounded imports (issue 9), each in a fresh Node process so its peak memory
 * (maxRSS) is its own: a 2.6 MB zip bomb, a 600,000-row workbook, and — for scale — an empty
 * import. (The longest stall of the server during an import is import-stall.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { zipSync } from 'fflate';

const DIR = '.tmp/bench-import';

/** A zip of `size` bytes of zeros deflated in 64 MB pieces: ~2.6 MB of zip for 2.7 GB inflated. */
function zipBomb(gigabytes: number): Uint8Array {
  const size = Math.round(gigabytes * 1024 ** 3);
  const piece = Buffer.alloc(64 * 1024 * 1024);
  // Deflate each piece as its own non-final block run, then one empty final block.
  const parts: Buffer[] = [];
  for (let done = 0; done < size; done += piece.length) {
    const block = deflateRawSync(piece.subarray(0, Math.min(piece.length, size - done)), { level: 9, finishFlush: 2 /* Z_SYNC_FLUSH */ });
    parts.push(block);
  }
  parts.push(Buffer.from([0x03, 0x00])); // an empty final fixed-Huffman block
  const deflated = Buffer.concat(parts);
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const header = (central: boolean): Buffer => {
    const b = Buffer.alloc(central ? 46 : 30);
    b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
    const o = central ? 2 : 0;
    b.writeUInt16LE(20, 4 + o);
    b.writeUInt16LE(8, 8 + o);
    b.writeUInt32LE(deflated.length, 18 + o);
    b.writeUInt32LE(size >>> 0, 22 + o);
    b.writeUInt16LE(name.length, 26 + o);
    return b;
  };
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + deflated.length, 16);
  return Buffer.concat([header(false), name, deflated, header(true), name, end]);
}

/** A workbook of `rows` short rows, written as Excel writes a sheet (inline strings to keep it simple). */
function manyRows(rows: number): Uint8Array {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  const sheet: string[] = ['<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Objective</t></is></c><c r="B1" t="inlineStr"><is><t>Action</t></is></c></row>'];
  for (let r = 2; r <= rows + 1; r += 1) {
    sheet.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>OD${r % 9}</t></is></c><c r="B${r}" t="inlineStr"><is><t>Action ${r}</t></is></c></row>`);
  }
  sheet.push('</sheetData></worksheet>');
  return zipSync({
    'xl/workbook.xml': enc('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': enc('<Relationships><Relationship Id="rId1" Type="ws" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': enc(sheet.join('')),
  });
}

export type Peak = Readonly<{ fileBytes: number; peakMb: number; ms: number; said: string }>;

function importInChild(file: string): Peak {
  const started = performance.now();
  const db = join(DIR, 'bench.db');
  rmSync(db, { force: true });
  const child = spawnSync(process.execPath, ['-r', './bench/report-peak.cjs', 'bin/tracker.mjs', 'import', file, '--db', db, '--preview'], {
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  const peak = /peak rss (\d+) kB/.exec(child.stderr)?.[1];
  const said = `${child.stdout}${child.stderr}`.split('\n').find((l) => l.trim() !== '' && !l.startsWith('peak rss')) ?? '';
  return { fileBytes: 0, peakMb: Number(peak ?? 0) / 1024, ms, said };
}

export async function importBounds(): Promise<{ bomb: Peak; rows600k: Peak; empty: Peak }> {
  mkdirSync(DIR, { recursive: true });
  const bomb = zipBomb(2.6);
  const bombFile = join(DIR, 'bomb.xlsx');
  writeFileSync(bombFile, bomb);
  const big = manyRows(600_000);
  const bigFile = join(DIR, 'rows-600k.xlsx');
  writeFileSync(bigFile, big);
  const emptyFile = join(DIR, 'empty.csv');
  writeFileSync(emptyFile, 'Objective,Action\n');
  return {
    bomb: { ...importInChild(bombFile), fileBytes: bomb.length },
    rows600k: { ...importInChild(bigFile), fileBytes: big.length },
    empty: { ...importInChild(emptyFile), fileBytes: 17 },
  };
}
