/**
 * The Microsoft 365 composition root of the tab: tokens (NAA in Teams, MSAL outside),
 * the SharePoint store and Graph directory, the person and their role on the board, and the
 * hosted "Send nudges now" when TRACKER_REMIND_URL names it.
 */
import { lazyDirectory } from '../../adapters/graph/lazy-directory';
import { currentSiteUser } from '../../adapters/sharepoint/current-user';
import { createSp } from '../../adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../adapters/sharepoint/sharepoint-store';
import { siteRoles, type MemberOfGroups } from '../../adapters/sharepoint/site-role';
import type { M365Settings } from '../../config/settings';
import type { TokenProvider } from '../../host/token-provider';
import type { Person } from '../../ports/directory';
import type { FileShelf } from '../../ports/file-shelf';
import type { PeopleLookup } from '../../ports/people-lookup';
import { M365TrackerClient } from './m365-client';
import { M365PackClient } from './m365-pack-client';
import { M365ClosureClient } from './m365-closure-client';
import { M365RoundClient } from './m365-round-client';
import { M365ReminderClient } from './m365-reminder-client';

export type M365Wiring = Readonly<{
  client: M365TrackerClient;
  actor: Person;
  shelf: FileShelf;
  packs: M365PackClient;
  closures: M365ClosureClient;
  rounds: M365RoundClient;
  /** "Send nudges now", where the hosted function's URL is configured */
  reminders?: M365ReminderClient;
}>;

export async function wireM365(settings: M365Settings, tokens: TokenProvider, graphBaseUrl?: string): Promise<M365Wiring> {
  const sp = createSp({ siteUrl: settings.siteUrl, getToken: () => tokens.sharePoint() });
  const store = new SharePointStore(sp, settings.siteUrl);
  // Graph (and its client library) loads when someone looks for a person, not to show My items:
  // who the person is and their roles come from the SharePoint site itself.
  const directory = lazyDirectory(async () => new (await import('../../adapters/graph/graph-directory')).GraphDirectory(() => tokens.graph(), graphBaseUrl ? { baseUrl: graphBaseUrl } : {}));
  const graphOptions = graphBaseUrl ? { baseUrl: graphBaseUrl } : {};
  const people: PeopleLookup = {
    find: async (queries) => new (await import('../../adapters/graph/graph-people-lookup')).GraphPeopleLookup(() => tokens.graph(), graphOptions).find(queries),
  };
  const account = await tokens.account();
  // roles granted through an Entra group nested in a SharePoint group need Graph; it loads only then
  const memberOf: MemberOfGroups = async (ids) => (await import('../../adapters/graph/graph-member-of')).checkMemberGroups(() => tokens.graph(), ids, graphOptions);
  const [me, roles] = await Promise.all([currentSiteUser(sp, account), siteRoles(sp, memberOf)]);
  const actor: Person = { id: me.id, mail: me.id, displayName: me.displayName, jobTitle: null, aliases: [], ...roles };
  // The file upload code loads only when someone saves a file on a phone.
  const shelf: FileShelf = {
    put: async (fileName, bytes) => new (await import('../../adapters/sharepoint/sharepoint-file-shelf')).SharePointFileShelf(sp, settings.siteUrl).put(fileName, bytes),
  };
  return {
    client: new M365TrackerClient(store, directory, actor, () => new Date(), people),
    actor,
    shelf,
    packs: new M365PackClient(store, sp, settings.siteUrl, actor),
    // closure evidence as the item's attachments on its list
    closures: new M365ClosureClient(store, sp, settings.siteUrl, actor),
    rounds: new M365RoundClient(store, actor),
    ...(settings.remindUrl ? { reminders: new M365ReminderClient(settings.remindUrl, () => tokens.api(), store, actor) } : {}),
  };
}
