/** Whether a media query matches, following resizes: a phone-width window, a side panel's width. */
import { useEffect, useState } from 'react';

const NARROW = '(max-width: 639.98px)';
/** a Teams meeting's side panel is 320 px wide */
export const SIDE_PANEL_WIDTH = '(max-width: 320px)';

const matches = (query: string): boolean => typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

export function useMedia(media: string): boolean {
  const [match, setMatch] = useState(() => matches(media));
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') {
      return undefined;
    }
    const query = window.matchMedia(media);
    const onChange = (): void => setMatch(query.matches);
    query.addEventListener('change', onChange);
    onChange();
    return () => query.removeEventListener('change', onChange);
  }, [media]);
  return match;
}

/** True on a phone-width window (below 640 px, where the filter bar folds too). */
export function useNarrow(): boolean {
  return useMedia(NARROW);
}
