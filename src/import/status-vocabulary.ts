/**
 * A status column none of whose words we know is one problem, not one per row: the file uses
 * another vocabulary (or the wrong column is called Status). Said once, naming the column and
 * the words found, before any row is parsed.
 */
import { TrackerError } from '../core/errors';
import { columnLetter, type HeaderMap } from './headers';
import type { Table } from './read-table';
import { ALLOWED_STATUS_WORDS, isKnownStatus } from './status-words';

export function refuseUnknownStatusVocabulary(table: Table, headers: HeaderMap): void {
  const index = headers.columns.status;
  if (index === undefined) {
    return;
  }
  const words = new Set<string>();
  let rows = 0;
  for (const { cells } of table.rows) {
    const value = (cells[index] ?? '').trim();
    if (value === '') {
      continue;
    }
    if (isKnownStatus(value)) {
      return;
    }
    rows += 1;
    words.add(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  // One stray word is a typo in a row; every word unknown, across rows, is a vocabulary.
  if (rows < 2) {
    return;
  }
  const found = [...words].slice(0, 8).map((w) => `"${w}"`).join(', ');
  throw new TrackerError(
    'IMPORT_FORMAT',
    `column ${columnLetter(index)} "${table.headers[index] ?? 'Status'}": none of its ${rows} statuses is a word we know (found ${found}${words.size > 8 ? ', …' : ''}); allowed: ${ALLOWED_STATUS_WORDS}`
  );
}
