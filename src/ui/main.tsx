/**
 * The tab's composition root. The build fixes the mode (TRACKER_MODE and the other public
 * TRACKER_* settings, read by vite.config.ts): local mode talks to the local server;
 * Microsoft 365 mode signs in with MSAL (NAA inside Teams) and talks to SharePoint and Graph.
 */
import { createRoot } from 'react-dom/client';
import { TrackerApi } from '../adapters/http/tracker-api';
import { ReminderApi } from '../adapters/http/reminder-api';
import { PackApi } from '../adapters/http/pack-api';
import { HttpClosureClient } from '../adapters/http/closure-api';
import { HttpRoundClient } from '../adapters/http/round-api';
import type { Settings } from '../config/settings';
import { londonDateOf } from '../core/dates';
import { detectHost } from '../host/detect-host';
import { App } from './app/App';
import { storedUser } from './app/session';

declare const __TRACKER_SETTINGS__: Settings;

async function start(): Promise<void> {
  const settings = __TRACKER_SETTINGS__;
  const host = await detectHost();
  const root = createRoot(document.getElementById('root') as HTMLElement);
  if (settings.mode === 'm365') {
    const [{ renderM365 }, { createMsalTokenProvider }] = await Promise.all([import('./m365/render-m365'), import('../host/msal-token-provider')]);
    const naa = host.teams?.naaRecommended === true;
    await renderM365(root, settings, host, () =>
      createMsalTokenProvider({ tenantId: settings.tenantId, clientId: settings.clientId, siteUrl: settings.siteUrl, tabUrl: settings.tabUrl, loginHint: host.info.userPrincipalName }, naa)
    );
    return;
  }
  let user = storedUser();
  const client = new TrackerApi({ baseUrl: '', user: () => user });
  root.render(
    <App
      client={client}
      host={host}
      today={londonDateOf(new Date())}
      initialUser={user}
      canSwitchUser
      modeLabel="Local mode"
      reminders={new ReminderApi({ baseUrl: '', user: () => user })}
      packs={new PackApi({ baseUrl: '', user: () => user })}
      closures={new HttpClosureClient({ baseUrl: '', user: () => user })}
      rounds={new HttpRoundClient({ baseUrl: '', user: () => user })}
      onUserChange={(id) => {
        user = id;
      }}
    />
  );
}

void start();
