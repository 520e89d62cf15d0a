/**
 * What every pack format says the same way: RAG words and colours (the word always beside
 * the colour), the section titles, and the rows of the tables, from the pure pack model.
 */
import { describeChange, describeUpdate } from '../../core/board-changes';
import { lifecycleLabel, longDate, ragWord, type BoardPack, type HighlightSection, type InspectionSection, type PlanSection } from '../../core/board-pack';
import type { IsoDate } from '../../core/dates';
import type { Rag } from '../../core/rag';
import { DASHBOARD_RAGS } from '../../core/board-dashboard';

/** Fill and text colours with at least 4.5:1 contrast between them (hex, no #). */
export const RAG_FILL: Readonly<Record<Rag | 'NOT SET', { fill: string; text: string }>> = {
  RED: { fill: 'C00000', text: 'FFFFFF' },
  AMBER: { fill: 'FFC000', text: '000000' },
  GREEN: { fill: '00703C', text: 'FFFFFF' },
  WHITE: { fill: 'FFFFFF', text: '000000' },
  'NOT SET': { fill: 'E7E6E6', text: '000000' },
};

export const ragColours = (rag: Rag | null) => RAG_FILL[rag ?? 'NOT SET'];

/** A RAG's bar in a chart: WHITE and NOT SET need a visible fill on a white page; the axis or legend names each. */
export const chartFill = (rag: Rag | 'NOT SET'): string => (rag === 'WHITE' ? 'D9D9D9' : rag === 'NOT SET' ? '7F7F7F' : RAG_FILL[rag].fill);

export const SECTION = {
  dashboard: 'Dashboard',
  summary: 'RAG summary',
  changes: 'Changed since last board',
  decisions: 'Decisions made',
  exceptions: 'Exceptions: RED and overdue',
  plans: 'Action plans',
} as const;

export type Table = Readonly<{ headers: readonly string[]; rows: ReadonlyArray<readonly string[]>; ragColumn?: number }>;

export function summaryTable(pack: BoardPack): Table {
  return {
    headers: ['Lifecycle', ...pack.summary.byRag.map((r) => r.rag), 'Total'],
    rows: [
      ...pack.summary.matrix.map((m) => [m.label, ...m.counts.map(String), String(m.counts.reduce((a, b) => a + b, 0))]),
      ['All', ...pack.summary.byRag.map((r) => String(r.count)), String(pack.summary.total)],
    ],
  };
}

/** Every item's moves, then the updates submitted (with their day): one table in every format. */
export function changesTable(pack: BoardPack): Table {
  return {
    headers: ['Item', 'Title', 'Change'],
    rows: [
      ...(pack.changes?.changes ?? []).map((c) => [c.ref, c.title, describeChange(c)]),
      ...(pack.changes?.updates ?? []).map((u) => [u.ref, u.title, `${describeUpdate(u)}, ${longDate(u.at.slice(0, 10) as IsoDate)}`]),
    ],
  };
}

export function changesLine(pack: BoardPack): string {
  const since = pack.changes?.since;
  if (!since) {
    return 'No earlier snapshot was frozen for this board, so there is nothing to compare with.';
  }
  const when = since.meeting ? `the meeting of ${longDate(since.meeting)}` : `the snapshot of ${longDate(since.takenAt.slice(0, 10) as IsoDate)}`;
  const n = pack.changes?.changes.length ?? 0;
  const u = pack.changes?.updates.length ?? 0;
  return `${n} change${n === 1 ? '' : 's'} since ${when}. ${u} update${u === 1 ? '' : 's'} submitted since then.`;
}

/** "Decisions made": each decision minuted since the last board, with its item, day and who recorded it. */
export function decisionsTable(pack: BoardPack): Table {
  return {
    headers: ['Item', 'Decision', 'Date', 'Recorded by'],
    rows: pack.decisions.map((d) => [d.item, d.decision, longDate(d.date), d.by]),
  };
}

export function decisionsLine(pack: BoardPack): string {
  const n = pack.decisions.length;
  const since = pack.changes?.since;
  const from = since ? ` since the board of ${longDate((since.meeting ?? since.takenAt.slice(0, 10)) as IsoDate)}` : '';
  return n === 0 ? `No decisions recorded${from}.` : `${n} decision${n === 1 ? '' : 's'} recorded${from}, up to ${longDate(pack.meeting ?? pack.asOf)}.`;
}

export function overdueWords(days: number): string {
  return days === 0 ? 'not overdue' : `${days} day${days === 1 ? '' : 's'} overdue`;
}

export function exceptionsTable(pack: BoardPack): Table {
  return {
    headers: ['Item', 'Title', 'Where', 'Owner', 'RAG', 'Due', 'Overdue', 'Rationale'],
    rows: pack.exceptions.map((e) => [e.ref, e.title, e.context, e.owner, ragWord(e.rag), e.dueText ?? 'No due date', overdueWords(e.daysOverdue), e.rationale]),
    ragColumn: 4,
  };
}

