/**
 * Writes an export table as CSV or XLSX. Any cell that a spreadsheet would read as a formula
 * (see formula-guard.ts) is prefixed with ' so it stays text;
 * the importer removes that prefix again, so a round trip changes nothing.
 */
import Papa from 'papaparse';
import type { ExportTable } from './export-rows';
import { neutralise } from './formula-guard';

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
  for (const row of table.rows) {
    sheet.addRow(row.map(neutralise));
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
