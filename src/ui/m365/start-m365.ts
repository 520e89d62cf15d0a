/**
 * The Microsoft 365 composition root of the tab: tokens (NAA in Teams, MSAL outside),
 * the SharePoint store and Graph directory, the person and their role on the board.
 */
import { GraphDirectory } from '../../adapters/graph/graph-directory';
import { createSp } from '../../adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../adapters/sharepoint/sharepoint-store';
import { siteRoles } from '../../adapters/sharepoint/site-role';
import type { M365Settings } from '../../config/settings';
import type { TokenProvider } from '../../host/token-provider';
import type { Person } from '../../ports/directory';
import { M365TrackerClient } from './m365-client';

export type M365Wiring = Readonly<{ client: M365TrackerClient; actor: Person }>;

export async function wireM365(settings: M365Settings, tokens: TokenProvider, graphBaseUrl?: string): Promise<M365Wiring> {
  const sp = createSp({ siteUrl: settings.siteUrl, getToken: () => tokens.sharePoint() });
  const store = new SharePointStore(sp, settings.siteUrl);
  const directory = new GraphDirectory(() => tokens.graph(), graphBaseUrl ? { baseUrl: graphBaseUrl } : {});
  const id = await tokens.account();
  const [profile, roles] = await Promise.all([directory.get(id), siteRoles(sp)]);
  const actor: Person = { ...(profile ?? { id, mail: id, displayName: id, jobTitle: null, aliases: [] }), ...roles };
  return { client: new M365TrackerClient(store, directory, actor), actor };
}
