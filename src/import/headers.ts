/**
 * Recognises a spreadsheet's header row: each column is matched, case-insensitively and
 * ignoring punctuation, against the synonyms people use; the columns present decide whether
 * the rows are inspection recommendations, plan actions or workstream deliverables.
 */
import { TrackerError } from '../core/errors';

export type ImportField =
  | 'inspection'
  | 'published'
  | 'scope'
  | 'number'
  | 'kind'
  | 'text'
  | 'status'
  | 'lifecycle'
  | 'due'
  | 'owner'
  | 'ownerEmail'
  | 'comment'
  /** a second comment column (Lists' Notes beside its Description): kept after the comment */
  | 'notes'
  | 'workstream'
  | 'objective'
  | 'strand'
  | 'ref'
  | 'appliesToForce'
  | 'ragRationale'
  | 'responsibleOrg'
  | 'protectedCharacteristics'
  | 'equalityDuties'
  /** an item's parts, as our own export writes them (one JSON object a line) */
  | 'parts'
  /** our own export's derived date: recognised so it is not reported, never read */
  | 'dueDerived'
  /** our own export's source notes (how the source wrote it): recognised, never read */
  | 'sourceNotes';

export const SYNONYMS: Readonly<Record<ImportField, readonly string[]>> = {
  inspection: ['Inspection', 'Report', 'Inspection Report'],
  published: ['Published', 'Publication Date'],
  scope: ['Scope'],
  number: ['No', 'No.', 'Number', 'Rec No', '#'],
  ref: ['Ref', 'Reference', 'Action Ref'],
  kind: ['Type', 'Kind', 'Category'],
  text: ['Recommendation', 'Recommendation / AFI', 'Action', 'Text', 'Description', 'Deliverable', 'Task Name', 'Task', 'Title'],
  status: ['Status', 'RAG', 'RAG Status'],
  lifecycle: ['Lifecycle', 'Stage'],
  due: ['Due', 'Due Date', 'Target Date', 'Deadline', 'Date'],
  owner: ['Owner', 'Lead', 'Action Owner', 'Assigned To', 'Assignee'],
  ownerEmail: ['Owner Email', 'Owner UPN', 'Owner E-mail'],
  comment: ['Comment', 'Update', 'Progress', 'Current Position'],
  notes: ['Notes'],
  workstream: ['Workstream'],
  objective: ['Objective'],
  strand: ['Strand'],
  appliesToForce: ['Applies to force', 'Applies to the force', 'Applies'],
  ragRationale: ['RAG rationale', 'Rationale'],
  responsibleOrg: ['Responsible organisation', 'Responsible organization', 'Responsible body'],
  protectedCharacteristics: ['Protected characteristics'],
  equalityDuties: ['Equality duties'],
  parts: ['Parts'],
  dueDerived: ['Due (derived date)'],
  sourceNotes: ['As the source wrote it'],
};

export type ImportKind = 'recommendations' | 'actions' | 'deliverables';

export type HeaderMap = Readonly<{
  kind: ImportKind;
  columns: Readonly<Partial<Record<ImportField, number>>>;
  /** headers that matched nothing: reported, not fatal */
  ignored: readonly string[];
}>;

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9#/]+/g, ' ').replace(/\s*\/\s*/g, '/').trim();

const LOOKUP = new Map<string, ImportField>(
  (Object.entries(SYNONYMS) as Array<[ImportField, readonly string[]]>).flatMap(([field, names]) =>
    names.map((n) => [norm(n), field] as [string, ImportField])
  )
);

/** A spreadsheet's name for column i (0-based): A, B, … Z, AA, … */
export function columnLetter(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Two columns with one name, or two names for one field: one of them would be silently dropped. */
function refuseDuplicates(headers: readonly string[]): void {
  const seen = new Map<string, number>();
  const clashes: string[] = [];
  headers.forEach((h, i) => {
    if (h.trim() === '') {
      return;
    }
    const key = LOOKUP.get(norm(h)) ?? `header:${norm(h)}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, i);
      return;
    }
    const a = headers[first] as string;
    const field = LOOKUP.get(norm(h));
    clashes.push(
      norm(a) === norm(h)
        ? `"${h}" appears twice (columns ${columnLetter(first)} and ${columnLetter(i)})`
        : `"${a}" (column ${columnLetter(first)}) and "${h}" (column ${columnLetter(i)}) both mean ${field}`
    );
  });
  if (clashes.length > 0) {
    throw new TrackerError('IMPORT_FORMAT', `row 1: duplicate columns: ${clashes.join('; ')}; keep one of each and import again`);
  }
}

/** `defaultKind`: what the rows are when no column says (a Planner or Lists export: actions). */
export function recogniseHeaders(headers: readonly string[], defaultKind: ImportKind | null = null): HeaderMap {
  refuseDuplicates(headers);
  const columns: Partial<Record<ImportField, number>> = {};
  const ignored: string[] = [];
  headers.forEach((h, i) => {
    const field = LOOKUP.get(norm(h));
    if (field && columns[field] === undefined) {
      columns[field] = i;
    } else if (h.trim() !== '') {
      ignored.push(h);
    }
  });
  if (columns.text === undefined) {
    throw new TrackerError(
      'IMPORT_FORMAT',
      `row 1: no text column; name one of: ${SYNONYMS.text.join(', ')} (headers found: ${headers.join(', ') || 'none'})`
    );
  }
  let kind: ImportKind;
  if (columns.inspection !== undefined) {
    kind = 'recommendations';
  } else if (columns.workstream !== undefined) {
    kind = 'deliverables';
  } else if (columns.objective !== undefined || columns.strand !== undefined || columns.ref !== undefined) {
    kind = 'actions';
  } else if (defaultKind !== null) {
    kind = defaultKind;
  } else {
    throw new TrackerError(
      'IMPORT_FORMAT',
      'row 1: cannot tell which list these rows belong to; add an Inspection column (recommendations), an Objective, Strand or Ref column (actions) or a Workstream column (deliverables)'
    );
  }
  return { kind, columns, ignored };
}
