/**
 * An item may have parts with their own status and due date (seed 004 has items with two
 * status rows); the item shows its worst open part. The headline is what counts, filters,
 * reminders and exports see, so seeding and imports store it in the item's own fields.
 */
import type { Part } from './model';
import { isOpen, worstRag, type Lifecycle, type Rag } from './rag';
import type { IsoDate } from './dates';

export type PartSummary = Readonly<{ rag: Rag | null; lifecycle: Lifecycle; dueDate: IsoDate | null }>;

/** The part whose due date heads the item: the earliest open part still to deliver. */
function duePart(open: readonly Part[]): Part | null {
  // A GREEN part is implemented: while another open part is still to deliver, its date is not the one due.
  const pending = open.filter((p) => p.rag !== 'GREEN');
  const pool = (pending.length > 0 ? pending : open).filter((p) => p.dueDate !== null);
  return [...pool].sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))[0] ?? null;
}

type Headline = Pick<Part, 'rag' | 'lifecycle' | 'dueText' | 'dueDate' | 'duePrecision' | 'dueKind' | 'internalDeadline'>;

/** The parts' headline alone (no item behind it): one rule with headlineOf, so the two never disagree. */
export function summariseParts(parts: readonly Part[]): PartSummary | null {
  if (parts.length === 0) {
    return null;
  }
  const none: Headline = { rag: null, lifecycle: 'open', dueText: null, dueDate: null, duePrecision: null, dueKind: 'none', internalDeadline: false };
  const { rag, lifecycle, dueDate } = headlineOf(none, parts);
  return { rag, lifecycle, dueDate };
}

/**
 * The item's own RAG, lifecycle and due from its parts: worst RAG of the open parts, the
 * earliest open due (as written on that part), closed only when every part is. Without
 * parts the item's own fields stand.
 */
export function headlineOf<T extends Headline>(item: T, parts: readonly Part[]): T {
  if (parts.length === 0) {
    return item;
  }
  const open = parts.filter((p) => isOpen(p.lifecycle));
  if (open.length === 0) {
    const same = parts.every((p) => p.lifecycle === parts[0]?.lifecycle);
    return { ...item, rag: worstRag(parts.map((p) => p.rag)), lifecycle: same ? (parts[0]?.lifecycle ?? 'closed') : 'closed' };
  }
  const due = duePart(open);
  return {
    ...item,
    rag: worstRag(open.map((p) => p.rag)),
    lifecycle: open.some((p) => p.lifecycle === 'open') ? 'open' : 'closure-proposed',
    ...(due
      ? { dueText: due.dueText, dueDate: due.dueDate, duePrecision: due.duePrecision, dueKind: due.dueKind, internalDeadline: due.internalDeadline }
      : {}),
  };
}
