/**
 * The tab in Microsoft 365 mode with a fake token provider in place of MSAL: the rest — the
 * SharePoint store, the Graph directory, the use cases, the UI — is the production code.
 */
import { createRoot } from 'react-dom/client';
import type { M365Settings } from '../../../src/config/settings';
import { detectHost } from '../../../src/host/detect-host';
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

void detectHost(200).then((host) =>
  renderM365(createRoot(document.getElementById('root') as HTMLElement), __TRACKER_SETTINGS__, host, async () => tokens)
);
