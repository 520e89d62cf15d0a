/**
 * Any list view of the tab as a table, exactly as filtered on screen: the same columns for
 * every view (what it is, its text, owner as written and as a person, due as written and
 * derived, RAG, lifecycle, progress), so a secretary can paste it into a board pack.
 */
import type { ListedItem } from '../core/item-filter';
import type { TrackedItem } from '../core/tracked-item';
import { ragLabel, type Rag } from '../core/rag';
import type { WorkstreamSummary } from '../core/workstream-view';
import type { ExportTable } from './export-rows';

const isListed = (i: TrackedItem): i is ListedItem => 'board' in i;

/** A view whose items know their board (All items) also exports the board and where each sits. */
export function viewTable(title: string, items: readonly TrackedItem[]): ExportTable {
  const placed = items.length > 0 && items.every(isListed);
  const table: ExportTable = {
    title,
    headers: ['Item', 'Text', 'Owner', 'Owner email', 'Due', 'Due (derived date)', 'RAG', 'Lifecycle', 'Progress', 'Flags', 'As the source wrote it'],
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
      (i.sourceNotes ?? []).join('\n'),
    ]),
  };
  if (!placed) {
    return table;
  }
  return {
    title,
    headers: [...table.headers, 'Board', 'Where'],
    rows: table.rows.map((row, n) => {
      const i = items[n] as ListedItem;
      return [...row, i.board ?? '', i.context ?? ''];
    }),
  };
}

/** The Workstreams list as filtered: each workstream's two RAGs, owner, last report and deliverables. */
export function workstreamTable(title: string, streams: readonly WorkstreamSummary[]): ExportTable {
  const rag = (r: Rag | null): string => (r === null ? '' : ragLabel(r));
  return {
    title,
    headers: ['Workstream', 'Programme', 'Board', 'Owner', 'Owner email', 'Project RAG', 'Benefit RAG', 'Last report', 'Deliverables'],
    rows: streams.map((w) => [
      w.title,
      w.programme ?? '',
      w.board ?? '',
      w.ownerText ?? w.owner?.displayName ?? '',
      w.owner?.id ?? '',
      rag(w.projectRag),
      rag(w.benefitRag),
      w.lastReportDate ?? '',
      (Object.entries(w.deliverables) as Array<[string, number]>)
        .filter(([, n]) => n > 0)
        .map(([k, n]) => `${n} ${k === 'notSet' ? 'no RAG' : k === 'closed' ? 'closed' : ragLabel(k as Rag)}`)
        .join(', '),
    ]),
  };
}
