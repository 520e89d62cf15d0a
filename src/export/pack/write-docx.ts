/**
 * The board pack as a Word document (docx): the same sections as the slides, as headings,
 * paragraphs and tables — RAG cells shaded and always written as a word. Each workstream's
 * highlight report starts on a new page.
 */
import type { BoardPack, HighlightSection } from '../../core/board-pack';
import type { Rag } from '../../core/rag';
import { chartFill, dashboardLine, dashboardTable, trendTable, updatesTable, changesLine, changesTable, characteristicsTable, decisionsLine, decisionsTable, deliverablesTable, exceptionsTable, highlightHeader, inspectionTable, legendHeading, SOURCE_NOTES, planTable, RAG_FILL, SECTION, summaryTable, type Table } from './pack-text';

import type * as DocxModule from 'docx';

type Docx = typeof DocxModule;

function ragKeyOf(text: string): Rag | 'NOT SET' | null {
  const keys = Object.keys(RAG_FILL) as Array<Rag | 'NOT SET'>;
  return keys.find((k) => text === k || text.endsWith(`(${k})`)) ?? null;
}

export async function writeDocx(pack: BoardPack, onProgress?: (step: string) => void): Promise<Uint8Array> {
  const d: Docx = await import('docx');
  const { Document, Packer, Paragraph, HeadingLevel, Table: DTable, TableRow, TableCell, TextRun, WidthType, ShadingType, PageOrientation, TableLayoutType, TableBorders } = d;

  const cell = (text: string, options: { header?: boolean; rag?: boolean } = {}) => {
    const rag = options.rag ? ragKeyOf(text) : null;
    const colours = rag ? RAG_FILL[rag] : options.header ? { fill: '1F3864', text: 'FFFFFF' } : null;
    return new TableCell({
      children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: options.header === true || rag !== null, color: colours?.text, size: 18 })] })),
      shading: colours ? { type: ShadingType.CLEAR, color: 'auto', fill: colours.fill } : undefined,
    });
  };
  const table = (t: Table) =>
    t.rows.length === 0
      ? new Paragraph('None.')
      : new DTable({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({ tableHeader: true, children: t.headers.map((h) => cell(h, { header: true })) }),
            ...t.rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, { rag: i === t.ragColumn })) })),
          ],
        });
  const h1 = (text: string, pageBreak = true) => new Paragraph({ text, heading: HeadingLevel.HEADING_1, pageBreakBefore: pageBreak });
  const h2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
  const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const list = (items: readonly string[]) => (items.length ? items.map((t) => new Paragraph({ text: t, bullet: { level: 0 } })) : [para('None reported')]);

  /**
   * The RAG summary's chart, drawn as a table: a row per RAG with its word, a bar of shaded
   * cells as long as its count (the largest count fills BAR_CELLS cells) and the count. A table
   * rather than a picture so that the RAG and its count stay words and numbers — read by a
   * screen reader, found by search, printed by any Word or LibreOffice — and nothing has to be
   * rendered in the browser; the editable native charts are in the PowerPoint and Excel packs.
   */
  const ragChart = () => {
    const BAR_CELLS = 40;
    const most = Math.max(1, ...pack.summary.byRag.map((r) => r.count));
    const plain = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 18 })] })] });
    const rows = pack.summary.byRag.map((r) => {
      const bar = r.count === 0 ? 0 : Math.max(1, Math.round((r.count / most) * BAR_CELLS));
      return new TableRow({
        children: [
          plain(r.rag, true),
          ...(bar > 0 ? [new TableCell({ columnSpan: bar, children: [new Paragraph('')], shading: { type: ShadingType.CLEAR, color: 'auto', fill: chartFill(r.rag) } })] : []),
          ...(bar < BAR_CELLS ? [new TableCell({ columnSpan: BAR_CELLS - bar, children: [new Paragraph('')] })] : []),
          plain(String(r.count)),
        ],
      });
    });
    return [
      para('Chart: items by RAG (a bar per RAG, its count beside it)', true),
      new DTable({
        layout: TableLayoutType.FIXED,
        borders: TableBorders.NONE,
        columnWidths: [1300, ...Array.from({ length: BAR_CELLS }, () => 200), 800],
        rows,
      }),
    ];
  };

  const highlight = (h: HighlightSection) => [
    h1(`Highlight report: ${h.workstream}`),
    new DTable({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [new TableRow({ children: highlightHeader(h).flatMap(([label, value]) => [cell(label, { header: true }), cell(value, { rag: label.endsWith('RAG') })]) })],
    }),
    h2('Workstream objectives'),
    ...list(h.objectives),
    h2('Priority deliverables'),
    table(deliverablesTable(h)),
    h2('KPIs'),
    ...list(h.kpis),
    h2('Progress since last update'),
    ...list(h.progress),
    h2('Key next steps'),
    ...list(h.nextSteps),
    h2('Recommendations and decisions required by the board'),
    ...list([h.recommendationsToBoard, h.decisionsRequired].filter((x): x is string => Boolean(x))),
    ...(h.sourceNotes.length > 0 ? [h2(SOURCE_NOTES), ...list(h.sourceNotes)] : []),
  ];

  const children = [
    new Paragraph({ text: pack.cover.title, heading: HeadingLevel.TITLE }),
    para(pack.cover.subtitle, true),
    ...(pack.programme ? [para(pack.programme)] : []),
    ...pack.cover.lines.map((l) => new Paragraph({ text: l, bullet: { level: 0 } })),
    // the dashboard is the first page: the board at a glance
    h1(SECTION.dashboard, false),
    para(dashboardLine(pack), true),
    table(dashboardTable(pack)),
    h2('RAG trend across packs'),
    table(trendTable(pack)),
    h2('Updates submitted since the last board'),
    pack.dashboard.updates ? table(updatesTable(pack)) : para('No snapshot frozen yet: updates are counted from the last board.'),
    h1(SECTION.summary),
    para(`${pack.summary.total} items, counted by RAG (columns) and lifecycle (rows).`),
    table(summaryTable(pack)),
    ...ragChart(),
    h1(SECTION.changes),
    para(changesLine(pack)),
    table(changesTable(pack)),
    h1(SECTION.decisions),
    para(decisionsLine(pack)),
    table(decisionsTable(pack)),
    h1(SECTION.exceptions),
    para(`${pack.exceptions.length} items: every open RED item and every overdue one, with its rationale ("rationale missing" where none was given).`),
    table(exceptionsTable(pack)),
    ...pack.highlights.flatMap(highlight),
    ...pack.inspections.flatMap((i) => [
      h1(i.title),
      para(`${i.bodies.join(', ')}${i.published ? ` — published ${i.published}` : ''}`),
      para(`Counted from the items: ${i.counted}`, true),
      para(`The report says: ${i.sourceSentence ?? 'no summary sentence'}`),
      ...i.mismatches.map((m) => para(`Difference: ${m}`, true)),
      h2(legendHeading(i)),
      table({ headers: ['Status', 'Meaning'], rows: i.legend.map((l) => [l.rag, l.meaning]), ragColumn: 0 }),
      h2('Items'),
      table(inspectionTable(i)),
    ]),
    ...pack.plans.flatMap((p) => [h1(`${SECTION.plans}: ${p.title}`), para(`${p.actions} actions.`), table(planTable(p)), h2('By protected characteristic'), table(characteristicsTable(p))]),
  ];
  onProgress?.('document');
  const doc = new Document({
    creator: 'Action Tracker',
    title: `${pack.cover.title} — ${pack.cover.subtitle}`,
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
