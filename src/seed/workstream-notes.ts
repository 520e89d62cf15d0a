/**
 * What a workstream's latest highlight report says that its fields cannot: text the export cut
 * (shown by its most complete version from another report, the cut one kept in a note), text
 * completed by whoever read the export (said, never silent), and a RAG written as a word that is
 * no RAG ("TBD", kept as written beside "not set").
 */
import type { SourceNote } from '../core/provenance';
import { readStatus } from '../core/rag';
import { fullerVersion, isCut, type Fuller } from './cut-text';
import { reportLabel } from './highlight-deliverables';
import type { RawHighlight } from './seed-types';

type ListField = 'objectives' | 'kpis' | 'progress' | 'nextSteps';
const LIST_FIELDS: readonly ListField[] = ['objectives', 'kpis', 'progress', 'nextSteps'];

/** Text completed when the export was read (seed-data notes): kept, and said. */
const COMPLETED_ON_READING: Readonly<Record<string, ReadonlyArray<Readonly<{ field: ListField; cut: string; read: string }>>>> = {
  'wsr-2023-retention-exiting': [{ field: 'nextSteps', cut: 'A Terms of Re…has been proposed', read: 'A Terms of Reference has been proposed' }],
};

export type WorkstreamText = Readonly<Record<ListField, readonly string[]>> & Readonly<{ notes: readonly SourceNote[] }>;

/** The report's lists with cut text shown by its fullest version elsewhere, and notes saying so. */
export function workstreamText(report: RawHighlight, all: readonly RawHighlight[]): WorkstreamText {
  const notes: SourceNote[] = [];
  const out = {} as Record<ListField, readonly string[]>;
  for (const field of LIST_FIELDS) {
    const candidates: Fuller[] = all.filter((r) => r.id !== report.id).flatMap((r) => r[field].map((text) => ({ text, from: reportLabel(r) })));
    out[field] = report[field].map((text) => {
      if (!isCut(text)) {
        return text;
      }
      const fuller = fullerVersion(text, candidates);
      notes.push({ kind: 'cut', field, text, fuller: fuller?.text ?? null, from: fuller?.from ?? null });
      return fuller?.text ?? text;
    });
  }
  for (const c of COMPLETED_ON_READING[report.id] ?? []) {
    if (out[c.field].some((t) => t.includes(c.read))) {
      notes.push({ kind: 'cut', field: c.field, text: c.cut, fuller: c.read, from: `completed when the export was read (${reportLabel(report)}): the export has only “${c.cut}”` });
    }
  }
  for (const field of ['projectRag', 'benefitRag'] as const) {
    const written = report[field];
    if (written !== null && readStatus(written, field).rag === null) {
      notes.push({ kind: 'asWritten', field, text: written, from: reportLabel(report) });
    }
  }
  return { ...out, notes };
}
