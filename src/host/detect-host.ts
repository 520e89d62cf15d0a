/**
 * Host detection (DESIGN §3). `app.initialize()` is always raced against a short timer:
 * outside any host it rejects at once; in a foreign frame it would wait 60 s. We never test
 * `window.top === window.self`, because Teams mobile has no parent frame.
 */
import { themeFromTeams, type HostInfo, type ThemeName } from './host-context';
import type { TeamsFailureNotice } from './startup-failure';

export const HOST_TIMEOUT_MS = 5000;

export type TeamsHooks = Readonly<{
  onThemeChange: (handler: (theme: ThemeName) => void) => void;
  notifySuccess: () => void;
  /** the tab cannot start: Teams replaces its loading indicator with the reason */
  notifyFailure: (notice: TeamsFailureNotice, message: string) => void;
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
    },
    teams: null,
  };
}

export async function detectHost(timeoutMs = HOST_TIMEOUT_MS): Promise<DetectedHost> {
  // teams-js is loaded only here, so the first screen does not wait for it to parse.
  const { app, nestedAppAuth } = await import('@microsoft/teams-js');
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
      },
      teams: {
        onThemeChange: (handler) => app.registerOnThemeChangeHandler((t) => handler(themeFromTeams(t))),
        notifySuccess: () => void app.notifySuccess(),
        notifyFailure: (notice, message) =>
          notice.expected
            ? app.notifyExpectedFailure({ reason: app.ExpectedFailureReason[notice.reason], message })
            : app.notifyFailure({ reason: app.FailedReason[notice.reason], message }),
        naaRecommended: nestedAppAuth.isNAAChannelRecommended(),
      },
    };
  } catch {
    return browserHost();
  } finally {
    clearTimeout(timer);
  }
}
