/**
 * Writes an export table as CSV or XLSX. Any cell that a spreadsheet would read as a formula
 * (see formula-guard.ts) is prefixed with ' so it stays text;
 * the importer removes that prefix again, so a round trip changes nothing.
 */
import Papa from 'papaparse';
import type { Cell } from 'exceljs';
import { isIsoDate } from '../core/dates';
import { RAGS, type Rag } from '../core/rag';
import type { ExportTable } from './export-rows';
import { neutralise } from './formula-guard';
import { RAG_FILL } from './pack/pack-text';

/** Columns whose cells are days (ISO in the table): written as Excel dates, shown dd/mm/yyyy. */
const DATE_COLUMNS: ReadonlySet<string> = new Set(['Due (derived date)', 'Last report', 'Report date']);
/** Columns holding a RAG word: the cell is filled with its colour, the word kept. */
const RAG_COLUMNS: ReadonlySet<string> = new Set(['RAG', 'Status', 'Project RAG', 'Benefit RAG']);

/** A day as Excel holds it: a date at UTC midnight (exceljs writes the serial from UTC, so no day drifts). */
function excelDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function ragOf(value: string): Rag | null {
  const upper = value.trim().toUpperCase();
  return (RAGS as readonly string[]).includes(upper) ? (upper as Rag) : null;
}

function styleRag(cell: Cell, rag: Rag): void {
  const { fill, text } = RAG_FILL[rag];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${fill}` } };
  cell.font = { color: { argb: `FF${text}` }, bold: true };
}

export type ExportFormat = 'csv' | 'xlsx';

export { neutralise } from './formula-guard';

export function toCsv(table: ExportTable): string {
  // A BOM so Excel opens UTF-8 (curly quotes, £) correctly.
  return `\uFEFF${Papa.unparse([table.headers.map(neutralise), ...table.rows.map((r) => r.map(neutralise))], { newline: '\r\n' })}\r\n`;
}

export async function toXlsx(table: ExportTable): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Action Tracker';
  const sheet = workbook.addWorksheet(sheetName(table.title), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers.map(neutralise));
  const dateAt = new Set(table.headers.flatMap((h, i) => (DATE_COLUMNS.has(h) ? [i] : [])));
  const ragAt = new Set(table.headers.flatMap((h, i) => (RAG_COLUMNS.has(h) ? [i] : [])));
  for (const row of table.rows) {
    const added = sheet.addRow(row.map((v, i) => (dateAt.has(i) && isIsoDate(v) ? excelDate(v) : neutralise(v))));
    row.forEach((v, i) => {
      const cell = added.getCell(i + 1);
      if (dateAt.has(i) && isIsoDate(v)) {
        cell.numFmt = 'dd/mm/yyyy';
      }
      const rag = ragAt.has(i) ? ragOf(v) : null;
      if (rag) {
        styleRag(cell, rag);
      }
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
  sheet.columns.forEach((column, i) => {
    const longest = Math.max(...[table.headers[i] ?? '', ...table.rows.map((r) => r[i] ?? '')].map((v) => Math.min(v.length, 60)));
    column.width = Math.max(10, longest + 2);
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function writeTable(table: ExportTable, format: ExportFormat): Promise<Uint8Array> {
  return format === 'csv' ? new TextEncoder().encode(toCsv(table)) : toXlsx(table);
}

/** Excel's rules for a sheet's name: at most 31 characters, none of : \\ / ? * [ ]. */
export function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, '-').slice(0, 31).trim() || 'Sheet1';
}
