/**
 * The board pack as an Excel workbook (exceljs), one sheet per section: Cover, RAG summary,
 * Changes, Exceptions, Highlights, one per inspection, and one per action plan. RAG cells are
 * shaded and always hold the word. The RAG summary sheet has a native Excel bar chart over its
 * own "All" row, added to the package after exceljs (which writes no charts) by xlsx-chart.ts.
 */
import type { Worksheet } from 'exceljs';
import type { BoardPack } from '../../core/board-pack';
import type { Rag } from '../../core/rag';
import { sheetName } from '../write-table';
import { neutralise } from '../formula-guard';
import { addBarChart } from './xlsx-chart';
import { chartFill, dashboardLine, dashboardTable, trendTable, updatesTable, changesLine, changesTable, characteristicsTable, decisionsLine, decisionsTable, deliverablesTable, exceptionsTable, highlightHeader, inspectionTable, legendHeading, SOURCE_NOTES, planTable, RAG_FILL, SECTION, summaryTable, type Table } from './pack-text';

function ragKeyOf(text: string): Rag | 'NOT SET' | null {
  const keys = Object.keys(RAG_FILL) as Array<Rag | 'NOT SET'>;
  return keys.find((k) => text === k || text.endsWith(`(${k})`)) ?? null;
}

/** Cells that are whole numbers, written as numbers (a chart or a sum reads them; text it would count as 0). */
const cellOf = (numbers: boolean) => (v: string): string | number => (numbers && /^\d+$/.test(v) ? Number(v) : neutralise(v));

