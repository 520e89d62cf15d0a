/**
 * The menus' code (menus.tsx) loads after the first screen, not with it, as the header's
 * calendar does: once a screen that has menus has painted its data, or at once when someone
 * opens one first (the menu then opens as soon as its code is here). Until then the triggers
 * are drawn as they will be, without their menus. Wrapping a trigger in its menu draws it
 * afresh, so focus that was on it (or anywhere in `within`) is put back on the same control.
 * Where focus was is read as it moves (focusin), not when the code arrives: a keyboard user may
 * move on between the two, and putting focus back where it *had* been would pull it away from
 * where they are now (the flaky "More" menu in CI). Focus is put back only if the redraw lost it.
 * If the code cannot be fetched, the next attempt asks again.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { afterPaint } from './after-paint';
import type * as MenusModule from './menus';

type Menus = typeof MenusModule;

let loaded: Menus | null = null;
let loading: Promise<Menus> | null = null;
const waiting = new Set<(menus: Menus) => void>();

function loadMenus(): void {
  loading ??= import('./menus').then(
    (m) => {
      loaded = m;
      waiting.forEach((show) => show(m));
      return m;
    },
    (e: unknown) => {
      loading = null;
      throw e;
    }
  );
  loading.catch(() => undefined);
}

/** Tabster's focus guards come and go as focus moves; they are not controls and would shift the count */
const FOCUSABLE = ':is(button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])):not([data-tabster-dummy])';

/** the place of `el` among the focusable controls of `area`, or null when it is not in it */
function placeOf(area: HTMLElement | null, el: EventTarget | Element | null): number | null {
  if (!area || !(el instanceof HTMLElement) || !area.contains(el)) {
    return null;
  }
  const at = [...area.querySelectorAll(FOCUSABLE)].indexOf(el);
  return at >= 0 ? at : null;
}

/** focus was on something the redraw removed: the document has fallen back to its body */
const focusLost = (): boolean => document.activeElement === null || document.activeElement === document.body;

/**
 * The menus, or null until their code is here, and a function that fetches it now. `after`:
 * fetch it once this component has painted (a screen showing its data); false: only when asked.
 * `within`: the part of the page the menus' triggers are in, where focus is kept.
 */
export function useMenus(after: boolean, within: () => HTMLElement | null): readonly [Menus | null, () => void] {
  const [menus, setMenus] = useState<Menus | null>(() => loaded);
  const refocus = useRef<number | null>(null);
  const container = useRef(within);
  container.current = within;
  useEffect(() => {
    if (loaded) {
      setMenus(() => loaded);
      return undefined;
    }
    // where focus is in the area, kept up to date until the menus arrive
    refocus.current = placeOf(container.current(), document.activeElement);
    const track = (e: FocusEvent): void => {
      refocus.current = placeOf(container.current(), e.target);
    };
    document.addEventListener('focusin', track);
    const show = (m: Menus): void => setMenus(() => m);
    waiting.add(show);
    let live = true;
    if (after) {
      void afterPaint().then(() => live && loadMenus());
    }
    return () => {
      live = false;
      document.removeEventListener('focusin', track);
      waiting.delete(show);
    };
    // `menus` only ends the tracking: the layout effect below has used it by then
  }, [after, menus]);
  useLayoutEffect(() => {
    const at = refocus.current;
    if (menus && at !== null) {
      refocus.current = null;
      if (focusLost()) {
        container.current()?.querySelectorAll<HTMLElement>(FOCUSABLE)[at]?.focus();
      }
    }
  }, [menus]);
  return [menus, useCallback(() => loadMenus(), [])] as const;
}
