/**
 * The board pack, as a model every format renders (pure): cover, RAG summary, exceptions,
 * a highlight section per workstream in the seeds' layout, inspections with their legend and
 * counted figures, action plans, and what changed since the last board. PowerPoint, Word,
 * Excel and the print view only lay this out; nothing is counted twice.
 */
import type { BoardSnapshot, ChangeReport } from './board-changes';
import { buildDashboard, overdueDays, type BoardDashboard, type UpdateMark } from './board-dashboard';
import { type IsoDate } from './dates';
import { decisionsMade, previousBoardDay, type DecisionMade } from './decision';
import type { Update } from './model';
import { parseDue, type DuePrecision } from './due-date';
import { describeProvenance } from './provenance';
import type { InspectionDetail } from './inspection-view';
import type { PlanDetail } from './plan-view';
import { isOpen, LIFECYCLES, RAG_MEANING, RAGS, ragLabel, type Lifecycle, type Rag } from './rag';
import { countStatus, describeCounts, type StatusCounts } from './summary';
import type { TrackedItem } from './tracked-item';
import type { WorkstreamDetail } from './workstream-view';

export type PackSource = Readonly<{
  board: Readonly<{
    id: number;
    title: string;
    programme: string | null;
    /** the board's status legend as its source writes it (seed 004), when it has one */
    legend?: ReadonlyArray<Readonly<{ status: string; meaning: string }>> | null;
  }>;
  /** the meeting the pack is for; null for "as of today" */
  meeting: IsoDate | null;
  /** the day overdue is counted to (the meeting, or today) */
  asOf: IsoDate;
  workstreams: readonly WorkstreamDetail[];
  inspections: readonly InspectionDetail[];
  plans: readonly PlanDetail[];
  changes: ChangeReport | null;
  /** the board's frozen snapshots (its earlier packs), for the trend */
  history?: readonly BoardSnapshot[];
  /** updates recorded since the last snapshot, for "updates submitted" */
  updatesSince?: readonly UpdateMark[];
  /** decision Updates (any item's, from around the last board on): the pack keeps its board's, dated since the last board */
  decisions?: ReadonlyArray<Pick<Update, 'list' | 'itemId' | 'kind' | 'body' | 'author' | 'authorName' | 'at'>>;
}>;

export type RagKey = Rag | 'NOT SET';
export const RAG_KEYS: readonly RagKey[] = ['RED', 'AMBER', 'GREEN', 'WHITE', 'NOT SET'];

export type RagSummary = Readonly<{
  total: number;
  byRag: ReadonlyArray<Readonly<{ rag: RagKey; label: string; count: number }>>;
  byLifecycle: ReadonlyArray<Readonly<{ lifecycle: Lifecycle; label: string; count: number }>>;
  /** rows: lifecycle; columns: RAG_KEYS */
  matrix: ReadonlyArray<Readonly<{ lifecycle: Lifecycle; label: string; counts: readonly number[] }>>;
}>;

export type PackException = Readonly<{
  list: TrackedItem['list'];
  id: number;
  ref: string;
  title: string;
  /** where it sits: the workstream, inspection or plan */
  context: string;
  owner: string;
  rag: Rag | null;
  reason: 'RED' | 'OVERDUE' | 'RED AND OVERDUE';
  dueText: string | null;
  dueDate: IsoDate | null;
  daysOverdue: number;
  /** the item's rationale, or "rationale missing" */
  rationale: string;
}>;

export type HighlightSection = Readonly<{
  id: number;
  workstream: string;
  owner: string;
  /** the report date, as a day */
  date: IsoDate | null;
  /** the report date as the report gives it: "28 April 2023", "August 2021", "Undated" */
  dateWords: string;
  projectRag: Rag | null;
  benefitRag: Rag | null;
  /** a RAG written as a word that is no RAG ("TBD"), kept as written */
  ragAsWritten: Readonly<{ projectRag: string | null; benefitRag: string | null }>;
  /** how the reports wrote what is shown, where it differs (cut text, other wordings), in words */
  sourceNotes: readonly string[];
  objectives: readonly string[];
  deliverables: ReadonlyArray<Readonly<{ title: string; ref: string; due: string; rag: Rag | null; lifecycle: Lifecycle }>>;
  kpis: readonly string[];
  progress: readonly string[];
  nextSteps: readonly string[];
  recommendationsToBoard: string | null;
  decisionsRequired: string | null;
}>;

