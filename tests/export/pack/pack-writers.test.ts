/**
 * The generated packs are valid Office packages (zip with the parts Office needs) whose XML
 * holds the titles, RAG words, counts, exceptions and changes of the pack model.
 */
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { BoardPack } from '../../../src/core/board-pack';
import { summaryTable } from '../../../src/export/pack/pack-text';
import { writePack } from '../../../src/export/pack/write-pack';
import { exceptionsTable, inspectionTable } from '../../../src/export/pack/pack-text';
import { queryAll } from '../../../src/ports/tracker-store';
import { seededPacks } from './seeded-packs';

let packs: Awaited<ReturnType<typeof seededPacks>>;
beforeAll(async () => {
  packs = await seededPacks();
}, 60_000);

function parts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).filter(([n]) => n.endsWith('.xml') || n.endsWith('.rels')).map(([n, b]) => [n, strFromU8(b)]));
}

const text = (xml: Record<string, string>, prefix: string): string =>
  Object.entries(xml)
    .filter(([n]) => n.startsWith(prefix))
    .map(([, x]) => x)
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

const count = (hay: string, needle: string): number => hay.split(needle).length - 1;

/** Slide text a paragraph a line: pptxgenjs splits long table text into one run per word. */
const slideText = (xml: Record<string, string>, prefix: string): string =>
  text(xml, prefix)
    .split('</a:p>')
    .map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(''))
    .join('\n');

describe('the HMICFRS pack model on the seeds', () => {
  it('reports the 17 changes, the exceptions with rationale missing, and the counted figures', () => {
    const p: BoardPack = packs.hmicfrs;
    expect(p.changes?.changes).toHaveLength(17);
    expect(p.exceptions.length).toBeGreaterThan(0);
    expect(p.exceptions.every((e) => e.rag === 'RED' || e.daysOverdue > 0)).toBe(true);
    expect(p.exceptions.some((e) => e.rationale === 'rationale missing')).toBe(true);
    expect(p.inspections.find((i) => i.title.startsWith('Making it fair'))?.counted).toBe('9 recommendations; 5 apply to the force');
  });
});

describe('the dashboard, first in every pack', () => {
  it('counts each workstream by RAG and shows the 2021 and 2023 packs in the trend', async () => {
    const d = packs.odb.dashboard;
    expect(d.rows.map((r) => r.kind)).toEqual(packs.odb.highlights.map(() => 'workstream'));
    expect(d.trend.map((p) => p.label)).toEqual(['Board of 31 Aug 2021', 'Board of 28 Apr 2023', 'Now (10 May 2023)']);
    // the 2021 board read 26 open deliverables; by 2023 ten of the 44 (each once, KPIs apart) were done
    expect(d.trend[0]).toMatchObject({ total: 26, open: 26, closed: 0 });
    expect(d.trend[1]).toMatchObject({ total: 44, closed: 10 });
    const slides = slideText(parts(await writePack(packs.odb, 'pptx')), 'ppt/slides/slide2.xml');
    expect(slides).toContain('Dashboard');
    expect(slides).toContain('Leadership & Culture');
    for (const rag of ['RED', 'AMBER', 'GREEN', 'WHITE', 'NOT SET']) {
      expect(slides).toContain(rag);
    }
    const doc = text(parts(await writePack(packs.odb, 'docx')), 'word/document.xml');
    expect(doc.indexOf('Dashboard')).toBeLessThan(doc.indexOf('RAG summary'));
    expect(doc).toContain('Board of 31 Aug 2021');
    expect(doc).toContain('Not updated');
  }, 60_000);

  it('counts RED, overdue and changed per inspection from the items and the snapshot diff', () => {
    const d = packs.hmicfrs.dashboard;
    expect(d.totals.changed).toBe(17);
    expect(d.rows.reduce((n, r) => n + r.changed, 0)).toBe(17);
    expect(d.totals.red).toBe(packs.hmicfrs.exceptions.filter((e) => e.rag === 'RED').length);
    expect(d.totals.overdue).toBe(packs.hmicfrs.exceptions.filter((e) => e.daysOverdue > 0).length);
    const fear = d.rows.find((r) => r.title.startsWith('Living in fear'));
    expect(fear?.byRag).toEqual([0, 0, 0, 22, 0]);
  });
});

