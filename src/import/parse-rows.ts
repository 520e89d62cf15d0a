/**
 * Turns recognised rows into typed values (pure). A row with a bad value is rejected whole,
 * with `row R: <column>: <problem> (<value>)`; rows that break save rules are kept, flagged.
 */
import { parseDue, type Due } from '../core/due-date';
import { isTrackerError, InvalidValueError } from '../core/errors';
import type { Lifecycle, Rag } from '../core/rag';
import { LIFECYCLES } from '../core/rag';
import type { Part, PersonRef } from '../core/model';
import { readPartsCell } from './parts-cell';
import { EQUALITY_DUTIES, PROTECTED_CHARACTERISTICS } from '../schema/lists';
import type { HeaderMap, ImportField } from './headers';
import type { Table } from './read-table';
import { NOTE_LIMIT } from './limits';
import { readImportStatus } from './status-words';
import { unneutralise } from '../export/formula-guard';

export type ParsedRow = Readonly<{
  row: number;
  inspection: string | null;
  publishedText: string | null;
  scope: 'national' | 'force' | null;
  number: string | null;
  ref: string | null;
  itemKind: string;
  text: string;
  rag: Rag | null;
  /**
   * whether the status cell speaks of RAG: a RAG word or blank. A progress word ("In progress",
   * "Closed") says only the lifecycle, so re-importing it leaves an item's RAG as it is.
   */
  ragGiven: boolean;
  lifecycle: Lifecycle;
  due: Due;
  ownerText: string | null;
  owner: PersonRef | null;
  comment: string | null;
  workstream: string | null;
  objective: string | null;
  strand: string | null;
  appliesToForce: boolean | null;
  ragRationale: string | null;
  responsibleOrg: string | null;
  protectedCharacteristics: readonly string[];
  equalityDuties: readonly string[];
  /** an item's parts (our own export's Parts column); [] when that column is blank */
  parts: readonly Part[];
}>;

export type Rejection = Readonly<{ row: number; field: string; problem: string; value: string }>;

export function formatRejection(r: Rejection): string {
  return `row ${r.row}: ${r.field}: ${r.problem} (${JSON.stringify(r.value)})`;
}

/** Owners named in the file, resolved before parsing: by e-mail, or by a name/role/initials. */
export type OwnerLookup = Readonly<{
  byEmail: ReadonlyMap<string, PersonRef | null>;
  byText: ReadonlyMap<string, PersonRef | null>;
}>;

/** Undoes the export's formula neutralisation (formula-guard.ts): that leading ' is ours. */
function cell(cells: readonly string[], index: number | undefined): string | null {
  if (index === undefined) {
    return null;
  }
  // Free text is kept exactly as written; only a blank cell is "nothing".
  const raw = cells[index] ?? '';
  if (raw.trim() === '') {
    return null;
  }
  return unneutralise(raw);
}

function multi(value: string | null, allowed: readonly string[], column: string, split: RegExp): string[] {
  if (!value) {
    return [];
  }
  return value
    .split(split)
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v) => {
      const hit = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
      if (!hit) {
        throw new InvalidValueError(column, v, `allowed: ${allowed.join('; ')}`);
      }
      return hit;
    });
}

function yesNo(value: string | null, column: string): boolean | null {
  if (value === null) {
    return null;
  }
  if (/^(y|yes|true|1)$/i.test(value)) {
    return true;
  }
  if (/^(n|no|false|0)$/i.test(value)) {
    return false;
  }
  throw new InvalidValueError(column, value, 'write Yes or No');
}

function scopeOf(value: string | null, column: string): 'national' | 'force' | null {
  if (value === null) {
    return null;
  }
  const v = value.toLowerCase();
  if (v === 'national' || v === 'force') {
    return v;
  }
  throw new InvalidValueError(column, value, 'allowed: national, force');
}

/** The comment, then a second comment column's notes, a blank line between: both kept as written. */
function commentOf(comment: string | null, notes: string | null, column: string): string | null {
  const joined = [comment, notes].filter((t): t is string => t !== null).join('\n\n');
  if (joined.length > NOTE_LIMIT) {
    throw new InvalidValueError(column, `${joined.slice(0, 40)}…`, `with the comment, longer than ${NOTE_LIMIT.toLocaleString('en-GB')} characters; shorten one`);
  }
  return joined === '' ? null : joined;
}

