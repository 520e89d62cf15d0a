/**
 * The tab's one piece of routing: which item is open. It lives in the URL hash
 * (#/items/actions/12) so a reload, the browser's Back button and a Teams deep link
 * (subPageId "actions:12") all land on the same item.
 */
import { useCallback, useEffect, useState } from 'react';
import { asItemId, type ItemId, type TrackedList } from '../../core/model';

export type ItemRoute = Readonly<{ list: TrackedList; id: ItemId }>;

const LISTS: readonly TrackedList[] = ['actions', 'recommendations', 'workstreams'];

export function parseItemRoute(text: string | null): ItemRoute | null {
  const m = /^(?:#\/items\/)?([a-z]+)[/:](\d+)$/.exec(text ?? '');
  if (!m || !(LISTS as readonly string[]).includes(m[1] as string)) {
    return null;
  }
  return { list: m[1] as TrackedList, id: asItemId(Number(m[2])) };
}

export function useRoute(initial: string | null): [ItemRoute | null, (route: ItemRoute | null) => void] {
  const [route, setRoute] = useState<ItemRoute | null>(() => parseItemRoute(window.location.hash) ?? parseItemRoute(initial));

  useEffect(() => {
    const onChange = (): void => setRoute(parseItemRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  const navigate = useCallback((next: ItemRoute | null) => {
    window.location.hash = next ? `#/items/${next.list}/${next.id}` : '#/';
    setRoute(next);
  }, []);

  return [route, navigate];
}
