/**
 * Refuses, row by row, a cell longer than the field it lands in may hold (the schema's Text and
 * Note limits, as edits apply them), before anything parses or stores it: a 50 MB cell must not
 * become a title that every list then carries. Ignored columns are never stored, so not checked.
 */
import type { HeaderMap, ImportField } from './headers';
import { cellLimit } from './limits';
import type { Rejection } from './parse-rows';
import type { Table } from './read-table';

export function refuseLongCells(table: Table, headers: HeaderMap): { table: Table; rejected: Rejection[] } {
  const limits = (Object.entries(headers.columns) as Array<[ImportField, number]>)
    .map(([field, index]) => [index, cellLimit(field), table.headers[index] ?? field] as const)
    .filter((c): c is readonly [number, number, string] => c[1] !== null);
  const rejected: Rejection[] = [];
  const rows = table.rows.filter(({ row, cells }) => {
    for (const [index, limit, name] of limits) {
      const value = cells[index] ?? '';
      if (value.length > limit) {
        rejected.push({
          row,
          field: name,
          problem: `longer than ${limit.toLocaleString('en-GB')} characters (${value.length.toLocaleString('en-GB')}); shorten it`,
          value: `${value.slice(0, 40)}…`,
        });
        return false;
      }
    }
    return true;
  });
  return { table: { headers: table.headers, rows }, rejected };
}
