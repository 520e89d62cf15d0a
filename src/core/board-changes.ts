/**
 * "Changed since last board": a board's items now against its last frozen snapshot (pure).
 * "NEW GREEN" in the source trackers is exactly this — a RAG that differs from the last
 * board's — so it is derived here, never stored as a status (DESIGN §1).
 */
import type { IsoDate } from './dates';
import type { TrackedList, Update, UpdateKind } from './model';
import { isOpen, type Lifecycle, type Rag } from './rag';
import type { TrackedItem } from './tracked-item';

/** One part of an item with parts (seed 004 has items with two status rows). */
export type SnapshotPart = Readonly<{ label: string | null; rag: Rag | null; lifecycle: Lifecycle }>;

/** An item as the board saw it when the snapshot was frozen. */
export type SnapshotItem = Readonly<{
  list: TrackedList;
  id: number;
  /** what the board calls it: "Recommendation 4", "Deliverable LC-23-2" */
  ref: string;
  title: string;
  rag: Rag | null;
  lifecycle: Lifecycle;
  dueText: string | null;
  dueDate: IsoDate | null;
  parts: readonly SnapshotPart[];
}>;

/** A frozen snapshot of a board: what `tracker freeze` stores and `tracker changes` compares with. */
export type BoardSnapshot = Readonly<{
  /** the shape's version, so a later reader can tell old files apart */
  format: 1;
  board: string;
  boardId: number;
  /** ISO instant it was frozen */
  takenAt: string;
  meeting: IsoDate | null;
  items: readonly SnapshotItem[];
}>;

export type ChangeKind = 'rag' | 'lifecycle' | 'due' | 'added' | 'removed';

export type Change = Readonly<{
  list: TrackedList;
  id: number;
  ref: string;
  title: string;
  change: ChangeKind;
  from: string | null;
  to: string | null;
}>;

/**
 * An update submitted to one of the board's items since its last snapshot. Kept apart from
 * `changes` (whose kinds are the item's own moves) so `tracker changes --json` keeps its shape
 * and adds "updates" beside it.
 */
export type SubmittedUpdate = Readonly<{
  list: TrackedList;
  id: number;
  ref: string;
  title: string;
  kind: UpdateKind;
  /** ISO instant it was recorded */
  at: string;
  /** who submitted it: their name, or their id when the name is not known */
  author: string;
}>;

/** `tracker changes --json` prints exactly this. */
export type ChangeReport = Readonly<{
  board: string;
  since: Readonly<{ takenAt: string; meeting: IsoDate | null }> | null;
  changes: readonly Change[];
  /** updates submitted since the snapshot, oldest first ([] with no snapshot) */
  updates: readonly SubmittedUpdate[];
}>;

/** The kinds that are someone reporting to the board: seeded/imported history and minuted decisions are not. */
export const SUBMITTED_KINDS: ReadonlySet<UpdateKind> = new Set<UpdateKind>(['progress', 'highlight', 'closure']);

export type UpdateRecord = Pick<Update, 'list' | 'itemId' | 'kind' | 'at' | 'author' | 'authorName'>;

export function snapshotItem(item: TrackedItem, parts: readonly SnapshotPart[] = []): SnapshotItem {
  return {
    list: item.list,
    id: item.id,
    ref: item.label,
    title: item.title,
    rag: item.rag,
    lifecycle: item.lifecycle,
    dueText: item.due.text,
    dueDate: item.due.date,
    parts,
  };
}

const key = (i: Pick<SnapshotItem, 'list' | 'id'>): string => `${i.list}:${i.id}`;

const dueValue = (i: SnapshotItem): string | null => i.dueDate ?? i.dueText;

function itemChanges(before: SnapshotItem, now: SnapshotItem): Change[] {
  const out: Change[] = [];
  const base = { list: now.list, id: now.id, ref: now.ref, title: now.title };
  if (before.rag !== now.rag) {
    out.push({ ...base, change: 'rag', from: before.rag, to: now.rag });
  }
  if (before.lifecycle !== now.lifecycle) {
    out.push({ ...base, change: 'lifecycle', from: before.lifecycle, to: now.lifecycle });
  }
  if (before.dueDate !== now.dueDate || (before.dueDate === null && before.dueText !== now.dueText)) {
    out.push({ ...base, change: 'due', from: dueValue(before), to: dueValue(now) });
  }
  // Parts: an item's headline comes from its parts, so a part's move is reported on the part
  // only when the headline did not already report the same kind of move.
  if (before.parts.length === now.parts.length && now.parts.length > 1) {
    now.parts.forEach((p, i) => {
      const was = before.parts[i] as SnapshotPart;
      const ref = `${now.ref} part ${p.label ?? i + 1}`;
      if (was.rag !== p.rag && !out.some((c) => c.change === 'rag')) {
        out.push({ ...base, ref, change: 'rag', from: was.rag, to: p.rag });
      }
      if (was.lifecycle !== p.lifecycle && !out.some((c) => c.change === 'lifecycle')) {
        out.push({ ...base, ref, change: 'lifecycle', from: was.lifecycle, to: p.lifecycle });
      }
    });
  }
  return out;
}

const LIST_ORDER: Readonly<Record<TrackedList, number>> = { workstreams: 0, actions: 1, recommendations: 2 };
const KIND_ORDER: Readonly<Record<ChangeKind, number>> = { added: 0, rag: 1, lifecycle: 2, due: 3, removed: 4 };

