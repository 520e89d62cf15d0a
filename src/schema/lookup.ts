/** Lookups over the schema, shared by every adapter and by the query checks. */
import { QueryNotIndexedError, InvalidValueError } from '../core/errors';
import type { ListKey } from '../core/model';
import { LISTS } from './lists';
import type { FieldDef, ListDef } from './types';
import { MAX_PAGE, type ListQuery } from '../ports/tracker-store';

const byKey = new Map<ListKey, ListDef>(LISTS.map((l) => [l.key, l]));

export function listDef(list: ListKey): ListDef {
  const def = byKey.get(list);
  if (!def) {
    throw new InvalidValueError('list', list, `unknown list; allowed: ${LISTS.map((l) => l.key).join(', ')}`);
  }
  return def;
}

export function fieldDef(list: ListKey, key: string): FieldDef {
  const def = listDef(list).fields.find((f) => f.key === key);
  if (!def) {
    throw new InvalidValueError('field', key, `not a field of ${list}`);
  }
  return def;
}

export function isIndexed(list: ListKey, key: string): boolean {
  return key === 'id' || fieldDef(list, key).indexed === true;
}

/**
 * The rules every adapter applies to a query, so a query that would fail against a large
 * SharePoint list (first filter not indexed, unindexed sort, page too big) fails everywhere.
 */
export function checkQuery(list: ListKey, query: ListQuery): void {
  const first = query.where[0];
  if (!first || !isIndexed(list, first.field) || first.op === 'ne' || first.op === 'notNull') {
    throw new QueryNotIndexedError(list, first ? `${first.field} ${first.op}` : undefined);
  }
  for (const c of query.where) {
    // 'id' is every list's own column; any other name must be a field of this list
    if (c.field !== 'id') {
      fieldDef(list, c.field);
    }
  }
  for (const o of query.orderBy ?? []) {
    if (!isIndexed(list, o.field)) {
      throw new QueryNotIndexedError(list, `order by ${o.field}`);
    }
  }
  const top = query.top ?? 100;
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE) {
    throw new InvalidValueError('top', top, `a page is 1 to ${MAX_PAGE} items`);
  }
}
