/**
 * Planner's and Microsoft Lists' own exports, read without editing the file. Their column names
 * are ours under other words (Task Name, Bucket Name, Assigned To, Due date), and two of them
 * mean something else there: Planner's "Progress" is a status (Not started / In progress /
 * Completed), and beside a Task Name or Title the "Description" is the task's notes. Such a file
 * holds actions even without an Objective or Ref column. Lists' "Work progress tracker" has both a
 * Description and Notes: both are kept, the description first (comment, then notes). Planner writes a few lines about the
 * plan above its header row; the header is found below them.
 */
import type { ImportKind } from './headers';

const norm = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const TITLE_WORDS = new Set(['task name', 'title', 'task']);
const SHAPE_WORDS = new Set(['task name', 'bucket name', 'assigned to']);
const STATUS_WORDS = new Set(['status', 'rag', 'rag status']);
const COMMENT_WORDS = new Set(['comment', 'update', 'current position']);

export type TrackerExportShape = Readonly<{
  /** the headers under the names our synonyms know */
  names: readonly string[];
  /** what the rows are when no column says: actions for a Planner or Lists export */
  defaultKind: ImportKind | null;
}>;

export function trackerExportShape(headers: readonly string[]): TrackerExportShape {
  const words = headers.map(norm);
  const isExport = words.some((w) => SHAPE_WORDS.has(w)) || (words.includes('title') && words.includes('assigned to'));
  if (!isExport) {
    return { names: headers, defaultKind: null };
  }
  const hasTitle = words.some((w) => TITLE_WORDS.has(w));
  const hasStatus = words.some((w) => STATUS_WORDS.has(w));
  // Progress is a comment where a Status column says the status
  const hasComment = words.some((w) => COMMENT_WORDS.has(w) || (w === 'progress' && hasStatus));
  const hasNotes = words.includes('notes');
  const names = headers.map((h, i) => {
    const w = words[i] ?? '';
    if (w === 'progress' && !hasStatus) {
      return 'Status';
    }
    if (w === 'description' && hasTitle) {
      // the description lands where no other column holds text about the task
      return !hasComment ? 'Comment' : !hasNotes ? 'Notes' : `${h} (not imported)`;
    }
    if (w === 'bucket name' || w === 'bucket') {
      return 'Objective';
    }
    return h;
  });
  return { names, defaultKind: 'actions' };
}

/**
 * The row that holds the headers: the first of the first ten with at least three cells filled
 * (Planner's lines above it — "Plan name", "Plan ID", "Date of export" — have two), else row 1.
 */
export function headerRowIndex(rows: readonly (readonly string[])[]): number {
  for (let i = 0; i < Math.min(rows.length, 10); i += 1) {
    if ((rows[i] ?? []).filter((c) => c.trim() !== '').length >= 3) {
      return i;
    }
  }
  return 0;
}
