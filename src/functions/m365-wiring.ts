/**
 * What the reminder job and the bot share in Microsoft 365 (a composition root): SharePoint
 * with app-only certificate tokens, the board roles from the site's groups, Graph, the Bot
 * Connector with the bot's own token, the conversations the bot captured (BotConversations
 * list) and the tab's deep links. Credentials come from the certificate in the settings, or are
 * handed in (tests run the same wiring against HTTP-level fakes).
 */
import { readFileSync } from 'node:fs';
import { GraphDirectory } from '../adapters/graph/graph-directory';
import { transitiveUsersOf } from '../adapters/graph/graph-member-of';
import { appOnlyTokenSource } from '../adapters/sharepoint/app-only-token';
import { createSp, type ThrottleOptions, type TokenSource } from '../adapters/sharepoint/pnp-preset';
import { SharePointBoardPeople } from '../adapters/sharepoint/sharepoint-board-people';
import { SharePointStore } from '../adapters/sharepoint/sharepoint-store';
import { BotConnector } from '../adapters/teams/bot-connector';
import { botTokens } from '../adapters/teams/bot-token';
import { ListedConversations } from '../adapters/teams/listed-conversations';
import { readCertificateSettings, readSettings, sharePointResource, type M365Settings } from '../config/settings';
import type { CardLinks } from '../core/cards/reminder-card';
import { InvalidValueError } from '../core/errors';
import { itemDeepLink } from '../host/deep-link';

export const JOB_USER_AGENT = 'NONISV|ActionTracker|ActionTrackerReminders/0.1.0';

export type M365Credentials = Readonly<{
  sharePoint: TokenSource;
  graph: TokenSource;
  /** the certificate's private key (PEM) and SHA-256 thumbprint, for the bot's own token */
  certificate: Readonly<{ privateKeyPem: string; thumbprintSha256: string }>;
}>;

/** The certificate named by TRACKER_CERT_PATH / TRACKER_CERT_THUMBPRINT, used for every token. */
export function credentialsFromEnv(env: Readonly<Record<string, string | undefined>>, settings: M365Settings): M365Credentials {
  const certificate = readCertificateSettings(env);
  return {
    sharePoint: appOnlyTokenSource(settings.tenantId, settings.clientId, certificate, sharePointResource(settings.siteUrl)),
    graph: appOnlyTokenSource(settings.tenantId, settings.clientId, certificate, 'https://graph.microsoft.com'),
    certificate: { privateKeyPem: readFileSync(certificate.certificatePath, 'utf8'), thumbprintSha256: certificate.thumbprintSha256 },
  };
}

export function m365Settings(env: Readonly<Record<string, string | undefined>>, doing: string): M365Settings {
  const settings = readSettings(env);
  if (settings.mode !== 'm365') {
    throw new InvalidValueError('TRACKER_MODE', env.TRACKER_MODE, `${doing} runs in Microsoft 365 mode (m365)`);
  }
  return settings;
}

export type M365Wiring = ReturnType<typeof wireM365>;

export function wireM365(
  settings: M365Settings,
  credentials: M365Credentials,
  options: Readonly<{ throttle?: ThrottleOptions; now?: () => number }> = {}
) {
  const sp = createSp({ siteUrl: settings.siteUrl, getToken: credentials.sharePoint, userAgent: JOB_USER_AGENT, ...(options.throttle ? { throttle: options.throttle } : {}) });
  const store = new SharePointStore(sp, settings.siteUrl, 'app');
  const connector = settings.botId
    ? new BotConnector(botTokens({ tenantId: settings.tenantId, botId: settings.botId, ...credentials.certificate, ...(options.now ? { now: options.now } : {}) }))
    : null;
  const tab = (hash: string) => `${settings.tabUrl}/${hash}`;
  const links: CardLinks = {
    item: (list, id, label) => itemDeepLink({ teamsAppId: settings.teamsAppId, entityId: 'myItems', tabUrl: settings.tabUrl, list, id, label }),
    digest: (kind) => tab(kind === 'unassigned' ? '#/unassigned' : kind === 'round' ? '#/workstreams' : kind === 'owner' ? '#/' : '#/all?due=overdue'),
  };
  return {
    settings,
    store,
    /** read once per run or per press: a new one each time */
    people: () => new SharePointBoardPeople(sp, (groupId) => transitiveUsersOf(credentials.graph, groupId)),
    directory: new GraphDirectory(credentials.graph),
    graphToken: credentials.graph,
    connector,
    conversations: new ListedConversations(store),
    links,
  };
}
