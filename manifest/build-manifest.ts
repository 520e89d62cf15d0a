/**
 * The Teams app manifest, generated from one configuration (tenant, client id, host URL,
 * bot id): a personal tab (My items), a configurable tab for channels, group chats and
 * meetings, the reminder bot, NAA token prefetch, and the smallest list of valid domains.
 */
import type { M365Settings } from '../src/config/settings';
import { ITEM_DUE_ACTIVITY } from '../src/adapters/teams/activity-feed-type';
import { apiAppIdUri, TAB_GRAPH_SCOPES } from '../src/host/scopes';
import { ACCENT } from './icons';

export const MANIFEST_VERSION = '1.27';
export const APP_VERSION = '0.1.0';


export function buildManifest(settings: M365Settings): Record<string, unknown> {
  const host = new URL(settings.tabUrl).host;
  return {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: APP_VERSION,
    id: settings.teamsAppId,
    developer: {
      name: 'Action Tracker',
      websiteUrl: `${settings.tabUrl}/`,
      privacyUrl: `${settings.tabUrl}/privacy.html`,
      termsOfUseUrl: `${settings.tabUrl}/terms.html`,
    },
    name: { short: 'Action Tracker', full: 'Action Tracker: governance actions and recommendations' },
    description: {
      short: 'Update workstreams, actions and inspection recommendations for your board.',
      full: 'Owners update progress, RAG and due dates of workstreams, action plans and inspection recommendations kept in SharePoint lists, get due-date reminders in Teams, and board secretaries bring list views and board packs into meetings.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT,
    staticTabs: [
      {
        entityId: 'myItems',
        name: 'My items',
        contentUrl: `${settings.tabUrl}/`,
        websiteUrl: `${settings.tabUrl}/`,
        scopes: ['personal'],
        context: ['personalTab'],
      },
    ],
    configurableTabs: [
      {
        configurationUrl: `${settings.tabUrl}/#/configure`,
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat'],
        context: ['channelTab', 'privateChatTab', 'meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel'],
      },
    ],
    // Only a bot that is configured: Teams refuses a package naming a bot it cannot find, so a
    // tenant without the reminder bot gets no bots entry at all.
    ...(settings.botId ? { bots: [{ botId: settings.botId, scopes: ['personal'], isNotificationOnly: false, supportsFiles: false }] } : {}),
    permissions: ['identity'],
    validDomains: [host],
    showLoadingIndicator: true,
    webApplicationInfo: {
      id: settings.clientId,
      // The Application ID URI the app registration exposes (Entra: Expose an API), on the
      // domain the tab is served from, as Teams requires for SSO.
      resource: apiAppIdUri(settings.tabUrl, settings.clientId),
      nestedAppAuthInfo: [{ redirectUri: `brk-multihub://${host}`, scopes: [...TAB_GRAPH_SCOPES] }],
    },
    activities: {
      activityTypes: [{ ...ITEM_DUE_ACTIVITY }],
    },
  };
}
