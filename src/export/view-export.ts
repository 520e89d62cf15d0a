/**
 * Any list view of the tab as a table, exactly as filtered on screen: the same columns for
 * every view (what it is, its text, owner as written and as a person, due as written and
 * derived, RAG, lifecycle, progress), so a secretary can paste it into a board pack.
 */
import type { TrackedItem } from '../core/tracked-item';
import { ragLabel } from '../core/rag';
import type { ExportTable } from './export-rows';

export function viewTable(title: string, items: readonly TrackedItem[]): ExportTable {
  return {
    title,
    headers: ['Item', 'Text', 'Owner', 'Owner email', 'Due', 'Due (derived date)', 'RAG', 'Lifecycle', 'Progress', 'Flags'],
    rows: items.map((i) => [
      i.label,
      i.title,
      i.ownerText ?? i.owner?.displayName ?? '',
      i.owner?.id ?? '',
      i.due.text ?? '',
      i.due.date ?? '',
      i.rag === null ? '' : ragLabel(i.rag),
      i.lifecycle,
      i.progress ?? '',
      i.flags.join('; '),
    ]),
  };
}