export type InspectionSection = Readonly<{
  id: number;
  title: string;
  bodies: readonly string[];
  published: string | null;
  legend: ReadonlyArray<Readonly<{ rag: Rag; meaning: string }>>;
  /** true when the legend is the board's own, as its tracker writes it */
  legendAsWritten: boolean;
  /** "9 recommendations; 5 apply to the force", counted from the items */
  counted: string;
  /** the report's own sentence, as written */
  sourceSentence: string | null;
  mismatches: readonly string[];
  byStatus: StatusCounts;
  items: ReadonlyArray<
    Readonly<{ id: number; number: string; kind: string; title: string; rag: Rag | null; lifecycle: Lifecycle; due: string; comment: string | null; appliesToForce: boolean }>
  >;
}>;

export type PlanSection = Readonly<{
  id: number;
  title: string;
  actions: number;
  byStatus: StatusCounts;
  byCharacteristic: ReadonlyArray<Readonly<{ name: string; count: number }>>;
  byDuty: ReadonlyArray<Readonly<{ name: string; count: number }>>;
}>;

export type BoardPack = Readonly<{
  board: string;
  programme: string | null;
  meeting: IsoDate | null;
  asOf: IsoDate;
  cover: Readonly<{ title: string; subtitle: string; date: string; lines: readonly string[] }>;
  /** the pack's first page: counts per workstream and inspection, the trend, overdue, updates */
  dashboard: BoardDashboard;
  summary: RagSummary;
  exceptions: readonly PackException[];
  highlights: readonly HighlightSection[];
  inspections: readonly InspectionSection[];
  plans: readonly PlanSection[];
  changes: ChangeReport | null;
  /** "Decisions made": minuted since the last board (at it included), up to this meeting, oldest first */
  decisions: readonly DecisionMade[];
}>;

const LIFECYCLE_LABEL: Readonly<Record<Lifecycle, string>> = {
  open: 'Open',
  'closure-proposed': 'Closure proposed',
  closed: 'Closed',
  authorised: 'Authorised',
  superseded: 'Superseded',
};

export const lifecycleLabel = (l: Lifecycle): string => LIFECYCLE_LABEL[l];

/** RAG as a word, always: "GREEN", "NOT SET". */
export const ragWord = (rag: Rag | null): string => rag ?? 'NOT SET';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "1 December 2026" — no clock, no time zone: the date is already a London day. */
export function longDate(date: IsoDate): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/** A derived date at the precision the source gave: "31 March 2024", "September 2021", "2022". */
export function dateAt(date: IsoDate, precision: DuePrecision | null): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  if (precision === 'month') {
    return `${MONTHS[m - 1] ?? ''} ${y}`;
  }
  if (precision === 'year') {
    return String(y);
  }
  return longDate(date);
}

/** The due date as a board reads it: as written, with the derived date (at its precision) when it differs. */
export function dueWords(due: TrackedItem['due']): string {
  if (due.text === null) {
    return due.date ? dateAt(due.date, due.precision) : 'No due date';
  }
  const derived = due.date && due.kind === 'date' ? dateAt(due.date, due.precision) : null;
  return derived && due.text !== derived ? `${due.text} (${derived})` : due.text;
}

/** A highlight report's date as the report gives it; a report with none stays undated. */
export function reportDateWords(text: string | null, date: string | null): string {
  if (text === null) {
    return date ? longDate(date as IsoDate) : 'Undated';
  }
  try {
    const due = parseDue(text, 'reportDate');
    return due.date ? dateAt(due.date, due.precision) : text;
  } catch {
    return text;
  }
}

function ownerOf(item: TrackedItem): string {
  return item.owner?.displayName ?? item.ownerText ?? 'No owner';
}