describe('PowerPoint pack', () => {
  let xml: Record<string, string>;
  beforeAll(async () => {
    xml = parts(await writePack(packs.hmicfrs, 'pptx'));
  }, 60_000);

  it('is a presentation package with a native chart', () => {
    expect(xml['[Content_Types].xml']).toContain('presentationml.presentation.main+xml');
    expect(xml['ppt/presentation.xml']).toBeDefined();
    const chart = text(xml, 'ppt/charts/chart');
    expect(chart).toContain('<c:barChart>');
    for (const rag of ['RED', 'AMBER', 'GREEN', 'WHITE', 'NOT SET']) {
      expect(chart).toContain(`<c:v>${rag}</c:v>`);
    }
  });

  it('holds the cover, the sections, RAG words, the changes and the exceptions', () => {
    const slides = slideText(xml, 'ppt/slides/slide');
    expect(slides).toContain('HMICFRS Report Recommendations');
    expect(slides).toContain('Board pack for the meeting of 1 September 2017');
    expect(slides).toContain('RAG summary');
    expect(slides).toContain('Changed since last board');
    expect(slides).toContain('17 changes since the snapshot of 1 January 2026.');
    expect(count(slides, '\nNEW GREEN\n')).toBe(15);
    expect(count(slides, '\nNEW WHITE\n')).toBe(1);
    expect(count(slides, '\nNEW CLOSED\n')).toBe(1);
    expect(slides).toContain('Exceptions: RED and overdue');
    expect(slides).toContain('rationale missing');
    expect(slides).toMatch(/\d+ days overdue/);
    expect(slides).toContain('Counted from the items: 9 recommendations; 5 apply to the force');
    expect(slides).toContain('The report says: There are 9 recommendations; 5 of which apply to force');
    // publication months stay months, as the tracker writes them
    expect(packs.hmicfrs.inspections.every((i) => i.published !== null && /[A-Z][a-z]+ \d{4}/.test(i.published) && !/\b\d{1,2} [A-Z][a-z]+ \d{4}/.test(i.published))).toBe(true);
    expect(slides).toContain('— published July 2017');
    expect(slides).not.toContain('31 July 2017');
    // the tracker's own legend, as written (its RED line ends in "or")
    expect(slides).toContain('Status legend (as the tracker writes it)');
    expect(slides).toContain('The recommendation is not CoLP responsibility to deliver or is dependent upon another organisation delivering a product.');
    expect(slides).toContain('cannot / will not be implemented (rationale required) or');
  });

  it('has a highlight slide per workstream in the seeds’ layout', async () => {
    const odb = parts(await writePack(packs.odb, 'pptx'));
    const slides = slideText(odb, 'ppt/slides/slide');
    for (const heading of ['Workstream', 'Owner', 'Date', 'Project RAG', 'Benefit RAG', 'Workstream objectives', 'Priority deliverables', 'KPIs', 'Progress since last update', 'Key next steps', 'Recommendations and decisions required by the board']) {
      expect(count(slides, `\n${heading}\n`)).toBeGreaterThanOrEqual(packs.odb.highlights.length);
    }
    expect(packs.odb.highlights.map((h) => h.workstream)).toContain('Leadership & Culture');
    expect(slides).toContain('Leadership & Culture');
  }, 60_000);

  it('counts an action plan by protected characteristic in a native chart', async () => {
    const plan = parts(await writePack(packs.plan, 'pptx'));
    expect(text(plan, 'ppt/charts/')).toContain('Gender reassignment');
    expect(slideText(plan, 'ppt/slides/')).toContain('actions, by RAG and by protected characteristic');
    expect(text(plan, 'ppt/charts/')).toContain('Actions by protected characteristic');
  }, 60_000);
});