export function deliverablesTable(h: HighlightSection): Table {
  return {
    headers: ['Description', 'Date', 'RAG', 'Status'],
    rows: h.deliverables.map((d) => [d.title, d.due, ragWord(d.rag), lifecycleLabel(d.lifecycle)]),
    ragColumn: 2,
  };
}

export function highlightHeader(h: HighlightSection): Array<readonly [string, string]> {
  return [
    ['Workstream', h.workstream],
    ['Owner', h.owner],
    ['Date', h.dateWords],
    ['Project RAG', ragAsWritten(h.projectRag, h.ragAsWritten.projectRag)],
    ['Benefit RAG', ragAsWritten(h.benefitRag, h.ragAsWritten.benefitRag)],
  ];
}

/** A RAG as a word; one written as a word that is no RAG keeps it beside: "TBD as written (NOT SET)". */
export const ragAsWritten = (rag: HighlightSection['projectRag'], written: string | null): string =>
  rag === null && written ? `${written} as written (${ragWord(null)})` : ragWord(rag);

/** The heading of a highlight report's source notes, and of the legend a tracker writes itself. */
export const SOURCE_NOTES = 'As the reports wrote it';
export const legendHeading = (i: InspectionSection): string => (i.legendAsWritten ? 'Status legend (as the tracker writes it)' : 'Status legend');

export function inspectionTable(i: InspectionSection): Table {
  return {
    headers: ['No.', 'Kind', 'Recommendation', 'Status', 'Due', 'Comment'],
    rows: i.items.map((x) => [x.number, x.kind, x.title, x.lifecycle === 'open' ? ragWord(x.rag) : `${lifecycleLabel(x.lifecycle).toUpperCase()}${x.rag ? ` (${x.rag})` : ''}`, x.due, x.comment ?? '']),
    ragColumn: 3,
  };
}

export function planTable(p: PlanSection): Table {
  const s = p.byStatus;
  return {
    headers: ['RED', 'AMBER', 'GREEN', 'WHITE', 'NOT SET', 'Closed', 'Actions'],
    rows: [[s.RED, s.AMBER, s.GREEN, s.WHITE, s.notSet, s.closed, p.actions].map(String)],
  };
}

export function characteristicsTable(p: PlanSection): Table {
  return { headers: ['Protected characteristic', 'Actions'], rows: p.byCharacteristic.map((c) => [c.name, String(c.count)]) };
}

/** A pack file's name: "operational-delivery-board-2023-05-10.pptx". */
export function packFileName(pack: BoardPack, ext: string): string {
  const slug = pack.board.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}-${pack.meeting ?? pack.asOf}.${ext}`;
}

/** The dashboard's table: each workstream, inspection and plan by RAG, open, overdue, changed. */
export function dashboardTable(pack: BoardPack): Table {
  const d = pack.dashboard;
  return {
    headers: ['Workstream, inspection or plan', ...DASHBOARD_RAGS, 'Open', 'Overdue', 'Changed'],
    rows: [
      ...d.rows.map((r) => [r.title, ...r.byRag.map(String), String(r.open), String(r.overdue), String(r.changed)]),
      ['All', ...DASHBOARD_RAGS.map((_r, i) => String(d.rows.reduce((n, r) => n + (r.byRag[i] ?? 0), 0))), String(d.totals.open), String(d.totals.overdue), String(d.totals.changed)],
    ],
  };
}

/** The RAG trend across the board's earlier packs and now. */
export function trendTable(pack: BoardPack): Table {
  return {
    headers: ['Pack', ...DASHBOARD_RAGS, 'Open', 'Closed or done', 'Total'],
    rows: pack.dashboard.trend.map((p) => [p.label, ...p.byRag.map(String), String(p.open), String(p.closed), String(p.total)]),
  };
}

/** Who has updated since the last board ("Not updated" first: they are the ones to chase). */
export function updatesTable(pack: BoardPack): Table {
  return {
    headers: ['Owner', 'Updated since the last board', 'Open items', 'Items updated'],
    rows: (pack.dashboard.updates?.owners ?? []).map((o) => [o.owner, o.updated === 0 ? 'Not updated' : o.updated === o.items ? 'Updated' : 'Partly updated', String(o.items), String(o.updated)]),
  };
}

/** "RED 3 · Overdue 12 · Changed since last board 4": the dashboard's headline in one line. */
export function dashboardLine(pack: BoardPack): string {
  const t = pack.dashboard.totals;
  return `${t.total} items · ${t.open} open · RED (open) ${t.red} · Overdue ${t.overdue} · Changed since last board ${t.changed}`;
}