function summaryOf(items: readonly TrackedItem[]): RagSummary {
  const ragKey = (i: TrackedItem): RagKey => i.rag ?? 'NOT SET';
  return {
    total: items.length,
    byRag: RAG_KEYS.map((rag) => ({ rag, label: rag === 'NOT SET' ? 'Not set' : ragLabel(rag), count: items.filter((i) => ragKey(i) === rag).length })),
    byLifecycle: LIFECYCLES.map((l) => ({ lifecycle: l, label: LIFECYCLE_LABEL[l], count: items.filter((i) => i.lifecycle === l).length })),
    matrix: LIFECYCLES.map((l) => ({
      lifecycle: l,
      label: LIFECYCLE_LABEL[l],
      counts: RAG_KEYS.map((rag) => items.filter((i) => i.lifecycle === l && ragKey(i) === rag).length),
    })),
  };
}

/**
 * Every open RED item and every open overdue one, as the issue asks. GREEN is included: a GREEN
 * item still open past its date is reported implemented but not closed, and the board should
 * see it. Overdue as the dashboard counts it (overdueDays: a WHITE item's date is no deadline
 * of the force's).
 */
function exceptionsOf(items: ReadonlyArray<readonly [TrackedItem, string]>, asOf: IsoDate): PackException[] {
  const out: PackException[] = [];
  for (const [item, context] of items) {
    if (!isOpen(item.lifecycle)) {
      continue;
    }
    const red = item.rag === 'RED';
    const late = overdueDays(item, asOf);
    if (!red && late === 0) {
      continue;
    }
    out.push({
      list: item.list,
      id: item.id,
      ref: item.label,
      title: item.title,
      context,
      owner: ownerOf(item),
      rag: item.rag,
      reason: red && late > 0 ? 'RED AND OVERDUE' : red ? 'RED' : 'OVERDUE',
      dueText: item.due.text,
      dueDate: item.due.date,
      daysOverdue: late,
      rationale: item.ragRationale?.trim() || 'rationale missing',
    });
  }
  // RED first, then the longest overdue.
  return out.sort((a, b) => Number(b.rag === 'RED') - Number(a.rag === 'RED') || b.daysOverdue - a.daysOverdue || a.ref.localeCompare(b.ref, 'en', { numeric: true }));
}

/** What the source wrote for a RAG field when it is no RAG ("TBD"), from the workstream's notes. */
const writtenRag = (w: WorkstreamDetail, field: 'projectRag' | 'benefitRag'): string | null =>
  w.provenance?.find((n) => n.kind === 'asWritten' && n.field === field)?.text ?? null;

function highlightOf(w: WorkstreamDetail): HighlightSection {
  const last = w.highlights.at(-1);
  return {
    id: w.id,
    workstream: w.title,
    owner: w.owner?.displayName ?? w.ownerText ?? 'No owner',
    date: (w.lastReportDate ?? last?.reportDate ?? null) as IsoDate | null,
    dateWords: last ? reportDateWords(last.reportDateText, last.reportDate) : w.lastReportDate ? longDate(w.lastReportDate as IsoDate) : 'Not reported',
    projectRag: w.projectRag,
    benefitRag: w.benefitRag,
    ragAsWritten: { projectRag: writtenRag(w, 'projectRag'), benefitRag: writtenRag(w, 'benefitRag') },
    sourceNotes: [...describeProvenance(w.provenance), ...w.deliverableItems.flatMap((d) => (d.sourceNotes ?? []).map((n) => `${d.label}: ${n}`))],
    objectives: w.objectives,
    deliverables: w.deliverableItems.map((d) => ({ title: d.title, ref: d.label, due: dueWords(d.due), rag: d.rag, lifecycle: d.lifecycle })),
    kpis: w.kpis,
    progress: w.progress,
    nextSteps: w.nextSteps,
    recommendationsToBoard: w.recommendationsToBoard,
    decisionsRequired: w.decisionsRequired,
  };
}

/** The board's own legend where its tracker has one (as written), else the product's meanings. */
function legendOf(written: PackSource['board']['legend']): Pick<InspectionSection, 'legend' | 'legendAsWritten'> {
  const own = RAGS.flatMap((rag) => {
    const entry = (written ?? []).find((l) => l.status.trim().toUpperCase() === rag);
    return entry ? [{ rag, meaning: entry.meaning }] : [];
  });
  return own.length > 0 ? { legend: own, legendAsWritten: true } : { legend: RAGS.map((rag) => ({ rag, meaning: RAG_MEANING[rag] })), legendAsWritten: false };
}

