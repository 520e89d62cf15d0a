/**
 * All items' filter and sort as URL parameters ("due=overdue&rag=RED&sort=rag"): the address a
 * person shares or reloads, and the filter a channel or meeting tab is saved with. Pure, so the
 * tab's settings page (host) and the All items screen (ui) read and write it the same way.
 */
import { InvalidValueError } from './errors';
import { filterParams, NO_FILTER, readFilter, SORT_KEYS, type ItemFilter, type ItemSort } from './item-filter';

export const DEFAULT_SORT: ItemSort = { key: 'due', descending: false };

export type ItemListView = Readonly<{ filter: ItemFilter; sort: ItemSort }>;

/** The filter and sort of a query, naming any bad value (an address someone pasted). */
export function readViewQuery(query: string): ItemListView {
  const params = Object.fromEntries(new URLSearchParams(query));
  const filter = readFilter(params);
  const sort = params.sort ?? '';
  if (sort !== '' && !(SORT_KEYS as readonly string[]).includes(sort)) {
    throw new InvalidValueError('sort', sort, `allowed: ${SORT_KEYS.join(', ')}`);
  }
  return { filter, sort: { key: sort === '' ? DEFAULT_SORT.key : (sort as ItemSort['key']), descending: params.desc === '1' } };
}

/** The filter and sort a link carries; a link with a bad value opens the unfiltered list. */
export function viewFromQuery(query: string): ItemListView {
  const params = Object.fromEntries(new URLSearchParams(query));
  let filter = NO_FILTER;
  try {
    filter = readFilter(params);
  } catch {
    // a hand-edited link: show everything rather than nothing
  }
  const key = (SORT_KEYS as readonly string[]).includes(params.sort ?? '') ? (params.sort as ItemSort['key']) : DEFAULT_SORT.key;
  return { filter, sort: { key, descending: params.desc === '1' } };
}

/** The inverse of viewFromQuery: only what differs from the defaults. */
export function queryOfView(filter: ItemFilter, sort: ItemSort): string {
  const params = new URLSearchParams(filterParams(filter));
  if (sort.key !== DEFAULT_SORT.key) {
    params.set('sort', sort.key);
  }
  if (sort.descending) {
    params.set('desc', '1');
  }
  return params.toString();
}

/**
 * The All items query in what someone pasted: the tab's whole address (…/#/all?due=overdue),
 * its hash, "?due=overdue" or "due=overdue". Anything else is refused, naming it, so a tab is
 * never saved showing something other than what was asked for.
 */
export function allItemsQueryIn(pasted: string): ItemListView {
  const text = pasted.trim();
  const hash = text.indexOf('#');
  let query: string;
  if (hash >= 0) {
    const route = /^#\/all(?:\?(.*))?$/.exec(text.slice(hash));
    if (!route) {
      throw new InvalidValueError('address', text.slice(0, 80), 'is not an address of All items (…/#/all?…)');
    }
    query = route[1] ?? '';
  } else if (/^[a-z]+:\/\//i.test(text)) {
    throw new InvalidValueError('address', text.slice(0, 80), 'has no All items view in it (…/#/all?…)');
  } else {
    query = text.startsWith('?') ? text.slice(1) : text;
  }
  if (query !== '' && !/^[^=&]+=[^&]*(?:&[^=&]+=[^&]*)*$/.test(query)) {
    throw new InvalidValueError('filter', query.slice(0, 80), 'is not a filter written name=value&name=value');
  }
  return readViewQuery(query);
}
