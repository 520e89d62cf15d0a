/**
 * The scheduled reminder job wired to HTTP-level fakes of everything it calls (SharePoint, Graph
 * through the Teams fake, the Bot Connector), and a run of it at a given instant, as the timer
 * runs it. The suites of the hosted job start from this.
 */
import { setupServer } from 'msw/node';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { runM365Reminders } from '../../src/functions/m365-reminders';
import { botCertificate, FakeBotFramework } from '../fakes/bot-framework-fake';
import { BOT, M365_JOB_ENV, TENANT, provisionedJobSite } from '../fakes/m365-job-env';
import { SITE } from '../fakes/provisioned-site';
import { FakeTeams } from '../fakes/teams-fake';

export function reminderJobOnFakes() {
  const certificate = botCertificate();
  const sharePoint = provisionedJobSite();
  const botFramework = new FakeBotFramework({ tenantId: TENANT, botId: BOT }, certificate);
  const teams = new FakeTeams(botFramework);
  const server = setupServer(...teams.handlers(), ...sharePoint.handlers(), ...botFramework.handlers());
  const store = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 'app-only', throttle: { sleep: async () => undefined } }), SITE);
  /** the run's options: fixed tokens for SharePoint and Graph, the bot's certificate, no waiting */
  const credentials = {
    credentials: { sharePoint: async () => 'app-only', graph: async () => 'graph-token', certificate },
    throttle: { sleep: async () => undefined },
  };
  const run = (at: Date) => runM365Reminders(M365_JOB_ENV, () => at, credentials);
  return { sharePoint, teams, server, store, run, credentials };
}