function inspectionOf(i: InspectionDetail, legend: Pick<InspectionSection, 'legend' | 'legendAsWritten'>): InspectionSection {
  return {
    id: i.id,
    title: i.title,
    bodies: i.bodies,
    published: i.publishedText,
    ...legend,
    counted: describeCounts(i.summary),
    sourceSentence: i.sourceSummary,
    mismatches: i.summary.mismatches,
    byStatus: i.summary.byStatus,
    items: i.items.map((x) => ({
      id: x.item.id,
      number: x.number,
      kind: x.itemKind,
      title: x.item.title,
      rag: x.item.rag,
      lifecycle: x.item.lifecycle,
      due: dueWords(x.item.due),
      comment: x.item.progress,
      appliesToForce: x.appliesToForce,
    })),
  };
}

function planOf(p: PlanDetail): PlanSection {
  const actions = p.strandList.flatMap((s) => s.objectives.flatMap((o) => o.actions.map((a) => a.item)));
  return {
    id: p.boardId,
    title: p.title,
    actions: actions.length,
    byStatus: countStatus(actions),
    byCharacteristic: Object.entries(p.coverage.characteristics).map(([name, count]) => ({ name, count })),
    byDuty: Object.entries(p.coverage.duties).map(([name, count]) => ({ name, count })),
  };
}

/** Every item the pack reports on, with where it sits. */
export function packItems(src: PackSource): Array<readonly [TrackedItem, string]> {
  return [
    ...src.workstreams.flatMap((w) => w.deliverableItems.map((d) => [d, w.title] as const)),
    ...src.inspections.flatMap((i) => i.items.map((x) => [x.item, i.title] as const)),
    ...src.plans.flatMap((p) => p.strandList.flatMap((s) => s.objectives.flatMap((o) => o.actions.map((a) => [a.item, `${p.title} — ${o.ref ?? o.text}`] as const)))),
  ];
}

/** What a pack calls each of its board's items ("Action OD1-01 Launch …", "Workstream Our People"), by list and id. */
function itemNames(src: PackSource, items: ReadonlyArray<readonly [TrackedItem, string]>): Map<string, string> {
  return new Map([
    ...src.workstreams.map((w) => [`workstreams:${w.id}`, `Workstream ${w.title}`] as const),
    ...items.map(([i]) => [`${i.list}:${i.id}`, `${i.label} ${i.title}`] as const),
  ]);
}

export function buildBoardPack(src: PackSource): BoardPack {
  const items = packItems(src);
  const summary = summaryOf(items.map(([i]) => i));
  const exceptions = exceptionsOf(items, src.asOf);
  const date = longDate(src.meeting ?? src.asOf);
  const changed = src.changes?.changes.length;
  return {
    board: src.board.title,
    programme: src.board.programme,
    meeting: src.meeting,
    asOf: src.asOf,
    cover: {
      title: src.board.title,
      subtitle: src.meeting ? `Board pack for the meeting of ${date}` : `Board pack as of ${date}`,
      date,
      lines: [
        `${summary.total} items: ${summary.byRag.map((r) => `${r.count} ${r.rag}`).join(', ')}`,
        `${exceptions.length} exception${exceptions.length === 1 ? '' : 's'} (RED or overdue)`,
        src.changes?.since
          ? `${changed} change${changed === 1 ? '' : 's'} since the board of ${longDate((src.changes.since.meeting ?? src.changes.since.takenAt.slice(0, 10)) as IsoDate)}`
          : 'No earlier pack frozen: no changes to report',
      ],
    },
    dashboard: buildDashboard({
      asOf: src.asOf,
      workstreams: src.workstreams,
      inspections: src.inspections,
      plans: src.plans,
      changes: src.changes,
      history: src.history ?? [],
      updatesSince: src.updatesSince ?? [],
    }),
    summary,
    exceptions,
    highlights: src.workstreams.map(highlightOf),
    inspections: src.inspections.map((i) => inspectionOf(i, legendOf(src.board.legend))),
    plans: src.plans.map(planOf),
    changes: src.changes,
    decisions: decisionsMade(src.decisions ?? [], itemNames(src, items), previousBoardDay(src.changes?.since ?? null), src.meeting ?? src.asOf),
  };
}
