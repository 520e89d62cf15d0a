/**
 * The board dashboard (pure): per workstream, inspection and action plan the counts by RAG and
 * lifecycle, the RED and overdue items and what changed since the last board; the trend of
 * RAGs across the board's frozen snapshots (its earlier packs) and across each workstream's
 * highlight reports; overdue by owner; and who has updated since the last board. The Dashboard
 * screen and the pack's first page render this model; nothing is counted twice.
 */
import { itemKey, type BoardSnapshot, type ChangeReport } from './board-changes';
import type { IsoDate } from './dates';
import type { InspectionDetail } from './inspection-view';
import type { TrackedList } from './model';
import type { PlanDetail } from './plan-view';
import { isOpen, LIFECYCLES, type Lifecycle, type Rag } from './rag';
import { daysOverdue, type TrackedItem } from './tracked-item';
import type { WorkstreamDetail } from './workstream-view';

/** The RAG columns every count uses, in this order; "NOT SET" is a column of its own. */
export const DASHBOARD_RAGS = ['RED', 'AMBER', 'GREEN', 'WHITE', 'NOT SET'] as const;
export type DashboardRag = (typeof DASHBOARD_RAGS)[number];

export type DashboardRow = Readonly<{
  kind: 'workstream' | 'inspection' | 'plan';
  id: number;
  title: string;
  total: number;
  /** counts in DASHBOARD_RAGS order */
  byRag: readonly number[];
  /** counts in LIFECYCLES order */
  byLifecycle: readonly number[];
  open: number;
  red: number;
  overdue: number;
  /** items with a change since the last snapshot */
  changed: number;
}>;

/** One point of the board's trend: an earlier pack (a frozen snapshot), or now. */
export type TrendPoint = Readonly<{
  label: string;
  date: IsoDate;
  kind: 'snapshot' | 'now';
  total: number;
  byRag: readonly number[];
  open: number;
  closed: number;
}>;

/** A workstream's RAGs as its highlight reports gave them, oldest first, then as it stands. */
export type HighlightTrend = Readonly<{
  id: number;
  workstream: string;
  reports: ReadonlyArray<Readonly<{ dateText: string; date: string | null; reportedAs: string | null; projectRag: Rag | null; benefitRag: Rag | null }>>;
  now: Readonly<{ projectRag: Rag | null; benefitRag: Rag | null }>;
}>;

export type OwnerOverdue = Readonly<{ owner: string; count: number; longest: number }>;

/** Who has reported since the last board: an owner's open items and how many were updated. */
export type OwnerUpdates = Readonly<{ owner: string; items: number; updated: number; lastAt: string | null }>;

export type BoardDashboard = Readonly<{
  totals: Readonly<{ total: number; open: number; red: number; overdue: number; changed: number }>;
  rows: readonly DashboardRow[];
  trend: readonly TrendPoint[];
  highlightTrend: readonly HighlightTrend[];
  overdueByOwner: readonly OwnerOverdue[];
  /** null when no snapshot was frozen: there is no "since" to count updates from */
  updates: Readonly<{ since: string; owners: readonly OwnerUpdates[] }> | null;
}>;

/** An update as the dashboard needs it: which item, when. */
export type UpdateMark = Readonly<{ list: TrackedList; itemId: number; at: string }>;

export type DashboardSource = Readonly<{
  asOf: IsoDate;
  workstreams: readonly WorkstreamDetail[];
  inspections: readonly InspectionDetail[];
  plans: readonly PlanDetail[];
  changes: ChangeReport | null;
  /** the board's frozen snapshots, any order */
  history: readonly BoardSnapshot[];
  /** updates recorded since the last snapshot (any item; those of other boards are ignored) */
  updatesSince: readonly UpdateMark[];
}>;

const ragOf = (rag: Rag | null): DashboardRag => rag ?? 'NOT SET';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "28 Apr 2023": short enough for a chart's axis. */
export function shortDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}

/**
 * Overdue as the pack's exceptions count it: open, past a due date that is a deadline, whatever
 * its RAG — a GREEN (implemented) item still open past its date has not been closed on time, and
 * the board is told. WHITE is left out:
 * it is someone else's to deliver (or not the force's at all), so its date is not tracked as a
 * deadline of the force, as reminders do not chase it either.
 */
export function overdueDays(item: TrackedItem, asOf: IsoDate): number {
  return item.rag !== 'WHITE' ? daysOverdue(item, asOf) : 0;
}

function counted(items: readonly TrackedItem[], asOf: IsoDate, changed: ReadonlySet<string>) {
  return {
    total: items.length,
    byRag: DASHBOARD_RAGS.map((r) => items.filter((i) => ragOf(i.rag) === r).length),
    byLifecycle: LIFECYCLES.map((l) => items.filter((i) => i.lifecycle === l).length),
    open: items.filter((i) => isOpen(i.lifecycle)).length,
    red: items.filter((i) => isOpen(i.lifecycle) && i.rag === 'RED').length,
    overdue: items.filter((i) => overdueDays(i, asOf) > 0).length,
    changed: items.filter((i) => changed.has(itemKey(i))).length,
  };
}

const ownerOf = (i: TrackedItem): string => i.owner?.displayName ?? i.ownerText ?? 'No owner';