/** What changed between two snapshots of a board's items, in a stable order. */
export function diffSnapshots(before: readonly SnapshotItem[], now: readonly SnapshotItem[]): Change[] {
  const was = new Map(before.map((i) => [key(i), i]));
  const is = new Map(now.map((i) => [key(i), i]));
  const out: Change[] = [];
  for (const item of now) {
    const old = was.get(key(item));
    if (!old) {
      out.push({ list: item.list, id: item.id, ref: item.ref, title: item.title, change: 'added', from: null, to: item.rag });
    } else {
      out.push(...itemChanges(old, item));
    }
  }
  for (const item of before) {
    if (!is.has(key(item))) {
      out.push({ list: item.list, id: item.id, ref: item.ref, title: item.title, change: 'removed', from: item.rag, to: null });
    }
  }
  return out.sort(
    (a, b) =>
      LIST_ORDER[a.list] - LIST_ORDER[b.list] ||
      a.ref.localeCompare(b.ref, 'en', { numeric: true }) ||
      a.id - b.id ||
      KIND_ORDER[a.change] - KIND_ORDER[b.change]
  );
}

/** The updates submitted to the board's items (`now`) after the snapshot was taken, oldest first. */
export function updatesSubmitted(takenAt: string, now: readonly SnapshotItem[], updates: readonly UpdateRecord[]): SubmittedUpdate[] {
  const items = new Map(now.map((i) => [key(i), i]));
  return updates
    .flatMap((u) => {
      const item = items.get(`${u.list}:${u.itemId}`);
      return item && u.at > takenAt && SUBMITTED_KINDS.has(u.kind)
        ? [{ list: u.list, id: item.id, ref: item.ref, title: item.title, kind: u.kind, at: u.at, author: u.authorName ?? u.author }]
        : [];
    })
    .sort((a, b) => a.at.localeCompare(b.at) || a.ref.localeCompare(b.ref, 'en', { numeric: true }));
}

export function changeReport(board: string, last: BoardSnapshot | null, now: readonly SnapshotItem[], updates: readonly UpdateRecord[] = []): ChangeReport {
  return {
    board,
    since: last ? { takenAt: last.takenAt, meeting: last.meeting } : null,
    changes: last ? diffSnapshots(last.items, now) : [],
    updates: last ? updatesSubmitted(last.takenAt, now, updates) : [],
  };
}

const UPDATE_WORD: Readonly<Record<UpdateKind, string>> = {
  progress: 'Progress update',
  highlight: 'Highlight update',
  closure: 'Closure update',
  import: 'Imported update',
  decision: 'Decision',
};

/** "Highlight update by Ann Smith": what a board reads for an update submitted. */
export function describeUpdate(u: SubmittedUpdate): string {
  return `${UPDATE_WORD[u.kind]} by ${u.author}`;
}

const LIFECYCLE_WORD: Readonly<Record<Lifecycle, string>> = {
  open: 'OPEN',
  'closure-proposed': 'CLOSURE PROPOSED',
  closed: 'CLOSED',
  authorised: 'AUTHORISED',
  superseded: 'SUPERSEDED',
};

/**
 * The words a board reads: "NEW GREEN", "NEW CLOSED", "Slipped 30 days", "Pulled in 7 days",
 * "Added", "Removed" — RAG always as a word.
 */
export function describeChange(c: Change): string {
  switch (c.change) {
    case 'rag':
      return c.to === null ? `RAG cleared (was ${c.from ?? 'not set'})` : `NEW ${c.to}`;
    case 'lifecycle':
      return isOpen(c.to as Lifecycle) && !isOpen(c.from as Lifecycle)
        ? `REOPENED (was ${LIFECYCLE_WORD[c.from as Lifecycle]})`
        : `NEW ${LIFECYCLE_WORD[c.to as Lifecycle] ?? String(c.to)}`;
    case 'due':
      return describeDueMove(c.from, c.to);
    case 'added':
      return 'Added';
    case 'removed':
      return 'Removed';
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function describeDueMove(from: string | null, to: string | null): string {
  if (from !== null && to !== null && ISO.test(from) && ISO.test(to)) {
    const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
    return days > 0 ? `Slipped ${days} day${days === 1 ? '' : 's'} (${from} → ${to})` : `Pulled in ${-days} day${days === -1 ? '' : 's'} (${from} → ${to})`;
  }
  return `Due changed (${from ?? 'none'} → ${to ?? 'none'})`;
}

/** Changes keyed by item, for a badge on each changed row. */
export function changesByItem(changes: readonly Change[]): ReadonlyMap<string, readonly Change[]> {
  const out = new Map<string, Change[]>();
  for (const c of changes) {
    const k = key(c);
    out.set(k, [...(out.get(k) ?? []), c]);
  }
  return out;
}

export const itemKey = key;

/** The board's changes since its last snapshot, keyed by item: what a badge on each changed row reads. */
export type ChangeIndex = ReadonlyMap<string, readonly Change[]>;

/** Every board's changes in one index: an item belongs to one board, so keys never collide. */
export function indexChanges(reports: readonly ChangeReport[]): ChangeIndex {
  return changesByItem(reports.flatMap((r) => r.changes.filter((c) => c.change !== 'removed')));
}

/** "NEW RED; Slipped 30 days (…)": an item's changes since the last board, in words. */
export function changeWords(changes: readonly Change[]): string {
  return changes.map(describeChange).join('; ');
}
