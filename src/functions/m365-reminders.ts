/**
 * The unattended reminder run in Microsoft 365 (a composition root): SharePoint with app-only
 * certificate tokens (Sites.Selected, write), the board roles from the site's groups, and the
 * Teams bot — or, with no bot configured, the activity feed only. Used by the Azure Functions
 * timer; a missing or malformed setting is named in one line.
 */
import { SharePointBoardPeople } from '../adapters/sharepoint/sharepoint-board-people';
import { appOnlyTokenSource } from '../adapters/sharepoint/app-only-token';
import { createSp } from '../adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../adapters/sharepoint/sharepoint-store';
import { MemoryConversationRefs, TeamsNotifier } from '../adapters/teams/teams-notifier';
import { readCertificateSettings, readSettings, sharePointResource } from '../config/settings';
import { londonDateOf } from '../core/dates';
import { InvalidValueError } from '../core/errors';
import type { RunSummary } from '../core/reminder-digest';
import { parseReminderPolicy } from '../core/reminder-policy-config';
import { itemDeepLink } from '../host/deep-link';
import { runReminders } from '../jobs/reminders/run-reminders';

export const JOB_USER_AGENT = 'NONISV|ActionTracker|ActionTrackerReminders/0.1.0';

export async function runM365Reminders(env: Readonly<Record<string, string | undefined>>, now: () => Date): Promise<RunSummary> {
  const settings = readSettings(env);
  if (settings.mode !== 'm365') {
    throw new InvalidValueError('TRACKER_MODE', env.TRACKER_MODE, 'the scheduled reminder job runs in Microsoft 365 mode (m365)');
  }
  const certificate = readCertificateSettings(env);
  const policy = parseReminderPolicy(env.TRACKER_REMINDER_POLICY);
  const sp = createSp({
    siteUrl: settings.siteUrl,
    getToken: appOnlyTokenSource(settings.tenantId, settings.clientId, certificate, sharePointResource(settings.siteUrl)),
    userAgent: JOB_USER_AGENT,
  });
  const graphToken = appOnlyTokenSource(settings.tenantId, settings.clientId, certificate, 'https://graph.microsoft.com');
  // The bot's own registration gets its Connector token with the same certificate uploaded to it.
  const botToken = settings.botId
    ? appOnlyTokenSource(settings.tenantId, settings.botId, certificate, 'https://api.botframework.com')
    : async () => {
        throw new Error('no bot configured');
      };
  const tab = (hash: string) => `${settings.tabUrl}/${hash}`;
  const notifier = new TeamsNotifier({
    teamsAppId: settings.teamsAppId,
    serviceUrl: env.TRACKER_BOT_SERVICE_URL,
    botToken,
    graphToken,
    conversations: new MemoryConversationRefs(),
    links: {
      item: (list, id, label) => itemDeepLink({ teamsAppId: settings.teamsAppId, entityId: 'myItems', tabUrl: settings.tabUrl, list, id, label }),
      digest: (kind) => tab(kind === 'unassigned' ? '#/unassigned' : kind === 'owner' ? '#/' : '#/all?due=overdue'),
    },
  });
  return runReminders(
    { store: new SharePointStore(sp, settings.siteUrl, 'app'), notifier, people: new SharePointBoardPeople(sp) },
    { today: londonDateOf(now()), now, policy }
  );
}
