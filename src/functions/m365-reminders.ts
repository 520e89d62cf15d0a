/**
 * The unattended reminder run in Microsoft 365: the shared wiring (m365-wiring.ts) and the
 * Teams notifier — the bot where one is registered, else the activity feed only. Used by the
 * Azure Functions timer and by "Send nudges now" (remind-now.ts); a missing or malformed setting is named in one line. After the due-date
 * digests it nudges owners missing from open update rounds (the tab cannot send as the bot, so
 * a round's reminders in Microsoft 365 are this run's), through the same ledger.
 */
import { TeamsNotifier } from '../adapters/teams/teams-notifier';
import { londonDateOf } from '../core/dates';
import type { RunSummary } from '../core/reminder-digest';
import { parseReminderPolicy } from '../core/reminder-policy-config';
import { runRoundReminders } from '../jobs/reminders/round-reminders';
import { runReminders } from '../jobs/reminders/run-reminders';
import { credentialsFromEnv, m365Settings, wireM365, type M365Credentials, type M365Wiring } from './m365-wiring';
import type { ThrottleOptions } from '../adapters/sharepoint/pnp-preset';

export { JOB_USER_AGENT } from './m365-wiring';

export type M365RunOptions = Readonly<{ credentials?: M365Credentials; throttle?: ThrottleOptions; board?: string | null }>;

export async function runM365Reminders(env: Readonly<Record<string, string | undefined>>, now: () => Date, options: M365RunOptions = {}): Promise<RunSummary> {
  const settings = m365Settings(env, 'the scheduled reminder job');
  // a bad policy is named before the certificate is read or any service called
  parseReminderPolicy(env.TRACKER_REMINDER_POLICY);
  const wiring = wireM365(settings, options.credentials ?? credentialsFromEnv(env, settings), { now: () => now().getTime(), ...(options.throttle ? { throttle: options.throttle } : {}) });
  return runRemindersOn(wiring, env, now, options.board ?? null);
}

/** The run on wiring already made (the HTTP trigger has checked its caller through the same wiring). */
export async function runRemindersOn(wiring: M365Wiring, env: Readonly<Record<string, string | undefined>>, now: () => Date, board: string | null): Promise<RunSummary> {
  const settings = wiring.settings;
  const policy = parseReminderPolicy(env.TRACKER_REMINDER_POLICY);
  const notifier = new TeamsNotifier({
    teamsAppId: settings.teamsAppId,
    serviceUrl: env.TRACKER_BOT_SERVICE_URL,
    connector: wiring.connector,
    graphToken: wiring.graphToken,
    conversations: wiring.conversations,
    links: wiring.links,
    now: () => now().getTime(),
  });
  const today = londonDateOf(now());
  const items = await runReminders({ store: wiring.store, notifier, people: wiring.people() }, { today, now, policy, ...(board ? { board } : {}) });
  const rounds = await runRoundReminders({ store: wiring.store, notifier }, { today, now, board });
  return {
    today,
    digests: [...items.digests, ...rounds.digests],
    sent: items.sent + rounds.sent,
    skipped: items.skipped + rounds.skipped,
    failed: items.failed + rounds.failed,
  };
}
