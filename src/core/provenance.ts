/**
 * How the source wrote a record, where that differs from what was read: values not written on
 * the row but taken from elsewhere (a merged cell, the item's position, the objective's first
 * row), values kept as written beside their reading ("TBD" read as RAG not set), values the text
 * suggests but nobody set ("(April 2012)" as a due date) and text the export cut ("…").
 * The tab shows each one, so nothing is filled in silently.
 */
export type CutText = Readonly<{
  /** the most complete version of the same text, when another report has it */
  fuller: string | null;
  /** where the fuller version comes from */
  from: string | null;
}>;

export type Provenance = Readonly<{
  inferred?: Readonly<Record<string, string>>;
  asWritten?: Readonly<Record<string, string>>;
  suggested?: Readonly<Record<string, string>>;
  cut?: Readonly<Record<string, CutText>>;
}>;

/** Field names as people read them, for the notes the tab shows. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  number: 'Number',
  comment: 'Comment',
  dueText: 'Due',
  ownerText: 'Owner',
  projectRag: 'Project RAG',
  benefitRag: 'Benefit RAG',
  title: 'Text',
};

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field;

/** One line per note, in the words the tab shows: "Owner inherited: written on OD1-01, …". */
export function describeProvenance(p: Provenance | null | undefined): string[] {
  if (!p) {
    return [];
  }
  const lines: string[] = [];
  for (const [field, how] of Object.entries(p.inferred ?? {})) {
    lines.push(`${fieldLabel(field)} inferred, not written on this row: ${how}`);
  }
  for (const [field, text] of Object.entries(p.asWritten ?? {})) {
    lines.push(`${fieldLabel(field)} as written: “${text}”`);
  }
  for (const [field, text] of Object.entries(p.suggested ?? {})) {
    lines.push(`${fieldLabel(field)} suggested from the text: ${text}`);
  }
  for (const [field, cut] of Object.entries(p.cut ?? {})) {
    lines.push(
      cut.fuller
        ? `${fieldLabel(field)} cut in the export; the fuller version${cut.from ? ` (${cut.from})` : ''}: “${cut.fuller}”`
        : `${fieldLabel(field)} cut in the export (“…”); no fuller version survives`
    );
  }
  return lines;
}