/** The table's rows on the sheet, and the numbers of its header row and its last row. */
function addTable(sheet: Worksheet, t: Table, options: { numbers?: boolean } = {}): { header: number; last: number } {
  const header = sheet.addRow(t.headers.map(neutralise));
  header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F3864' } };
  });
  for (const r of t.rows) {
    const row = sheet.addRow(r.map(cellOf(options.numbers ?? false)));
    if (t.ragColumn !== undefined) {
      const rag = ragKeyOf(r[t.ragColumn] ?? '');
      if (rag) {
        const c = row.getCell(t.ragColumn + 1);
        c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${RAG_FILL[rag].fill}` } };
        c.font = { bold: true, color: { argb: `FF${RAG_FILL[rag].text}` } };
      }
    }
  }
  if (t.rows.length === 0) {
    sheet.addRow(['None.']);
  }
  return { header: header.number, last: sheet.rowCount };
}

const column = (n: number): string => String.fromCharCode(64 + n);

/** A line of text on a row of its own: it runs on over the empty cells beside it (wrapped in a narrow first column, the row would cut it). */
function line(sheet: Worksheet, text: string, bold = false): void {
  const row = sheet.addRow([neutralise(text)]);
  row.font = { bold };
  row.getCell(1).alignment = { wrapText: false, vertical: 'top' };
}

function widths(sheet: Worksheet, ws: readonly number[]): void {
  ws.forEach((w, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = w;
    col.alignment = { wrapText: true, vertical: 'top' };
  });
}

export async function writeXlsx(pack: BoardPack, onProgress?: (step: string) => void): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Action Tracker';
  book.title = `${pack.cover.title} — ${pack.cover.subtitle}`;
  const used = new Set<string>();
  const sheet = (title: string): Worksheet => {
    let name = sheetName(title);
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      name = `${sheetName(title).slice(0, 27)} (${n})`;
    }
    used.add(name.toLowerCase());
    return book.addWorksheet(name);
  };

  const cover = sheet('Cover');
  widths(cover, [100]);
  line(cover, pack.cover.title, true);
  line(cover, pack.cover.subtitle);
  pack.cover.lines.forEach((l) => line(cover, l));

  const dash = sheet(SECTION.dashboard);
  widths(dash, [50, 10, 10, 10, 10, 10, 10, 12, 12]);
  line(dash, dashboardLine(pack), true);
  addTable(dash, dashboardTable(pack));
  dash.addRow([]);
  line(dash, 'RAG trend across packs', true);
  addTable(dash, trendTable(pack));
  dash.addRow([]);
  line(dash, 'Updates submitted since the last board', true);
  addTable(dash, updatesTable(pack));

  const summary = sheet(SECTION.summary);
  widths(summary, [18, 10, 10, 10, 10, 10, 10]);
  line(summary, `${pack.summary.total} items, counted by RAG (columns) and lifecycle (rows)`, true);
  const table = addTable(summary, summaryTable(pack), { numbers: true });
  summary.addRow([]);
  line(summary, 'The chart counts the "All" row by RAG. It is an Excel chart over these cells: it can be edited, and follows the cells if they change.');
  // one landscape page: the table and the chart under it
  summary.pageSetup = { ...summary.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 };
  const rags = pack.summary.byRag;
  const chart = {
    sheet: summary.name,
    title: 'Items by RAG',
    description: `Bar chart of all ${pack.summary.total} items by RAG: ${rags.map((r) => `${r.rag} ${r.count}`).join(', ')}`,
    seriesName: { cell: `A${table.last}`, text: 'All' },
    categories: { range: `B${table.header}:${column(1 + rags.length)}${table.header}`, words: rags.map((r) => r.rag) },
    values: { range: `B${table.last}:${column(1 + rags.length)}${table.last}`, numbers: rags.map((r) => r.count) },
    colours: rags.map((r) => chartFill(r.rag)),
    // below the note, as wide as the table, about 18 rows high
    anchor: { fromCol: 0, fromRow: summary.rowCount + 1, toCol: 2 + rags.length, toRow: summary.rowCount + 19 },
  };

  const changes = sheet('Changes since last board');
  widths(changes, [26, 80, 40]);
  line(changes, changesLine(pack), true);
  addTable(changes, changesTable(pack));

  const decided = sheet(SECTION.decisions);
  widths(decided, [40, 80, 18, 24]);
  line(decided, decisionsLine(pack), true);
  addTable(decided, decisionsTable(pack));

  const exceptions = sheet('Exceptions');
  widths(exceptions, [22, 60, 30, 22, 10, 18, 16, 50]);
  line(exceptions, `${pack.exceptions.length} exceptions: every open RED item and every overdue one`, true);
  addTable(exceptions, exceptionsTable(pack));
  onProgress?.('summary');

  if (pack.highlights.length > 0) {
    const hs = sheet('Highlights');
    widths(hs, [60, 28, 12, 16]);
    for (const h of pack.highlights) {
      for (const [label, value] of highlightHeader(h)) {
        const row = hs.addRow([label, neutralise(value)]);
        row.getCell(1).font = { bold: true };
        const rag = label.endsWith('RAG') ? ragKeyOf(value) : null;
        if (rag) {
          row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${RAG_FILL[rag].fill}` } };
          row.getCell(2).font = { bold: true, color: { argb: `FF${RAG_FILL[rag].text}` } };
        }
      }
      const block = (title: string, items: readonly string[]) => {
        line(hs, title, true);
        (items.length ? items : ['None reported']).forEach((t) => hs.addRow([neutralise(t)]));
      };
      block('Workstream objectives', h.objectives);
      line(hs, 'Priority deliverables', true);
      addTable(hs, deliverablesTable(h));
      block('KPIs', h.kpis);
      block('Progress since last update', h.progress);
      block('Key next steps', h.nextSteps);
      block('Recommendations and decisions required by the board', [h.recommendationsToBoard, h.decisionsRequired].filter((x): x is string => Boolean(x)));
      if (h.sourceNotes.length > 0) {
        block(SOURCE_NOTES, h.sourceNotes);
      }
      hs.addRow([]);
    }
  }
  onProgress?.('highlights');

  for (const i of pack.inspections) {
    const s = sheet(i.title);
    widths(s, [8, 20, 70, 18, 24, 60]);
    line(s, i.title, true);
    line(s, `Counted from the items: ${i.counted}`, true);
    line(s, `The report says: ${i.sourceSentence ?? 'no summary sentence'}`);
    i.mismatches.forEach((m) => line(s, `Difference: ${m}`, true));
    line(s, legendHeading(i), true);
    addTable(s, { headers: ['Status', 'Meaning'], rows: i.legend.map((l) => [l.rag, l.meaning]), ragColumn: 0 });
    s.addRow([]);
    addTable(s, inspectionTable(i));
  }
  for (const p of pack.plans) {
    const s = sheet(`Plan ${p.title}`);
    widths(s, [30, 10, 10, 10, 10, 10, 10]);
    line(s, `${SECTION.plans}: ${p.title}`, true);
    addTable(s, planTable(p));
    s.addRow([]);
    addTable(s, characteristicsTable(p));
  }
  onProgress?.('inspections and plans');
  return addBarChart(new Uint8Array(await book.xlsx.writeBuffer()), chart);
}
