/**
 * The board pack as PowerPoint (pptxgenjs): a cover, the RAG summary with a native (editable)
 * chart and its table, what changed since the last board, the exceptions, a highlight slide
 * per workstream in the seeds' layout, each inspection with its legend, and the action plans.
 * Long tables continue on further slides with their header repeated. Loaded only when a
 * pack is built, so it never weighs on the tab's first screen.
 */
import type PptxGenJS from 'pptxgenjs';
import type { BoardPack, HighlightSection } from '../../core/board-pack';
import type { Rag } from '../../core/rag';
import {
  changesLine,
  chartFill,
  changesTable,
  decisionsLine,
  decisionsTable,
  characteristicsTable,
  dashboardLine,
  dashboardTable,
  deliverablesTable,
  exceptionsTable,
  highlightHeader,
  legendHeading,
  SOURCE_NOTES,
  inspectionTable,
  planTable,
  RAG_FILL,
  SECTION,
  summaryTable,
  trendTable,
  updatesTable,
  type Table,
} from './pack-text';
import { DASHBOARD_RAGS } from '../../core/board-dashboard';

type Slide = PptxGenJS.Slide;
type Cell = PptxGenJS.TableCell;

const W = 13.33;
const FONT = 'Arial';
const NAVY = '1F3864';

function title(slide: Slide, text: string, sub?: string): void {
  slide.addText(text, { x: 0.4, y: 0.2, w: W - 0.8, h: 0.6, fontFace: FONT, fontSize: 24, bold: true, color: NAVY });
  if (sub) {
    slide.addText(sub, { x: 0.4, y: 0.8, w: W - 0.8, h: 0.5, fontFace: FONT, fontSize: 13, color: '333333' });
  }
}

/** The RAG a cell shows: "GREEN", or a lifecycle word with its RAG, "CLOSED (GREEN)". */
function ragKeyOf(text: string): Rag | 'NOT SET' {
  const keys = Object.keys(RAG_FILL) as Array<Rag | 'NOT SET'>;
  return keys.find((k) => text === k || text.endsWith(`(${k})`)) ?? 'NOT SET';
}

function ragCell(text: string): Cell {
  const c = RAG_FILL[ragKeyOf(text)];
  return { text, options: { fill: { color: c.fill }, color: c.text, bold: true } };
}

function rows(table: Table): Cell[][] {
  const header: Cell[] = table.headers.map((h) => ({ text: h, options: { bold: true, fill: { color: NAVY }, color: 'FFFFFF' } }));
  return [header, ...table.rows.map((r) => r.map((v, i): Cell => (i === table.ragColumn ? ragCell(v) : { text: v })))];
}

/**
 * Slides keep a long recommendation to its first words; the Word and Excel packs keep it whole.
 * The slide says so in words: a bare "…" is what the source exports use for text they lost.
 */
