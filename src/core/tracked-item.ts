/**
 * One view of anything a person owns and reports on — an action, a deliverable, a
 * recommendation or a workstream — so "My items" and the update form treat them alike.
 */
import { daysBetween, type IsoDate } from './dates';
import { type Due } from './due-date';
import type { Meta, PersonRef, Stored, TrackedList } from './model';
import { headlineOf } from './parts';
import { describeProvenance, type Provenance } from './provenance';
import { isOpen, type Lifecycle, type Rag } from './rag';

export type TrackedItem = Readonly<
  Meta & {
    list: TrackedList;
    /** what it is, in the users' words: "Action OD1-01", "Recommendation 4" */
    label: string;
    title: string;
    ownerText: string | null;
    owner: PersonRef | null;
    rag: Rag | null;
    lifecycle: Lifecycle;
    due: Due;
    progress: string | null;
    ragRationale: string | null;
    responsibleOrg: string | null;
    flags: readonly string[];
    /** the parent, for context: workstream, objective or inspection id */
    parentId: number | null;
    /** how the source wrote it, in words (provenance.ts): present only when there is something to say */
    sourceNotes?: readonly string[];
  }
>;

/** The item's source notes, only when there are any (most items have none). */
const notesOf = (p: Provenance | null | undefined): { sourceNotes?: readonly string[] } => {
  const notes = describeProvenance(p);
  return notes.length > 0 ? { sourceNotes: notes } : {};
};

const dueOf = (r: {
  dueText: string | null;
  dueDate: IsoDate | null;
  duePrecision: Due['precision'];
  dueKind: Due['kind'];
  internalDeadline: boolean;
}): Due => ({
  text: r.dueText,
  date: r.dueDate,
  precision: r.duePrecision,
  kind: r.dueKind,
  internalDeadline: r.internalDeadline,
});

const meta = (m: Meta): Meta => ({ id: m.id, version: m.version, modified: m.modified });

export function fromAction(a: Stored<'actions'>): TrackedItem {
  const label = a.kind === 'deliverable' ? 'Deliverable' : a.kind === 'template' ? 'Toolkit action' : 'Action';
  return {
    ...meta(a),
    list: 'actions',
    label: a.ref ? `${label} ${a.ref}` : label,
    title: a.title,
    ownerText: a.ownerText,
    owner: a.owner,
    rag: a.rag,
    lifecycle: a.lifecycle,
    due: dueOf(a),
    progress: a.progress,
    ragRationale: a.ragRationale,
    responsibleOrg: a.responsibleOrg,
    flags: [...a.flags, ...(a.unreadable ?? [])],
    parentId: a.workstreamId,
    ...notesOf(a.provenance),
  };
}

export function fromRecommendation(r: Stored<'recommendations'>): TrackedItem {
  // An item with parts shows its worst open part.
  const headline = headlineOf(r, r.parts);
  const kind = r.itemKind.charAt(0).toUpperCase() + r.itemKind.slice(1);
  return {
    ...meta(r),
    list: 'recommendations',
    label: `${kind} ${r.number}`,
    title: r.title,
    ownerText: r.ownerText,
    owner: r.owner,
    rag: headline.rag,
    lifecycle: headline.lifecycle,
    due: dueOf(headline),
    progress: r.comment,
    ragRationale: r.ragRationale,
    responsibleOrg: r.responsibleOrg,
    flags: [...r.flags, ...(r.unreadable ?? [])],
    parentId: r.inspectionId,
    ...notesOf(r.provenance),
  };
}

export function fromWorkstream(w: Stored<'workstreams'>): TrackedItem {
  return {
    ...meta(w),
    list: 'workstreams',
    label: w.kind === 'objective' && w.ref ? `Objective ${w.ref}` : 'Workstream',
    title: w.title,
    ownerText: w.ownerText,
    owner: w.owner,
    rag: w.projectRag,
    lifecycle: 'open',
    due: { text: null, date: null, precision: null, kind: 'none', internalDeadline: false },
    progress: w.progress.join('\n') || null,
    ragRationale: null,
    responsibleOrg: null,
    flags: w.unreadable ?? [],
    parentId: w.boardId,
    ...notesOf(w.provenance),
  };
}

/** Days past its deadline as of `asOf` (Europe/London date), or 0 if not overdue. */
export function daysOverdue(item: TrackedItem, asOf: IsoDate): number {
  if (!isOpen(item.lifecycle) || item.due.kind !== 'date' || item.due.date === null) {
    return 0;
  }
  return Math.max(0, daysBetween(item.due.date, asOf));
}

/** My items: overdue first (longest overdue first), then by due date, undated last. */
export function sortMyItems(items: readonly TrackedItem[], asOf: IsoDate): TrackedItem[] {
  const key = (i: TrackedItem): [number, string, string] => {
    const open = isOpen(i.lifecycle);
    const overdue = daysOverdue(i, asOf) > 0;
    const group = !open ? 3 : overdue ? 0 : i.due.date ? 1 : 2;
    return [group, i.due.date ?? '9999-12-31', i.title];
  };
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka[0] - kb[0] || ka[1].localeCompare(kb[1]) || ka[2].localeCompare(kb[2]);
  });
}
