/**
 * Reads a CSV or XLSX file into rows of text (row 1 = headers), in Node and in the browser.
 * exceljs is loaded only when an XLSX arrives, so the tab does not carry it until then.
 */
import Papa from 'papaparse';
import { TrackerError } from '../core/errors';
import { bomOf, decodeText } from './decode-text';
import { MAX_IMPORT_ROWS } from './limits';
import { headerRowIndex } from './tracker-export-shape';
import { preflightWorkbook } from './zip-preflight';

/** A data row and its number as a spreadsheet shows it (the header is row 1). */
export type TableRow = Readonly<{ row: number; cells: readonly string[] }>;

export type Table = Readonly<{ headers: readonly string[]; rows: readonly TableRow[] }>;

export type FileFormat = 'csv' | 'xlsx';

export function formatOf(fileName: string, bytes: Uint8Array): FileFormat {
  // XLSX is a zip: "PK\x03\x04". Trust the bytes over the name.
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return 'xlsx';
  }
  if (/\.xlsx$/i.test(fileName)) {
    throw new TrackerError('IMPORT_FORMAT', `${fileName}: named .xlsx but is not an Excel workbook`);
  }
  if (/\.(xls|xlsm|ods|numbers|docx?|pdf)$/i.test(fileName)) {
    throw new TrackerError('IMPORT_FORMAT', `${fileName}: unsupported file type; save it as CSV or XLSX`);
  }
  if (bomOf(bytes) === null && bytes.subarray(0, 4096).includes(0)) {
    throw new TrackerError('IMPORT_FORMAT', `${fileName}: not a text CSV file (binary content); save it as CSV or XLSX`);
  }
  return 'csv';
}

function tooManyRows(fileName: string): TrackerError {
  const n = (v: number): string => v.toLocaleString('en-GB');
  return new TrackerError(
    'IMPORT_TOO_LARGE',
    `${fileName}: row ${n(MAX_IMPORT_ROWS + 2)}: an import takes at most ${n(MAX_IMPORT_ROWS)} rows; split the file`
  );
}

type CheckHeaders = (headers: readonly string[]) => void;

/** The header row first: a file that is not a tracker is refused before the rest is parsed. */
function checkHead(top: readonly (readonly string[])[], checkHeaders: CheckHeaders): void {
  const first = top[headerRowIndex(top)];
  if (first) {
    checkHeaders(first.map((h) => h.trim()));
  }
}

function parseCsv(text: string, fileName: string, checkHeaders: CheckHeaders): string[][] {
  checkHead(Papa.parse<string[]>(text, { preview: 10 }).data, checkHeaders);
  // One row past the bound is enough to know the file is too long.
  const result = Papa.parse<string[]>(text, { skipEmptyLines: false, preview: MAX_IMPORT_ROWS + 2 });
  if (result.data.length > MAX_IMPORT_ROWS + 1) {
    throw tooManyRows(fileName);
  }
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) {
    throw new TrackerError('IMPORT_FORMAT', `${fileName}: row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  }
  return result.data;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    const v = value as { text?: unknown; result?: unknown; richText?: Array<{ text: string }> };
    if (Array.isArray(v.richText)) {
      return v.richText.map((r) => r.text).join('');
    }
    if (v.result !== undefined) {
      return cellText(v.result);
    }
    if (v.text !== undefined) {
      return cellText(v.text);
    }
  }
  return String(value);
}

async function parseXlsx(bytes: Uint8Array, fileName: string, checkHeaders: CheckHeaders): Promise<string[][]> {
  // Sizes, the row count and the header are checked on the zip itself, before exceljs builds anything.
  const { head } = await preflightWorkbook(bytes, fileName);
  if (head) {
    checkHead(head, checkHeaders);
  }
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new TrackerError('IMPORT_FORMAT', `${fileName}: not a readable Excel workbook`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new TrackerError('IMPORT_FORMAT', `${fileName}: the workbook has no sheets`);
  }
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c += 1) {
      cells.push(cellText(row.getCell(c).value));
    }
    rows[n - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/**
 * Reads the file's rows. `checkHeaders` sees the header row as soon as it is known (for a CSV,
 * before the rest is parsed) and throws to stop a file that is not a tracker.
 */
export async function readTable(
  fileName: string,
  bytes: Uint8Array,
  checkHeaders: CheckHeaders = () => undefined
): Promise<Table> {
  const format = formatOf(fileName, bytes);
  const all =
    format === 'xlsx' ? await parseXlsx(bytes, fileName, checkHeaders) : parseCsv(decodeText(bytes, fileName).text, fileName, checkHeaders);
  // Planner writes lines about the plan above its header row
  const at = headerRowIndex(all);
  const headers = all[at];
  const data = all.slice(at + 1);
  if (!headers || headers.every((h) => h.trim() === '')) {
    throw new TrackerError('IMPORT_FORMAT', `${fileName}: empty file; row 1 must be a header row`);
  }
  if (data.length > MAX_IMPORT_ROWS) {
    throw tooManyRows(fileName);
  }
  if (format === 'xlsx') {
    // again on what exceljs read: the head may not have been certain before it
    checkHeaders(headers.map((h) => h.trim()));
  }
  const rows = data
    .map((cells, i) => ({ row: at + i + 2, cells }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  return { headers: headers.map((h) => h.trim()), rows };
}
