/**
 * Reading a large list through windows of ids. SharePoint refuses a query (the list view
 * threshold) when its first indexed filter still matches more than 5,000 items — "open
 * actions" on a list of 20,000 open actions, say. A window `Id gt lo and Id le lo+5000` can
 * match at most 5,000, so a query led by it is always answered; the rest of the filter then
 * narrows that window. The store falls back to windows when SharePoint refuses a query, and a
 * page cursor is then the REST address of the next window (or SharePoint's own nextLink
 * inside one), so callers page exactly as before.
 */
import type { Condition } from '../../ports/tracker-store';

/** ids per window: SharePoint's list view threshold */
export const ID_WINDOW = 5000;

/** The window's conditions, to put before the query's own. */
export function windowConditions(after: number): Condition[] {
  return [
    { field: 'id', op: 'gt', value: after },
    { field: 'id', op: 'le', value: after + ID_WINDOW },
  ];
}

/** The window a page address belongs to (its $filter leads with one), or null. */
export function windowOf(address: string): { after: number; upTo: number } | null {
  const filter = new URL(address).searchParams.get('$filter') ?? '';
  const m = /^Id gt (\d+) and Id le (\d+)( and |$)/.exec(filter);
  return m ? { after: Number(m[1]), upTo: Number(m[2]) } : null;
}
