/** What the tab knows about where it runs: Teams (and which client) or a plain browser. */
export type ThemeName = 'light' | 'dark' | 'contrast';

export type HostInfo = Readonly<{
  inTeams: boolean;
  /** Teams | Outlook | Office …, or 'browser' */
  hostName: string;
  clientType: string | null;
  theme: ThemeName;
  /** the item a deep link asked for (Teams subPageId / our #/items/… hash) */
  subPageId: string | null;
  /** the signed-in user's UPN in Teams */
  userPrincipalName: string | null;
}>;

/** Teams theme names → ours. 'glass' is new and has no Fluent theme yet: treat it as light. */
export function themeFromTeams(theme: string | undefined): ThemeName {
  switch (theme) {
    case 'dark':
      return 'dark';
    case 'contrast':
      return 'contrast';
    default:
      return 'light';
  }
}
