/**
 * Host detection (DESIGN §3). `app.initialize()` is always raced against a short timer:
 * outside any host it rejects at once; in a foreign frame it would wait 60 s. We never test
 * `window.top === window.self`, because Teams mobile has no parent frame.
 */
import { themeFromTeams, type HostInfo, type ThemeName } from './host-context';
import type * as TeamsJsModule from '@microsoft/teams-js';
import type { TeamsFailureNotice } from './startup-failure';

type TeamsJs = typeof TeamsJsModule;

export const HOST_TIMEOUT_MS = 5000;

export type TeamsHooks = Readonly<{
  onThemeChange: (handler: (theme: ThemeName) => void) => void;
  notifySuccess: () => void;
  /** the tab cannot start: Teams replaces its loading indicator with the reason */
  notifyFailure: (notice: TeamsFailureNotice, message: string) => void;
  /** opens a link through Teams (on mobile, a SharePoint file opens in its viewer) */
  openLink: (url: string) => Promise<void>;
  /** the host says Nested App Authentication works here */
  naaRecommended: boolean;
}>;

export type DetectedHost = Readonly<{ info: HostInfo; teams: TeamsHooks | null }>;

function browserHost(): DetectedHost {
  return {
    info: {
      inTeams: false,
      hostName: 'browser',
      clientType: null,
      theme: 'light',
      subPageId: null,
      userPrincipalName: null,
      frameContext: null,
      meetingId: null,
    },
    teams: null,
  };
}

type WindowLike = Readonly<{ parent: unknown; self: unknown; opener: unknown }>;

/**
 * True when no Microsoft 365 host can be talking to this page: it is not framed, was not
 * opened by another window, and has no native bridge (Teams mobile hosts the tab in a webview
 * with `nativeInterface` and no parent frame). These are the checks teams-js makes before it
 * gives up, so outside a host the tab need not fetch teams-js at all.
 */
export function cannotBeInHost(win: WindowLike | undefined = typeof window === 'undefined' ? undefined : window): boolean {
  if (!win) {
    return true;
  }
  return win.parent === win.self && !win.opener && !('nativeInterface' in win);
}

export async function detectHost(
  timeoutMs = HOST_TIMEOUT_MS,
  win: WindowLike | undefined = typeof window === 'undefined' ? undefined : window,
  loadTeams: () => Promise<TeamsJs> = () => import('@microsoft/teams-js')
): Promise<DetectedHost> {
  if (cannotBeInHost(win)) {
    return browserHost();
  }
  // teams-js is loaded only here, so the first screen does not wait for it to parse.
  const { app, nestedAppAuth } = await loadTeams();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('host did not answer')), timeoutMs);
  });
  try {
    await Promise.race([app.initialize(), timeout]);
    const context = await Promise.race([app.getContext(), timeout]);
    return {
      info: {
        inTeams: true,
        hostName: String(context.app.host.name),
        clientType: context.app.host.clientType ? String(context.app.host.clientType) : null,
        theme: themeFromTeams(context.app.theme),
        subPageId: context.page.subPageId ?? null,
        userPrincipalName: context.user?.userPrincipalName ?? null,
        frameContext: context.page.frameContext ? String(context.page.frameContext) : null,
        meetingId: context.meeting?.id ?? null,
      },
      teams: {
        onThemeChange: (handler) => app.registerOnThemeChangeHandler((t) => handler(themeFromTeams(t))),
        notifySuccess: () => void app.notifySuccess(),
        notifyFailure: (notice, message) =>
          notice.expected
            ? app.notifyExpectedFailure({ reason: app.ExpectedFailureReason[notice.reason], message })
            : app.notifyFailure({ reason: app.FailedReason[notice.reason], message }),
        openLink: (url) => app.openLink(url),
        naaRecommended: nestedAppAuth.isNAAChannelRecommended(),
      },
    };
  } catch {
    return browserHost();
  } finally {
    clearTimeout(timer);
  }
}