export const SHORTENED = ' [shortened here; whole in the Word and Excel packs]';
const short = (text: string, max = 220): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}${SHORTENED}` : text);

function table(slide: Slide, whole: Table, y: number, colW: number[], fontSize = 10): void {
  const t: Table = { ...whole, rows: whole.rows.map((r) => r.map((v) => short(v))) };
  if (t.rows.length === 0) {
    slide.addText('None.', { x: 0.4, y, w: 6, h: 0.4, fontFace: FONT, fontSize: 12 });
    return;
  }
  slide.addTable(rows(t), {
    x: 0.4,
    y,
    w: W - 0.8,
    colW,
    fontFace: FONT,
    fontSize,
    border: { type: 'solid', pt: 0.5, color: '808080' },
    valign: 'top',
    autoPage: true,
    autoPageRepeatHeader: true,
    autoPageHeaderRows: 1,
    autoPageSlideStartY: 0.5,
    newSlideStartY: 0.5,
    // pptxgenjs estimates row heights; PowerPoint and LibreOffice wrap a little more than it
    // guesses, and a slide's last row ran off its foot: leave an inch spare at the bottom
    slideMargin: [0.5, 0.5, 1.0, 0.5],
  } as PptxGenJS.TableProps);
}

function cover(pptx: PptxGenJS, pack: BoardPack): void {
  const s = pptx.addSlide();
  s.background = { color: NAVY };
  s.addText(pack.cover.title, { x: 0.8, y: 1.6, w: W - 1.6, h: 1.2, fontFace: FONT, fontSize: 40, bold: true, color: 'FFFFFF' });
  s.addText(pack.cover.subtitle, { x: 0.8, y: 2.9, w: W - 1.6, h: 0.6, fontFace: FONT, fontSize: 22, color: 'FFFFFF' });
  s.addText(pack.cover.lines.map((l) => ({ text: l, options: { bullet: true, breakLine: true } })), { x: 0.8, y: 3.9, w: W - 1.6, h: 2, fontFace: FONT, fontSize: 16, color: 'FFFFFF' });
  if (pack.programme) {
    s.addText(pack.programme, { x: 0.8, y: 6.6, w: W - 1.6, h: 0.4, fontFace: FONT, fontSize: 12, color: 'D9D9D9' });
  }
}

/** The pack's first page after the cover: the board at a glance, and its trend. */
function dashboard(pptx: PptxGenJS, pack: BoardPack): void {
  const s = pptx.addSlide();
  title(s, SECTION.dashboard, dashboardLine(pack));
  const t = dashboardTable(pack);
  const many = t.rows.length > 9;
  s.addTable(rows({ ...t, rows: many ? [...t.rows.slice(0, 8), ...t.rows.slice(-1)] : t.rows }), {
    x: 0.4,
    y: 1.4,
    w: 8.2,
    // wide enough that "AMBER", "Overdue" and "Changed" are never broken mid-word
    colW: [2.44, 0.72, 0.72, 0.72, 0.72, 0.72, 0.72, 0.72, 0.72],
    fontFace: FONT,
    fontSize: 9,
    border: { type: 'solid', pt: 0.5, color: '808080' },
  });
  if (many) {
    s.addText(`${t.rows.length - 9} more rows in the Word and Excel packs.`, { x: 0.4, y: 6.9, w: 7.6, h: 0.3, fontFace: FONT, fontSize: 9 });
  }
  // the trend as a native stacked chart: one series per RAG, its legend naming each colour
  s.addChart(
    pptx.ChartType.bar,
    DASHBOARD_RAGS.map((r, k) => ({ name: r, labels: pack.dashboard.trend.map((p) => p.label), values: pack.dashboard.trend.map((p) => p.byRag[k] ?? 0) })),
    {
      x: 8.75,
      y: 1.3,
      w: 4.3,
      h: 5.6,
      barDir: 'col',
      barGrouping: 'stacked',
      chartColors: DASHBOARD_RAGS.map(chartFill),
      showLegend: true,
      legendPos: 'b',
      showTitle: true,
      title: 'RAG trend across packs',
      catAxisLabelFontSize: 9,
      valAxisLabelFormatCode: '0',
    } as PptxGenJS.IChartOpts
  );
}

/** Who has updated since the last board, and the trend's numbers. */
function updates(pptx: PptxGenJS, pack: BoardPack): void {
  const s = pptx.addSlide();
  const u = pack.dashboard.updates;
  title(s, 'Updates submitted and the trend', u ? `${u.owners.filter((o) => o.updated > 0).length} of ${u.owners.length} owners of open items have updated since the last board` : 'No snapshot frozen yet: updates are counted from the last board');
  table(s, updatesTable(pack), 1.4, [4.2, 2.6, 1.6, 1.6], 10);
  s.addTable(rows(trendTable(pack)), { x: 0.4, y: 5.2, w: W - 0.8, fontFace: FONT, fontSize: 9, border: { type: 'solid', pt: 0.5, color: '808080' } });
}

function summary(pptx: PptxGenJS, pack: BoardPack): void {
  const s = pptx.addSlide();
  title(s, SECTION.summary, `${pack.summary.total} items, counted by RAG and by lifecycle`);
  // One series per RAG: the legend names each colour with its word.
  s.addChart(
    pptx.ChartType.bar,
    pack.summary.byRag.map((r) => ({ name: r.rag, labels: ['Items'], values: [r.count] })),
    {
      x: 0.4,
      y: 1.4,
      w: 5.6,
      h: 4.6,
      barDir: 'col',
      barGrouping: 'clustered',
      chartColors: pack.summary.byRag.map((r) => chartFill(r.rag)),
      chartColorsOpacity: 100,
      showLegend: true,
      legendPos: 'b',
      showValue: true,
      dataLabelPosition: 'outEnd',
      showTitle: true,
      title: 'Items by RAG',
      valAxisLabelFormatCode: '0',
    } as PptxGenJS.IChartOpts
  );
  s.addTable(rows(summaryTable(pack)), { x: 6.3, y: 1.5, w: 6.6, colW: [1.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8], fontFace: FONT, fontSize: 12, border: { type: 'solid', pt: 0.5, color: '808080' } });
}

function changes(pptx: PptxGenJS, pack: BoardPack): void {
  const s = pptx.addSlide();
  title(s, SECTION.changes, changesLine(pack));
  table(s, changesTable(pack), 1.4, [2.6, 7.1, 2.83], 10);
}

function decisions(pptx: PptxGenJS, pack: BoardPack): void {
  const s = pptx.addSlide();
  title(s, SECTION.decisions, decisionsLine(pack));
  table(s, decisionsTable(pack), 1.4, [3.6, 5.13, 1.8, 2.0], 10);
}

function exceptions(pptx: PptxGenJS, pack: BoardPack): void {
  const s = pptx.addSlide();
  title(s, SECTION.exceptions, `${pack.exceptions.length} item${pack.exceptions.length === 1 ? '' : 's'}: every open RED item and every overdue one, with its rationale`);
  table(s, exceptionsTable(pack), 1.4, [1.3, 3.1, 1.6, 1.3, 0.9, 1.2, 1.1, 2.03], 9);
}

const bullets = (items: readonly string[], empty = 'None reported') =>
  (items.length ? items : [empty]).map((t) => ({ text: t, options: { bullet: items.length > 0, breakLine: true } }));

function box(s: Slide, heading: string, body: ReturnType<typeof bullets>, x: number, y: number, w: number, h: number): void {
  s.addText(heading, { x, y, w, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: 'FFFFFF', fill: { color: NAVY } });
  s.addText(body, { x, y: y + 0.3, w, h: h - 0.3, fontFace: FONT, fontSize: 9, valign: 'top', fit: 'shrink', line: { color: '808080', width: 0.5 } });
}

/** The seeds' highlight report: a header row, objectives beside deliverables, progress beside next steps. */
function highlight(pptx: PptxGenJS, h: HighlightSection): void {
  const s = pptx.addSlide();
  const header: Cell[] = highlightHeader(h).flatMap(([label, value]): Cell[] => [
    { text: label, options: { bold: true, fill: { color: NAVY }, color: 'FFFFFF' } },
    label.endsWith('RAG') ? ragCell(value) : { text: value, options: { bold: label === 'Workstream' } },
  ]);
  s.addTable([header], { x: 0.3, y: 0.2, w: W - 0.6, colW: [1.1, 2.6, 0.7, 1.9, 0.6, 1.4, 1.05, 0.95, 1.05, 1.38], fontFace: FONT, fontSize: 10, border: { type: 'solid', pt: 0.5, color: '808080' } });
  const half = (W - 0.9) / 2;
  box(s, 'Workstream objectives', bullets(h.objectives), 0.3, 0.75, half, 2.1);
  const d = deliverablesTable(h);
  s.addText('Priority deliverables', { x: 0.6 + half, y: 0.75, w: half, h: 0.3, fontFace: FONT, fontSize: 11, bold: true, color: 'FFFFFF', fill: { color: NAVY } });
  s.addTable(
    rows({ ...d, rows: d.rows.length > 8 ? [...d.rows.slice(0, 7), [`and ${d.rows.length - 7} more (see the Word or Excel pack)`, '', '', '']] : d.rows }).map((r) => r.map((c) => ({ ...c, options: { ...c.options, fontSize: 8 } }))),
    { x: 0.6 + half, y: 1.05, w: half, colW: [half - 2.9, 1.3, 0.8, 0.8], fontFace: FONT, fontSize: 8, border: { type: 'solid', pt: 0.5, color: '808080' } }
  );
  box(s, 'KPIs', bullets(h.kpis), 0.3, 2.95, half, 1.0);
  box(s, 'Progress since last update', bullets(h.progress), 0.3, 4.05, half, 2.1);
  box(s, 'Key next steps', bullets(h.nextSteps), 0.6 + half, 4.05, half, 2.1);
  box(s, 'Recommendations and decisions required by the board', bullets([h.recommendationsToBoard, h.decisionsRequired].filter((x): x is string => Boolean(x))), 0.3, 6.25, W - 0.6, 1.05);
  if (h.sourceNotes.length > 0) {
    // where the reports were cut or worded otherwise: in the presenter's notes, and said on the slide
    s.addNotes(`${SOURCE_NOTES}:\n${h.sourceNotes.map((n) => `• ${n}`).join('\n')}`);
    s.addText(`${h.sourceNotes.length} note${h.sourceNotes.length === 1 ? '' : 's'} on how the reports wrote this (cut text, other wordings) in the slide notes and the Word pack`, {
      x: 0.3, y: 7.3, w: W - 0.6, h: 0.18, fontFace: FONT, fontSize: 7, italic: true, color: '404040',
    });
  }
}

function inspections(pptx: PptxGenJS, pack: BoardPack): void {
  for (const i of pack.inspections) {
    const s = pptx.addSlide();
    title(s, i.title, `${i.bodies.join(', ')}${i.published ? ` — published ${i.published}` : ''}`);
    s.addText(
      [
        { text: `Counted from the items: ${i.counted}`, options: { bold: true, breakLine: true } },
        { text: `The report says: ${i.sourceSentence ?? 'no summary sentence'}`, options: { breakLine: true } },
        ...i.mismatches.map((m) => ({ text: `Difference: ${m}`, options: { breakLine: true, color: 'C00000' } })),
      ],
      { x: 0.4, y: 1.25, w: 7.9, h: 1.2, fontFace: FONT, fontSize: 11, valign: 'top' }
    );
    s.addText(legendHeading(i), { x: 8.5, y: 1.0, w: 4.4, h: 0.25, fontFace: FONT, fontSize: 9, bold: true });
    s.addTable(
      i.legend.map((l): Cell[] => [ragCell(l.rag), { text: l.meaning }]),
      { x: 8.5, y: 1.25, w: 4.4, colW: [0.9, 3.5], fontFace: FONT, fontSize: 8, border: { type: 'solid', pt: 0.5, color: '808080' } }
    );
    table(s, inspectionTable(i), 2.6, [0.5, 1.4, 4.6, 1.3, 1.5, 3.23], 8);
  }
}

function plans(pptx: PptxGenJS, pack: BoardPack): void {
  for (const p of pack.plans) {
    const s = pptx.addSlide();
    title(s, `${SECTION.plans}: ${p.title}`, `${p.actions} actions, by RAG and by protected characteristic`);
    s.addTable(rows(planTable(p)), { x: 0.4, y: 1.4, w: 6, fontFace: FONT, fontSize: 11, border: { type: 'solid', pt: 0.5, color: '808080' } });
    s.addChart(pptx.ChartType.bar, [{ name: 'Actions', labels: p.byCharacteristic.map((c) => c.name), values: p.byCharacteristic.map((c) => c.count) }], {
      x: 6.6,
      y: 1.3,
      w: 6.3,
      h: 5.6,
      barDir: 'bar',
      chartColors: [NAVY],
      showValue: true,
      showTitle: true,
      title: 'Actions by protected characteristic',
      catAxisLabelFontSize: 10,
    } as PptxGenJS.IChartOpts);
    s.addTable(rows(characteristicsTable(p)), { x: 0.4, y: 2.5, w: 6, fontFace: FONT, fontSize: 10, border: { type: 'solid', pt: 0.5, color: '808080' } });
  }
}

export async function writePptx(pack: BoardPack, onProgress?: (step: string) => void): Promise<Uint8Array> {
  const { default: PptxGen } = await import('pptxgenjs');
  const pptx = new PptxGen();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Action Tracker';
  pptx.title = `${pack.cover.title} — ${pack.cover.subtitle}`;
  cover(pptx, pack);
  dashboard(pptx, pack);
  summary(pptx, pack);
  changes(pptx, pack);
  decisions(pptx, pack);
  exceptions(pptx, pack);
  updates(pptx, pack);
  onProgress?.('summary');
  for (const h of pack.highlights) {
    highlight(pptx, h);
  }
  onProgress?.('highlights');
  inspections(pptx, pack);
  plans(pptx, pack);
  onProgress?.('inspections and plans');
  const stored = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  // pptxgenjs 4.0.1 ignores `compression` for the uint8array output (it stores every part),
  // and long tables are written a run per word: deflate the package ourselves (fflate),
  // which shrinks a large board's pack about tenfold.
  const { unzipSync, zipSync } = await import('fflate');
  return zipSync(unzipSync(stored), { level: 6 });
}

