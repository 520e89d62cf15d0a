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
  /** where Teams shows the tab: 'content' (a channel or chat tab), 'sidePanel' (in a meeting), 'meetingStage'…; null outside Teams */
  frameContext: string | null;
  /** the meeting the tab is in, when it is in one (teams-js context.meeting.id) */
  meetingId: string | null;
}>;

/** A meeting's side panel: 320 px wide, so screens show their compact layout. */
export const inSidePanel = (host: Pick<HostInfo, 'frameContext'>): boolean => host.frameContext === 'sidePanel';

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
