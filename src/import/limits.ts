/**
 * How big an import may be, in one place. A spreadsheet of governance actions has hundreds or a
 * few thousand rows; these bounds are far above that and far below what exhausts memory or
 * stalls the server (a 2.6 MB zip bomb once inflated to 2.8 GB; a 600,000-row sheet ran > 60 s).
 */
import type { ListKey } from '../core/model';
import { fieldDef } from '../schema/lookup';
import type { ImportField } from './headers';

/** data rows (the header row is not counted) */
export const MAX_IMPORT_ROWS = 50_000;

/** inflated bytes of any one entry of a workbook (the sheet XML of 50,000 wide rows fits) */
export const MAX_ZIP_ENTRY_BYTES = 64 * 1024 * 1024;

/** inflated bytes of a whole workbook */
export const MAX_ZIP_TOTAL_BYTES = 96 * 1024 * 1024;

/** A Text field holds 255 characters in SharePoint; SQLite follows the same schema. */
export const TEXT_LIMIT = 255;

/**
 * Long text: the limit edits already apply (item-edit's MAX_TEXT). Titles get it too: the seed
 * documents' own recommendation texts run to 1,600 characters, and an import must re-read them.
 */
export const NOTE_LIMIT = 8000;

/** Where each free-text column lands in the schema, so its limit comes from the field's type. */
const TARGET: Readonly<Partial<Record<ImportField, readonly [ListKey, string]>>> = {
  inspection: ['inspections', 'title'],
  published: ['inspections', 'publishedText'],
  number: ['recommendations', 'number'],
  ref: ['actions', 'ref'],
  text: ['actions', 'title'],
  due: ['actions', 'dueText'],
  owner: ['actions', 'ownerText'],
  comment: ['actions', 'progress'],
  notes: ['actions', 'progress'],
  workstream: ['workstreams', 'title'],
  objective: ['workstreams', 'title'],
  strand: ['workstreams', 'title'],
  ragRationale: ['actions', 'ragRationale'],
  responsibleOrg: ['actions', 'responsibleOrg'],
};

/** An item's parts in one cell: what an Excel cell holds (32,767), less a margin. */
export const PARTS_LIMIT = 32_000;

/**
 * The longest text a column may hold: a Note (or a title) NOTE_LIMIT, any other text field
 * TEXT_LIMIT; enumerated columns (status, kind, yes/no, e-mail…) TEXT_LIMIT too, so a huge
 * cell is never echoed back in an error.
 */
export function cellLimit(field: ImportField): number | null {
  if (field === 'dueDerived' || field === 'sourceNotes') {
    return null;
  }
  if (field === 'parts') {
    return PARTS_LIMIT;
  }
  const target = TARGET[field];
  if (!target) {
    return TEXT_LIMIT;
  }
  const def = fieldDef(target[0], target[1]);
  // a title runs on into its Note beside it on SharePoint (schema/text-overflow.ts)
  return def.type === 'Note' || def.overflow ? NOTE_LIMIT : TEXT_LIMIT;
}
