/**
 * How the source wrote a record, where that differs from what was read: values not written on
 * the row but taken from elsewhere (a merged cell, the item's position, the objective's first
 * row), values kept as written beside their reading ("TBD" read as RAG not set), values the text
 * suggests but nobody set ("(April 2012)" as a due date) and text the export cut ("…").
 * A list of notes (a Json list field), shown by the tab so nothing is filled in silently.
 */
export type SourceNoteKind = 'inferred' | 'asWritten' | 'suggested' | 'cut';

export type SourceNote = Readonly<{
  kind: SourceNoteKind;
  /** the record's field the note is about */
  field: string;
  /** inferred: how; asWritten: the text as written; suggested: the suggestion; cut: the cut text */
  text: string;
  /** cut: the most complete version of the same text, when another report has it */
  fuller?: string | null;
  /** cut: where the fuller version comes from; asWritten: which report wrote it so */
  from?: string | null;
}>;

export type Provenance = readonly SourceNote[];

/** Field names as people read them, for the notes the tab shows. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  number: 'Number',
  comment: 'Comment',
  dueText: 'Due',
  ownerText: 'Owner',
  projectRag: 'Project RAG',
  benefitRag: 'Benefit RAG',
  title: 'Text',
  objectives: 'Objective',
  kpis: 'KPI',
  progress: 'Progress',
  nextSteps: 'Next step',
  lifecycle: 'Status',
};

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field;

/** The note of a kind about a field, if any. */
export const noteOn = (p: Provenance | null | undefined, kind: SourceNoteKind, field: string): SourceNote | undefined =>
  (p ?? []).find((n) => n.kind === kind && n.field === field);

/** One line per note, in the words the tab shows: "Owner inherited: written on OD1-01, …". */
export function describeProvenance(p: Provenance | null | undefined): string[] {
  return (p ?? []).map((n) => {
    const label = fieldLabel(n.field);
    switch (n.kind) {
      case 'inferred':
        return `${label} inferred, not written on this row: ${n.text}`;
      case 'asWritten':
        return `${label} as written${n.from ? ` in ${n.from}` : ''}: “${n.text}”`;
      case 'suggested':
        return `${label} suggested from the text: ${n.text}`;
      case 'cut':
        return n.fuller
          ? `${label} cut in the export (“${n.text}”); shown by the fuller version${n.from ? ` (${n.from})` : ''}: “${n.fuller}”`
          : `${label} cut in the export (“…”); no fuller version survives`;
    }
  });
}