function lifecycleOf(value: string | null, column: string): Lifecycle | null {
  if (value === null) {
    return null;
  }
  const v = value.toLowerCase().replace(/\s+/g, '-');
  if ((LIFECYCLES as readonly string[]).includes(v)) {
    return v as Lifecycle;
  }
  throw new InvalidValueError(column, value, `allowed: ${LIFECYCLES.join(', ')}`);
}

export function parseRows(
  table: Table,
  headers: HeaderMap,
  owners: OwnerLookup
): { rows: ParsedRow[]; rejected: Rejection[] } {
  const rows: ParsedRow[] = [];
  const rejected: Rejection[] = [];
  const col = (f: ImportField): number | undefined => headers.columns[f];
  const name = (f: ImportField): string => table.headers[col(f) ?? -1] ?? f;
  for (const { row, cells } of table.rows) {
    const get = (f: ImportField): string | null => cell(cells, col(f));
    // identity and enumerated columns ignore stray spaces; free text does not
    const key = (f: ImportField): string | null => get(f)?.trim() ?? null;
    try {
      const text = get('text');
      if (text === null) {
        throw new InvalidValueError(name('text'), '', 'is required');
      }
      if (headers.kind === 'recommendations') {
        if (key('inspection') === null) {
          throw new InvalidValueError(name('inspection'), '', 'is required');
        }
        if (key('number') === null) {
          throw new InvalidValueError(name('number'), '', 'is required: items are matched by inspection and number');
        }
      }
      if (headers.kind === 'deliverables' && key('workstream') === null) {
        throw new InvalidValueError(name('workstream'), '', 'is required');
      }
      const status = readImportStatus(get('status'), name('status'));
      const lifecycle = lifecycleOf(key('lifecycle'), name('lifecycle')) ?? status.lifecycle ?? 'open';
      const due = parseDue(get('due'), name('due'));
      const publishedText = key('published');
      if (publishedText !== null && parseDue(publishedText, name('published')).kind !== 'date') {
        throw new InvalidValueError(name('published'), publishedText, 'must be a date');
      }
      const email = key('ownerEmail');
      let owner: PersonRef | null = null;
      if (email !== null) {
        owner = owners.byEmail.get(email.toLowerCase()) ?? null;
        if (!owner) {
          throw new InvalidValueError(name('ownerEmail'), email, 'is not in the directory');
        }
      }
      const ownerText = get('owner');
      owner ??= ownerText ? (owners.byText.get(ownerText.toLowerCase()) ?? null) : null;
      rows.push({
        row,
        inspection: key('inspection'),
        publishedText,
        scope: scopeOf(key('scope'), name('scope')),
        number: key('number'),
        ref: key('ref'),
        itemKind: (key('kind') ?? 'recommendation').toLowerCase(),
        text,
        rag: status.rag,
        ragGiven: status.rag !== null || status.lifecycle === null,
        lifecycle,
        due,
        ownerText,
        owner,
        comment: commentOf(get('comment'), get('notes'), name('notes')),
        workstream: key('workstream'),
        objective: key('objective'),
        strand: key('strand'),
        appliesToForce: yesNo(key('appliesToForce'), name('appliesToForce')),
        ragRationale: get('ragRationale'),
        responsibleOrg: get('responsibleOrg'),
        protectedCharacteristics: multi(get('protectedCharacteristics'), PROTECTED_CHARACTERISTICS, name('protectedCharacteristics'), /[;,]/),
        equalityDuties: multi(get('equalityDuties'), EQUALITY_DUTIES, name('equalityDuties'), /;/),
        parts: readPartsCell(get('parts'), name('parts')),
      });
    } catch (error) {
      if (error instanceof InvalidValueError) {
        rejected.push({
          row,
          field: error.field,
          problem: error.problem,
          value: typeof error.value === 'string' ? error.value : JSON.stringify(error.value),
        });
      } else if (isTrackerError(error)) {
        rejected.push({ row, field: 'row', problem: error.message, value: '' });
      } else {
        throw error;
      }
    }
  }
  return { rows, rejected };
}
