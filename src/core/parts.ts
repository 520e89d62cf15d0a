/**
 * An item may have parts with their own status and due date; the item shows its worst open part.
 */
import type { Part } from './model';
import { isOpen, worstRag, type Lifecycle, type Rag } from './rag';
import type { IsoDate } from './dates';

export type PartSummary = Readonly<{ rag: Rag | null; lifecycle: Lifecycle; dueDate: IsoDate | null }>;

export function summariseParts(parts: readonly Part[]): PartSummary | null {
  if (parts.length === 0) {
    return null;
  }
  const open = parts.filter((p) => isOpen(p.lifecycle));
  if (open.length === 0) {
    return { rag: worstRag(parts.map((p) => p.rag)), lifecycle: 'closed', dueDate: null };
  }
  const dueDates = open.map((p) => p.dueDate).filter((d): d is IsoDate => d !== null).sort();
  return { rag: worstRag(open.map((p) => p.rag)), lifecycle: 'open', dueDate: dueDates[0] ?? null };
}
