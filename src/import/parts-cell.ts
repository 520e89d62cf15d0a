/**
 * An inspection item's parts in one spreadsheet cell, so they survive an export and a
 * re-import unchanged: one part a line, each a JSON object with the part's label, status,
 * comment and due (as written and derived — "Within 2 years" is dated from the report's
 * publication, which a re-import could not work out again). The row's own Status and Due are
 * the item's headline (its worst open part), so a person reading the sheet sees that first.
 */
import { InvalidValueError } from '../core/errors';
import type { Part } from '../core/model';
import { fieldDef } from '../schema/lookup';
import { checkJsonField } from '../schema/json-shapes';

/** The part's fields in one fixed order: the same part always writes the same line. */
function canonical(p: Part): Part {
  return {
    label: p.label,
    rag: p.rag,
    lifecycle: p.lifecycle,
    dueText: p.dueText,
    dueDate: p.dueDate,
    duePrecision: p.duePrecision,
    dueKind: p.dueKind,
    internalDeadline: p.internalDeadline,
    comment: p.comment,
  };
}

export const canonicalParts = (parts: readonly Part[]): Part[] => parts.map(canonical);

export function writePartsCell(parts: readonly Part[]): string {
  return parts.map((p) => JSON.stringify(canonical(p))).join('\n');
}

/** Reads a Parts cell back; a line that is not a part is refused naming the column and the part. */
export function readPartsCell(cell: string | null, column: string): Part[] {
  if (cell === null || cell.trim() === '') {
    return [];
  }
  const lines = cell.split(/\r?\n/).filter((l) => l.trim() !== '');
  const parts = lines.map((line, i) => {
    try {
      return JSON.parse(line) as unknown;
    } catch {
      throw new InvalidValueError(`${column} (part ${i + 1})`, line, 'is not a part as the export writes it (one {…} a line)');
    }
  });
  try {
    checkJsonField('recommendations', fieldDef('recommendations', 'parts'), parts);
  } catch (error) {
    if (error instanceof InvalidValueError) {
      const n = /\[(\d+)\]/.exec(error.field)?.[1];
      throw new InvalidValueError(`${column}${n !== undefined ? ` (part ${Number(n) + 1})` : ''}`, error.value, error.problem);
    }
    throw error;
  }
  return canonicalParts(parts as Part[]);
}