describe('Word pack', () => {
  it('is a document package holding the sections, RAG words, changes, exceptions and highlights', async () => {
    const xml = parts(await writePack(packs.hmicfrs, 'docx'));
    expect(xml['[Content_Types].xml']).toContain('wordprocessingml.document.main+xml');
    const doc = text(xml, 'word/document.xml');
    expect(doc).toContain('HMICFRS Report Recommendations');
    expect(doc).toContain('Changed since last board');
    expect(count(doc, '>NEW GREEN<')).toBe(15);
    expect(doc).toContain('rationale missing');
    expect(doc).toContain('Counted from the items: 9 recommendations; 5 apply to the force');
    const odb = text(parts(await writePack(packs.odb, 'docx')), 'word/document.xml');
    expect(count(odb, 'Highlight report: ')).toBe(packs.odb.highlights.length);
  }, 60_000);
});

describe('Word pack’s RAG chart', () => {
  it('is a table after the summary: each RAG as a word, a shaded bar as long as its count, and the count', async () => {
    const doc = parts(await writePack(packs.hmicfrs, 'docx'))['word/document.xml'] ?? '';
    const from = doc.indexOf('Chart: items by RAG');
    expect(from).toBeGreaterThan(doc.indexOf('>RAG summary<'));
    const table = doc.slice(doc.indexOf('<w:tbl>', from), doc.indexOf('</w:tbl>', from));
    const rows = table.split('</w:tr>').filter((r) => r.includes('<w:tc>'));
    const read = rows.map((row) => {
      const cells = row.split('</w:tc>').filter((c) => c.includes('<w:tc>'));
      const words = (c: string) => [...c.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const shaded = cells.find((c) => /w:fill="[0-9A-F]{6}"/.test(c));
      return {
        rag: words(cells[0] ?? ''),
        count: Number(words(cells.at(-1) ?? '')),
        bar: shaded ? Number(shaded.match(/<w:gridSpan w:val="(\d+)"\/>/)?.[1] ?? 1) : 0,
        fill: shaded?.match(/w:fill="([0-9A-F]{6})"/)?.[1] ?? null,
        span: cells.slice(1, -1).reduce((n, c) => n + Number(c.match(/<w:gridSpan w:val="(\d+)"\/>/)?.[1] ?? 1), 0),
      };
    });
    const byRag = packs.hmicfrs.summary.byRag;
    expect(read.map((r) => [r.rag, r.count])).toEqual(byRag.map((r) => [r.rag, r.count]));
    expect(read.map((r) => r.fill)).toEqual(byRag.map((r) => (r.count > 0 ? { RED: 'C00000', AMBER: 'FFC000', GREEN: '00703C', WHITE: 'D9D9D9', 'NOT SET': '7F7F7F' }[r.rag] : null)));
    // every row is as wide as the others; the bars are as long as their counts, the largest full width
    expect(new Set(read.map((r) => r.span)).size).toBe(1);
    const most = Math.max(...read.map((r) => r.count));
    expect(read.find((r) => r.count === most)?.bar).toBe(read[0]?.span);
    for (const a of read) {
      for (const b of read) {
        if (a.count > b.count) {
          expect(a.bar).toBeGreaterThanOrEqual(b.bar);
        }
      }
      expect(a.bar === 0).toBe(a.count === 0);
    }
  }, 60_000);
});

describe('Excel pack', () => {
  it('is a workbook with a sheet per section, RAG words and counts', async () => {
    const xml = parts(await writePack(packs.hmicfrs, 'xlsx'));
    expect(xml['[Content_Types].xml']).toContain('spreadsheetml.sheet.main+xml');
    const book = xml['xl/workbook.xml'] ?? '';
    for (const name of ['Cover', 'Dashboard', 'RAG summary', 'Changes since last board', 'Decisions made', 'Exceptions']) {
      expect(book).toContain(`name="${name}"`);
    }
    expect(count(book, '<sheet ')).toBe(6 + packs.hmicfrs.inspections.length);
    expect(book.indexOf('name="Dashboard"')).toBeLessThan(book.indexOf('name="RAG summary"'));
    const strings = text(xml, 'xl/sharedStrings.xml');
    expect(count(strings, 'NEW GREEN')).toBeGreaterThanOrEqual(1);
    expect(strings).toContain('rationale missing');
    expect(strings).toContain('Counted from the items: 9 recommendations; 5 apply to the force');
    expect(strings).toContain('It is an Excel chart over these cells');
  }, 60_000);

  /** A cell's value as the sheet holds it (shared strings looked up; numbers as written). */
  function cellValue(xml: Record<string, string>, sheet: string, address: string): { text: string; number: boolean } | null {
    const cell = (xml[sheet] ?? '').match(new RegExp(`<c r="${address}"([^>]*)>(.*?)</c>`));
    const v = cell?.[2]?.match(/<v>([^<]*)<\/v>/)?.[1];
    if (!cell || v === undefined) {
      return null;
    }
    if (/t="s"/.test(cell[1] ?? '')) {
      const shared = [...(xml['xl/sharedStrings.xml'] ?? '').matchAll(/<si>(.*?)<\/si>/g)].map((m) => [...(m[1] ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(''));
      return { text: shared[Number(v)] ?? '', number: false };
    }
    return { text: v, number: true };
  }

  /** The cells of a one-row range such as $B$2:$F$2. */
  const cellsOf = (range: string): string[] => {
    const [, a, row, b] = range.replace(/\$/g, '').match(/^([A-Z])(\d+):([A-Z])\d+$/) ?? [];
    return a && b ? Array.from({ length: b.charCodeAt(0) - a.charCodeAt(0) + 1 }, (_, i) => `${String.fromCharCode(a.charCodeAt(0) + i)}${row}`) : [];
  };

  it('draws a native bar chart on the RAG summary sheet over the sheet’s own cells, with the counts cached', async () => {
    const xml = parts(await writePack(packs.hmicfrs, 'xlsx'));
    const chart = xml['xl/charts/chart1.xml'] ?? '';
    expect(chart).toContain('<c:chartSpace');
    expect(chart).toContain('<c:barChart>');
    // the chart hangs off the RAG summary sheet: workbook → sheet → drawing → chart
    const rid = (xml['xl/workbook.xml'] ?? '').match(/<sheet [^>]*name="RAG summary"[^>]*r:id="([^"]+)"/)?.[1];
    const target = (xml['xl/_rels/workbook.xml.rels'] ?? '').match(new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`))?.[1] ?? '';
    const sheet = `xl/${target}`;
    const drawingRid = (xml[sheet] ?? '').match(/<drawing r:id="([^"]+)"\/>/)?.[1];
    expect(drawingRid).toBeDefined();
    const sheetRels = xml[sheet.replace(/([^/]+)$/, '_rels/$1.rels')] ?? '';
    expect(sheetRels).toMatch(new RegExp(`Id="${drawingRid}"[^>]*Target="../drawings/drawing1.xml"`));
    expect(xml['xl/drawings/drawing1.xml']).toMatch(/<xdr:twoCellAnchor[^>]*>.*<xdr:graphicFrame .*<c:chart [^>]*r:id="rId1"\/>/);
    expect(xml['xl/drawings/drawing1.xml']).toContain('descr="Bar chart of all');
    expect(xml['xl/drawings/_rels/drawing1.xml.rels']).toMatch(/Id="rId1"[^>]*Target="..\/charts\/chart1.xml"/);
    expect(xml['[Content_Types].xml']).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(xml['[Content_Types].xml']).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');

    // categories: the header's RAG words; values: the "All" row's counts — as numbers, and cached
    const cat = chart.match(/<c:cat><c:strRef><c:f>([^<]+)<\/c:f>/)?.[1]?.replace(/&apos;/g, "'") ?? '';
    const val = chart.match(/<c:val><c:numRef><c:f>([^<]+)<\/c:f>/)?.[1]?.replace(/&apos;/g, "'") ?? '';
    expect(cat).toBe("'RAG summary'!$B$2:$F$2");
    expect(val).toMatch(/^'RAG summary'!\$B\$\d+:\$F\$\d+$/);
    const byRag = packs.hmicfrs.summary.byRag;
    expect(cellsOf(cat.split('!')[1] ?? '').map((c) => cellValue(xml, sheet, c)?.text)).toEqual(byRag.map((r) => r.rag));
    const valCells = cellsOf(val.split('!')[1] ?? '');
    expect(cellValue(xml, sheet, `A${valCells[0]?.slice(1)}`)?.text).toBe('All');
    expect(valCells.map((c) => cellValue(xml, sheet, c))).toEqual(byRag.map((r) => ({ text: String(r.count), number: true })));
    const cached = [...(chart.match(/<c:numCache>(.*?)<\/c:numCache>/)?.[1] ?? '').matchAll(/<c:v>(\d+)<\/c:v>/g)].map((m) => Number(m[1]));
    expect(cached).toEqual(byRag.map((r) => r.count));
    expect(byRag.reduce((n, r) => n + r.count, 0)).toBe(packs.hmicfrs.summary.total);
  }, 60_000);
});

/**
 * What the seed documents say reaches the board (issue 13 through issue 11): KPI rows as KPIs,
 * the complete text rather than the cut one (the cut one said), a deliverable listed in 2021 and
 * 2023 once, dates at the precision written, "TBD" and an undated report as written.
 */
describe('every pack format says what the highlight reports say', () => {
  let files: Record<'pptx' | 'docx' | 'xlsx', string>;
  beforeAll(async () => {
    const pptx = parts(await writePack(packs.odb, 'pptx'));
    files = {
      pptx: `${slideText(pptx, 'ppt/slides/slide')}\n${slideText(pptx, 'ppt/notesSlides/')}`,
      docx: text(parts(await writePack(packs.odb, 'docx')), 'word/document.xml'),
      xlsx: text(parts(await writePack(packs.odb, 'xlsx')), 'xl/sharedStrings.xml'),
    };
  }, 90_000);

  const lc = () => packs.odb.highlights.find((h) => h.workstream === 'Leadership & Culture');

  it('the model: KPIs apart, each deliverable once, whole objectives, dates and RAGs as written', () => {
    expect(lc()?.kpis).toHaveLength(3);
    expect(lc()?.deliverables.filter((d) => /^KPI/i.test(d.title))).toEqual([]);
    expect(lc()?.objectives[0]).toBe('Leaders to ensure they create an inclusive culture within the organisation');
    expect(lc()?.dateWords).toBe('28 April 2023');
    expect(lc()?.ragAsWritten.benefitRag).toBe('TBD');
    const ce = packs.odb.highlights.find((h) => h.workstream === 'Community Engagement');
    expect(ce?.deliverables.filter((d) => d.title === 'Launch inaugural 12 week schools project across the city')).toEqual([
      expect.objectContaining({ ref: 'Deliverable CE-21-3', lifecycle: 'closed' }),
    ]);
    expect(ce?.deliverables.find((d) => d.ref === 'Deliverable CE-21-1')?.due).toBe('09/21 (September 2021)');
    expect(packs.odb.highlights.find((h) => h.workstream === 'L&OD')?.dateWords).toBe('August 2021');
    expect(packs.odb.highlights.find((h) => h.workstream === 'Recruitment, Onboarding and L&OD')?.dateWords).toBe('Undated');
    // a complete deliverable is no exception, however old its 2021 date
    expect(packs.odb.exceptions.map((e) => e.ref)).not.toContain('Deliverable CE-21-3');
  });

  for (const format of ['pptx', 'docx', 'xlsx'] as const) {
    it(`${format}: the whole text, each deliverable once, KPIs as KPIs, and the source notes`, () => {
      const t = files[format];
      expect(t).toContain('Leaders to ensure they create an inclusive culture within the organisation');
      // the cut cell appears once, inside the note that marks it as cut, never as the objective
      expect(count(t, 'inclusive culti…')).toBe(1);
      expect(t).not.toContain('KPI: ');
      expect(t).toContain('100% of eligible and available staff have attended one of the mandatory inputs');
      expect(count(t, 'Launch inaugural 12 week schools project across the city')).toBe(1);
      expect(t).toContain('TBD as written (NOT SET)');
      expect(t).toContain('August 2021');
      expect(t).not.toContain('31 August 2021');
      // the cut text is said where the board's secretary reads the pack (PowerPoint: the slide notes)
      expect(t).toContain('Objective cut in the export (“Leaders to ensure they create an inclusive culti…”); shown by the fuller version (Culture & Leadership, Aug 2021)');
      expect(t).toContain('Text cut in the export (“…”); no fuller version survives');
    });
  }
});

/** The next pack's "Decisions made" (issue 12): each decision with its item, day and who recorded it, in every format. */
describe('Decisions made, in every format', () => {
  const decided = (): BoardPack => ({
    ...packs.hmicfrs,
    decisions: [
      { list: 'recommendations', id: 1, item: 'Recommendation 4 Custody review', decision: 'Fund the custody review for a further year', date: '2017-08-30' as never, by: 'Morgan Ellis' },
      { list: 'actions', id: 2, item: 'Action OD1-01 Launch the pilot', decision: 'New action: brief the new panel', date: '2017-09-01' as never, by: 'Ruth Adeyemi' },
    ],
  });

  it('PowerPoint: a slide of its own', async () => {
    const slides = slideText(parts(await writePack(decided(), 'pptx')), 'ppt/slides/slide');
    expect(slides).toContain('Decisions made');
    expect(slides).toContain('2 decisions recorded since the board of 1 January 2026, up to 1 September 2017.');
    for (const t of ['Fund the custody review for a further year', 'Recommendation 4 Custody review', '30 August 2017', 'Morgan Ellis', 'New action: brief the new panel', 'Ruth Adeyemi']) {
      expect(slides).toContain(t);
    }
  }, 60_000);

  it('Word and Excel: a section and a sheet; none recorded says so', async () => {
    const doc = text(parts(await writePack(decided(), 'docx')), 'word/document.xml');
    expect(doc).toContain('Decisions made');
    expect(doc).toContain('Fund the custody review for a further year');
    expect(doc).toContain('30 August 2017');
    const book = parts(await writePack(decided(), 'xlsx'));
    const strings = text(book, 'xl/sharedStrings.xml');
    expect(strings).toContain('New action: brief the new panel');
    expect(strings).toContain('Ruth Adeyemi');
    const none = text(parts(await writePack(packs.hmicfrs, 'docx')), 'word/document.xml');
    expect(none).toContain('No decisions recorded since the board of 1 January 2026.');
  }, 60_000);
});

/** Inspection items authorised by the inspectorate and superseded stay apart from each other and from "closed", in every format. */
describe('authorised and superseded, apart in every format', () => {
  let pack: BoardPack;
  let numbers: { authorised: string; superseded: string };
  beforeAll(async () => {
    ({ hmicfrs: pack } = await seededPacks(async (store) => {
      const recs = (await queryAll(store, 'recommendations', { where: [{ field: 'id', op: 'gt', value: 0 }] })).filter((r) => r.lifecycle === 'open' && r.appliesToForce);
      const [a, b] = recs;
      if (!a || !b) {
        throw new Error('the seeds have no two open recommendations for the force');
      }
      await store.update('recommendations', a.id, a.version, { lifecycle: 'authorised', rag: 'GREEN' });
      await store.update('recommendations', b.id, b.version, { lifecycle: 'superseded', rag: 'AMBER' });
      numbers = { authorised: a.number, superseded: b.number };
    }));
  }, 60_000);

  it('the model counts each in its own row and marks each item', () => {
    const rows = Object.fromEntries(pack.summary.byLifecycle.map((r) => [r.lifecycle, r.count]));
    expect(rows).toMatchObject({ authorised: 1, superseded: 1 });
    const items = pack.inspections.flatMap((i) => i.items);
    expect(items.filter((x) => x.lifecycle === 'authorised').map((x) => x.number)).toEqual([numbers.authorised]);
    expect(items.filter((x) => x.lifecycle === 'superseded').map((x) => x.number)).toEqual([numbers.superseded]);
  });

  it('Word, Excel and PowerPoint each show an Authorised and a Superseded row and the items so marked', async () => {
    const doc = text(parts(await writePack(pack, 'docx')), 'word/document.xml');
    const strings = text(parts(await writePack(pack, 'xlsx')), 'xl/sharedStrings.xml');
    const slides = slideText(parts(await writePack(pack, 'pptx')), 'ppt/slides/slide');
    for (const out of [doc, strings, slides]) {
      expect(out).toContain('AUTHORISED (GREEN)');
      expect(out).toContain('SUPERSEDED (AMBER)');
    }
    // the summary every format writes: a row each, counted under its RAG
    const summary = summaryTable(pack);
    const row = (label: string) => summary.rows.find((r) => r[0] === label);
    expect(row('Authorised')?.[summary.headers.indexOf('GREEN')]).toBe('1');
    expect(row('Superseded')?.[summary.headers.indexOf('AMBER')]).toBe('1');
    expect(row('Authorised')?.at(-1)).toBe('1');
    expect(row('Superseded')?.at(-1)).toBe('1');
    for (const out of [doc, strings]) {
      expect(out).toContain('Authorised');
      expect(out).toContain('Superseded');
    }
  }, 60_000);
});

/**
 * Rows as each format holds them, cell by cell: a slide table's or a Word table's rows (a
 * cell's paragraphs joined by a line break), and a worksheet's rows (shared strings looked up).
 */
function slideRows(xml: Record<string, string>): string[][] {
  return Object.entries(xml)
    .filter(([n]) => n.startsWith('ppt/slides/slide'))
    .flatMap(([, x]) => x.split('</a:tr>'))
    .map((tr) => tr.split('</a:tc>').filter((tc) => tc.includes('<a:tc')).map((tc) => tc.split('</a:p>').filter((p) => p.includes('<a:p')).map((p) => [...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')).join('\n')));
}

function wordRows(xml: Record<string, string>): string[][] {
  return (xml['word/document.xml'] ?? '')
    .split('</w:tr>')
    .map((tr) => tr.split('</w:tc>').filter((tc) => tc.includes('<w:tc>')).map((tc) => tc.split('</w:p>').filter((p) => p.includes('<w:p')).map((p) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join('\n')));
}

function sheetRows(xml: Record<string, string>): string[][] {
  const shared = [...(xml['xl/sharedStrings.xml'] ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((m) => [...(m[1] ?? '').matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(''));
  return Object.entries(xml)
    .filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .flatMap(([, x]) => [...x.matchAll(/<row [^>]*>(.*?)<\/row>/g)])
    .map((row) => [...(row[1] ?? '').matchAll(/<c r="[A-Z]+\d+"([^>]*?)(?:\/>|>(.*?)<\/c>)/g)].map((c) => {
      const v = c[2]?.match(/<v>([^<]*)<\/v>/)?.[1] ?? '';
      return /t="s"/.test(c[1] ?? '') ? (shared[Number(v)] ?? '') : v;
    }));
}

/** Entities decoded, and the empty paragraph a slide cell ends with dropped. */
const decode = (rows: string[][]): string[][] => rows.map((r) => r.map((c) => c.replace(/\n+$/, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')));

describe('the tables a board reads, row by row in every format', () => {
  const readers = { pptx: slideRows, docx: wordRows, xlsx: sheetRows } as const;

  for (const format of ['pptx', 'docx', 'xlsx'] as const) {
    it(`${format}: an inspection's items table holds its rows whole, and an exception's row names its owner`, async () => {
      const fair = packs.hmicfrs.inspections.find((i) => i.title.startsWith('Making it fair'));
      const expected = inspectionTable(fair!).rows[0]!;
      const rows = decode(readers[format](parts(await writePack(packs.hmicfrs, format))));
      // No., kind, recommendation, status (RAG word) and due, in that order, in one row
      expect(rows.some((r) => expected.slice(0, 5).every((cell, k) => r[k] === cell)), `${expected.slice(0, 5).join(' | ')}`).toBe(true);

      const owned = packs.odb.exceptions.find((e) => e.owner !== 'No owner');
      expect(owned).toBeDefined();
      const exception = exceptionsTable(packs.odb).rows[packs.odb.exceptions.indexOf(owned!)]!;
      const odbRows = decode(readers[format](parts(await writePack(packs.odb, format))));
      const row = odbRows.find((r) => r[0] === exception[0] && r[1] === exception[1]);
      expect(row, exception.join(' | ')).toBeDefined();
      expect(row?.[3]).toBe(owned?.owner);
    }, 60_000);
  }
});
