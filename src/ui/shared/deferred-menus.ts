/**
 * The menus' code (menus.tsx) loads after the first screen, not with it, as the header's
 * calendar does: once a screen that has menus has painted its data, or at once when someone
 * opens one first (the menu then opens as soon as its code is here). Until then the triggers
 * are drawn as they will be, without their menus. Wrapping a trigger in its menu draws it
 * afresh, so focus that was on it (or anywhere in `within`) is put back on the same control.
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

const FOCUSABLE = 'button, a[href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

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
    const show = (m: Menus): void => {
      const area = container.current();
      const active = document.activeElement;
      refocus.current = area && active instanceof HTMLElement && area.contains(active) ? [...area.querySelectorAll(FOCUSABLE)].indexOf(active) : null;
      setMenus(() => m);
    };
    waiting.add(show);
    let live = true;
    if (after) {
      void afterPaint().then(() => live && loadMenus());
    }
    return () => {
      live = false;
      waiting.delete(show);
    };
  }, [after]);
  useLayoutEffect(() => {
    const at = refocus.current;
    if (menus && at !== null && at >= 0) {
      refocus.current = null;
      container.current()?.querySelectorAll<HTMLElement>(FOCUSABLE)[at]?.focus();
    }
  }, [menus]);
  return [menus, useCallback(() => loadMenus(), [])] as const;
}
