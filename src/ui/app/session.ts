/** Local-mode session choices kept in the browser: who I am, and the theme outside Teams. */
import type { ThemeName } from '../../host/host-context';

const USER_KEY = 'actionTracker.user';
const THEME_KEY = 'actionTracker.theme';

/** The seeds' "DS" owns many actions, so a newcomer sees real work at once. */
export const DEFAULT_LOCAL_USER = 'd.service@colp.example';

export function storedUser(): string {
  return localStorage.getItem(USER_KEY) ?? DEFAULT_LOCAL_USER;
}

export function storeUser(id: string): void {
  localStorage.setItem(USER_KEY, id);
}

export function storedTheme(): ThemeName | null {
  const t = localStorage.getItem(THEME_KEY);
  return t === 'light' || t === 'dark' || t === 'contrast' ? t : null;
}

export function storeTheme(theme: ThemeName): void {
  localStorage.setItem(THEME_KEY, theme);
}

/** Outside Teams: the stored choice, else the system's forced-colours or dark preference. */
export function initialBrowserTheme(): ThemeName {
  const stored = storedTheme();
  if (stored) {
    return stored;
  }
  if (window.matchMedia?.('(forced-colors: active)').matches) {
    return 'contrast';
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