function trendOf(src: DashboardSource, now: readonly TrackedItem[]): TrendPoint[] {
  const point = (label: string, date: IsoDate, kind: TrendPoint['kind'], items: ReadonlyArray<{ rag: Rag | null; lifecycle: Lifecycle }>): TrendPoint => ({
    label,
    date,
    kind,
    total: items.length,
    byRag: DASHBOARD_RAGS.map((r) => items.filter((i) => ragOf(i.rag) === r).length),
    open: items.filter((i) => isOpen(i.lifecycle)).length,
    closed: items.filter((i) => !isOpen(i.lifecycle)).length,
  });
  const earlier = src.history
    .map((s) => ({ s, date: (s.meeting ?? s.takenAt.slice(0, 10)) as IsoDate }))
    // a snapshot after the day being viewed is not history yet
    .filter(({ date }) => date <= src.asOf)
    .sort((a, b) => a.date.localeCompare(b.date) || a.s.takenAt.localeCompare(b.s.takenAt))
    .map(({ s, date }) =>
      point(
        `${s.meeting ? 'Board of' : 'Snapshot of'} ${shortDate(date)}`,
        date,
        'snapshot',
        // the workstream rows are the workstreams themselves; the counts are of their items
        s.items.filter((i) => i.list !== 'workstreams')
      )
    );
  return [...earlier, point(`Now (${shortDate(src.asOf)})`, src.asOf, 'now', now)];
}

function updatesOf(src: DashboardSource, items: readonly TrackedItem[]): BoardDashboard['updates'] {
  const since = src.changes?.since;
  if (!since) {
    return null;
  }
  const from = since.takenAt;
  const last = new Map<string, string>();
  for (const u of src.updatesSince) {
    if (u.at > from) {
      const k = itemKey({ list: u.list, id: u.itemId });
      const was = last.get(k);
      last.set(k, was && was > u.at ? was : u.at);
    }
  }
  const by = new Map<string, { owner: string; items: number; updated: number; lastAt: string | null }>();
  for (const i of items.filter((x) => isOpen(x.lifecycle))) {
    const o = by.get(ownerOf(i)) ?? { owner: ownerOf(i), items: 0, updated: 0, lastAt: null };
    const at = last.get(itemKey(i));
    o.items += 1;
    if (at) {
      o.updated += 1;
      o.lastAt = o.lastAt && o.lastAt > at ? o.lastAt : at;
    }
    by.set(o.owner, o);
  }
  // those who have not updated first: they are the ones the secretary chases
  return { since: from, owners: [...by.values()].sort((a, b) => Number(a.updated > 0) - Number(b.updated > 0) || b.items - a.items || a.owner.localeCompare(b.owner)) };
}

export function buildDashboard(src: DashboardSource): BoardDashboard {
  const changed = new Set((src.changes?.changes ?? []).map((c) => itemKey(c)));
  const groups: Array<[DashboardRow['kind'], number, string, TrackedItem[]]> = [
    ...src.workstreams.map((w): [DashboardRow['kind'], number, string, TrackedItem[]] => ['workstream', w.id, w.title, [...w.deliverableItems]]),
    ...src.inspections.map((i): [DashboardRow['kind'], number, string, TrackedItem[]] => ['inspection', i.id, i.title, i.items.map((x) => x.item)]),
    ...src.plans.map((p): [DashboardRow['kind'], number, string, TrackedItem[]] => [
      'plan',
      p.boardId,
      p.title,
      p.strandList.flatMap((s) => s.objectives.flatMap((o) => o.actions.map((a) => a.item))),
    ]),
  ];
  const rows = groups.map(([kind, id, title, items]): DashboardRow => ({ kind, id, title, ...counted(items, src.asOf, changed) }));
  const all = groups.flatMap(([, , , items]) => items);
  // a workstream row that changed (its Project RAG) counts as a change too
  const wsChanged = src.workstreams.filter((w) => changed.has(itemKey({ list: 'workstreams', id: w.id }))).length;
  const t = counted(all, src.asOf, changed);
  const owners = new Map<string, { owner: string; count: number; longest: number }>();
  for (const i of all) {
    const days = overdueDays(i, src.asOf);
    if (days > 0) {
      const o = owners.get(ownerOf(i)) ?? { owner: ownerOf(i), count: 0, longest: 0 };
      o.count += 1;
      o.longest = Math.max(o.longest, days);
      owners.set(o.owner, o);
    }
  }
  return {
    totals: { total: t.total, open: t.open, red: t.red, overdue: t.overdue, changed: t.changed + wsChanged },
    rows,
    trend: trendOf(src, all),
    highlightTrend: src.workstreams.map((w) => ({
      id: w.id,
      workstream: w.title,
      reports: w.highlights.map((h) => ({ dateText: h.reportDateText ?? 'undated', date: h.reportDate, reportedAs: h.reportedAs, projectRag: h.projectRag, benefitRag: h.benefitRag })),
      now: { projectRag: w.projectRag, benefitRag: w.benefitRag },
    })),
    overdueByOwner: [...owners.values()].sort((a, b) => b.count - a.count || b.longest - a.longest || a.owner.localeCompare(b.owner)),
    updates: updatesOf(src, all),
  };
}

