import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { viewTable, workstreamTable } from '../../src/export/view-export';
import { sheetName, toCsv, toXlsx } from '../../src/export/write-table';
import type { ListedItem } from '../../src/core/item-filter';
import type { ItemId } from '../../src/core/model';

const item: ListedItem = {
  id: 1 as ItemId,
  version: '1',
  modified: '2024-01-01T00:00:00Z',
  list: 'actions',
  label: 'Action OD1-01',
  title: '=HYPERLINK("https://evil.example","click")',
  ownerText: 'DS',
  owner: null,
  rag: 'RED',
  lifecycle: 'open',
  due: { text: 'Mar-24', date: '2024-03-31' as never, precision: 'month', kind: 'date', internalDeadline: false },
  progress: null,
  ragRationale: 'Late',
  responsibleOrg: null,
  flags: [],
  parentId: null,
  boardId: 2 as ItemId,
  board: 'Equality board',
  context: 'OD1 Recruitment',
  characteristics: [],
  duties: [],
};

describe('exporting a filtered view', () => {
  it('adds the board and where each item sits when the view knows them', () => {
    const table = viewTable('All items — overdue', [item]);
    expect(table.headers.slice(-2)).toEqual(['Board', 'Where']);
    expect(table.rows[0]?.slice(-2)).toEqual(['Equality board', 'OD1 Recruitment']);
    const tracked: Partial<ListedItem> = { ...item };
    for (const key of ['board', 'boardId', 'context', 'characteristics', 'duties'] as const) {
      delete tracked[key];
    }
    expect(viewTable('My items', [tracked as ListedItem]).headers).not.toContain('Board');
  });

  it('keeps a formula as text in CSV and XLSX', async () => {
    const table = viewTable('All items', [item]);
    expect(toCsv(table)).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(table)) as never);
    const cell = book.worksheets[0]?.getRow(2).getCell(2);
    expect(cell?.value).toBe(`'=HYPERLINK("https://evil.example","click")`);
    expect(cell?.formula).toBeUndefined();
  });

  it('writes derived due dates as Excel dates shown dd/mm/yyyy, and RAG cells coloured with the word kept', async () => {
    const table = viewTable('All items', [item, { ...item, id: 2 as ItemId, rag: null, due: { text: 'TBC', date: null, precision: null, kind: 'tbc', internalDeadline: false } }]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(table)) as never);
    const sheet = book.worksheets[0];
    const col = (name: string): number => table.headers.indexOf(name) + 1;
    const due = sheet?.getRow(2).getCell(col('Due (derived date)'));
    expect(due?.value).toBeInstanceOf(Date);
    expect((due?.value as Date).toISOString().slice(0, 10)).toBe('2024-03-31');
    expect(due?.numFmt).toBe('dd/mm/yyyy');
    expect(sheet?.getRow(3).getCell(col('Due (derived date)')).value).toBe('');
    const rag = sheet?.getRow(2).getCell(col('RAG'));
    expect(rag?.value).toBe('Red');
    expect(rag?.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFC00000' } });
    expect(rag?.font?.color?.argb).toBe('FFFFFFFF');
    expect(sheet?.getRow(3).getCell(col('RAG')).fill?.type === 'pattern' && (sheet.getRow(3).getCell(col('RAG')).fill as { pattern?: string }).pattern === 'solid').toBe(false);
  });

  it('names a sheet within Excel’s rules', () => {
    expect(sheetName('All items — matching “a/b: c?” [draft]*')).toBe('All items — matching “a-b- c-”');
    expect(sheetName('')).toBe('Sheet1');
    expect(sheetName('x'.repeat(40))).toHaveLength(31);
  });
});

describe('exporting the Workstreams list', () => {
  it('writes both RAGs as words and the deliverables as counts', () => {
    const table = workstreamTable('Workstreams', [
      {
        id: 1 as ItemId,
        title: 'Recruitment',
        programme: 'E&I',
        board: 'E&I board',
        ownerText: 'Director of HR',
        owner: null,
        projectRag: 'AMBER',
        benefitRag: null,
        lastReportDate: '2023-03-01',
        deliverables: { GREEN: 2, AMBER: 0, RED: 1, WHITE: 0, notSet: 3, closed: 0 },
      },
    ]);
    expect(table.rows).toEqual([['Recruitment', 'E&I', 'E&I board', 'Director of HR', '', 'Amber', '', '2023-03-01', '2 Green, 1 Red, 3 no RAG']]);
  });
});
