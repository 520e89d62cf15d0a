/**
 * The tab in Microsoft 365 mode with a fake token provider in place of MSAL: the rest — the
 * SharePoint store, the Graph directory, the use cases, the UI — is the production code.
 */
import { createRoot } from 'react-dom/client';
import type { M365Settings } from '../../../src/config/settings';
import { detectHost, type DetectedHost } from '../../../src/host/detect-host';
import type { TeamsFailureNotice } from '../../../src/host/startup-failure';
import type { TokenProvider } from '../../../src/host/token-provider';
import { renderM365 } from '../../../src/ui/m365/render-m365';

declare const __TRACKER_SETTINGS__: M365Settings;

const user = new URLSearchParams(window.location.search).get('user') ?? 'd.service@colp.example';
const tokens: TokenProvider = {
  sharePoint: async () => `user:${user}`,
  graph: async () => `user:${user}`,
  api: async () => `user:${user}`,
  account: async () => user,
};

/** what the tab told Teams, when the page is opened with ?teams=record (tests/e2e/m365-teams-notify.test.ts) */
type Told = Array<['success'] | ['failure', TeamsFailureNotice, string]>;
declare global {
  interface Window {
    __teamsTold?: Told;
  }
}

/** Teams' hooks recording what the tab reports, in place of teams-js (no Teams host is here). */
function recordingTeams(host: DetectedHost): DetectedHost {
  const told: Told = [];
  window.__teamsTold = told;
  return {
    info: { ...host.info, inTeams: true, hostName: 'Teams', clientType: 'web', frameContext: 'content' },
    teams: {
      onThemeChange: () => undefined,
      notifySuccess: () => void told.push(['success']),
      notifyFailure: (notice, message) => void told.push(['failure', notice, message]),
      openLink: async () => undefined,
      naaRecommended: false,
    },
  };
}

const record = new URLSearchParams(window.location.search).get('teams') === 'record';
void detectHost(200).then((host) =>
  renderM365(createRoot(document.getElementById('root') as HTMLElement), __TRACKER_SETTINGS__, record ? recordingTeams(host) : host, async () => tokens)
);
