/**
 * Looks inside a workbook before anything parses it. The sizes a zip declares can lie, so every
 * entry is inflated as a stream, counting bytes and keeping none: a zip bomb
 * is refused after MAX_ZIP_TOTAL_BYTES of work, not after it has filled memory. The same pass
 * counts the rows of the sheet an import reads, so a sheet of 600,000 rows is refused before
 * exceljs builds it. It also keeps the head of that sheet (and of the shared strings), so the
 * header is recognised before exceljs loads the workbook (sheet-head.ts).
 */
import { TrackerError } from '../core/errors';
import { MAX_IMPORT_ROWS, MAX_ZIP_ENTRY_BYTES, MAX_ZIP_TOTAL_BYTES } from './limits';
import { headRows, sharedStringsHead, sheetHead } from './sheet-head';

type Entry = Readonly<{ name: string; method: number; compressedSize: number; dataStart: number }>;

const MB = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;

function tooLarge(fileName: string, what: string): TrackerError {
  return new TrackerError('IMPORT_TOO_LARGE', `${fileName}: ${what}; split it into smaller workbooks or save it as CSV`);
}

function unreadable(fileName: string): TrackerError {
  return new TrackerError('IMPORT_FORMAT', `${fileName}: not a readable Excel workbook`);
}

/** The zip's table of contents (its central directory), found from the end record. */
function entriesOf(bytes: Uint8Array, fileName: string): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) {
    throw unreadable(fileName);
  }
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) {
      throw unreadable(fileName);
    }
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (compressedSize === 0xffffffff || local === 0xffffffff) {
      // ZIP64: only workbooks far past our bounds need it
      throw tooLarge(fileName, 'the workbook is larger than an import may be');
    }
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) {
      throw unreadable(fileName);
    }
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    entries.push({ name, method, compressedSize, dataStart });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates one entry as a stream (the platform's own zlib, in Node and the browser), handing
 * each piece to `sink`; stops reading once `limit` bytes have come out, and returns the count.
 */
async function inflateEntry(
  bytes: Uint8Array,
  entry: Entry,
  limit: number,
  sink: (piece: Uint8Array) => void,
  fileName: string
): Promise<number> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length <= limit) {
      sink(data);
    }
    return data.length;
  }
  if (entry.method !== 8) {
    throw unreadable(fileName);
  }
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let total = 0;
  const SLICE = 64 * 1024;
  const feeding = (async () => {
    for (let i = 0; i < data.length && total <= limit; i += SLICE) {
      await writer.write(data.slice(i, i + SLICE));
    }
    await writer.close();
  })().catch(() => undefined); // a cancelled or corrupt stream is reported by the reader
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        break;
      }
      total += value.length;
      if (total > limit) {
        break;
      }
      sink(value);
    }
  } catch (error) {
    if (error instanceof TrackerError) {
      throw error;
    }
    throw unreadable(fileName);
  } finally {
    // stop the stream (a writer waiting on a reader that stopped would wait for ever)
    await reader.cancel().catch(() => undefined);
    await feeding;
  }
  return total;
}

/** The path of the workbook's first sheet, as exceljs would pick it (first in workbook.xml). */
function firstSheetPath(workbook: string | null, rels: string | null): string | null {
  const rid = workbook ? /<(?:\w+:)?sheet\b[^>]*?\br:id="([^"]+)"/.exec(workbook)?.[1] : undefined;
  if (!rels || !rid) {
    return null;
  }
  const rel = new RegExp(`<Relationship\\b[^>]*\\bId="${rid.replace(/[^\w-]/g, '')}"[^>]*>`).exec(rels)?.[0];
  const target = rel ? /\bTarget="([^"]+)"/.exec(rel)?.[1] : undefined;
  if (!target) {
    return null;
  }
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

export type WorkbookShape = Readonly<{
  sheet: string | null;
  rows: number;
  /** the sheet's first rows as text, or null when they cannot be read for certain before exceljs */
  head: string[][] | null;
}>;

const SHARED_STRINGS = 'xl/sharedStrings.xml';

/**
 * Refuses a workbook that inflates past the bounds, or whose first sheet has more than
 * MAX_IMPORT_ROWS data rows (row-numbered); returns that sheet's row count and head otherwise.
 */
export async function preflightWorkbook(bytes: Uint8Array, fileName: string): Promise<WorkbookShape> {
  const entries = entriesOf(bytes, fileName);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const small = async (name: string): Promise<string | null> => {
    const entry = byName.get(name);
    if (!entry) {
      return null;
    }
    const pieces: Uint8Array[] = [];
    const size = await inflateEntry(bytes, entry, 4 * 1024 * 1024, (p) => pieces.push(p.slice()), fileName);
    if (size > 4 * 1024 * 1024) {
      throw tooLarge(fileName, `${name} inflates to more than 4 MB`);
    }
    const decoder = new TextDecoder();
    return pieces.map((p) => decoder.decode(p, { stream: true })).join('') + decoder.decode();
  };
  const sheet = firstSheetPath(await small('xl/workbook.xml'), await small('xl/_rels/workbook.xml.rels'));
  let total = 0;
  let rows = 0;
  const head = sheetHead();
  // the shared strings may come before or after the sheet in the zip: both heads are kept as they pass
  const strings = byName.has(SHARED_STRINGS) ? sharedStringsHead() : null;
  for (const entry of entries) {
    let tail = '';
    let lastRow = 0;
    const decoder = new TextDecoder();
    const countRows = (piece: Uint8Array): void => {
      // "<row " opens a row; its r="N" says which one (rows may be skipped, never reordered)
      const text = tail + decoder.decode(piece, { stream: true });
      for (const m of text.matchAll(/<(?:\w+:)?row\b([^>]*)>/g)) {
        const r = /\br="(\d+)"/.exec(m[1] ?? '')?.[1];
        lastRow = r ? Number(r) : lastRow + 1;
        if (lastRow - 1 > MAX_IMPORT_ROWS) {
          throw new TrackerError(
            'IMPORT_TOO_LARGE',
            `${fileName}: row ${(MAX_IMPORT_ROWS + 2).toLocaleString('en-GB')}: an import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')} rows; split the file`
          );
        }
      }
      const cut = text.lastIndexOf('<');
      // keep an unfinished tag for the next piece (a finished one was counted already)
      tail = cut >= 0 && !text.includes('>', cut) && text.length - cut < 4096 ? text.slice(cut) : '';
    };
    const left = MAX_ZIP_TOTAL_BYTES - total;
    const limit = Math.min(MAX_ZIP_ENTRY_BYTES, left);
    const sink =
      entry.name === sheet
        ? (piece: Uint8Array) => {
            countRows(piece);
            head.sink(piece);
          }
        : entry.name === SHARED_STRINGS && strings
          ? strings.sink
          : () => undefined;
    const size = await inflateEntry(bytes, entry, limit, sink, fileName);
    if (size > MAX_ZIP_ENTRY_BYTES) {
      throw tooLarge(fileName, `${entry.name} inflates to more than ${MB(MAX_ZIP_ENTRY_BYTES)}`);
    }
    total += size;
    if (total > MAX_ZIP_TOTAL_BYTES) {
      throw tooLarge(fileName, `the workbook inflates to more than ${MB(MAX_ZIP_TOTAL_BYTES)}`);
    }
    if (entry.name === sheet) {
      rows = lastRow;
    }
  }
  return { sheet, rows, head: sheet ? headRows(head, strings) : null };
}
