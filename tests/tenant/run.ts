/**
 * `npm run test:tenant`: the smoke steps against a real tenant, never part of `npm test`.
 * Runs only when Microsoft 365 mode is configured with a certificate; otherwise says it was
 * skipped and sends nothing.
 */
import { GraphDirectory } from '../../src/adapters/graph/graph-directory';
import { appOnlyTokenSource } from '../../src/adapters/sharepoint/app-only-token';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import { USER_AGENT } from '../../src/cli/open-store';
import { readCertificateSettings, readSettings, sharePointResource } from '../../src/config/settings';
import { runTenantSmoke } from './smoke';

// the settings readSettings requires, and the test's own; TRACKER_BOT_ID is optional there
// (no bot: reminders go as activity-feed notifications), so it is named as such
const NEEDED =
  'TRACKER_MODE=m365, TRACKER_TENANT_ID, TRACKER_CLIENT_ID, TRACKER_SITE_URL, TRACKER_TAB_URL, TRACKER_TEAMS_APP_ID, TRACKER_CERT_PATH, TRACKER_CERT_THUMBPRINT and TRACKER_SMOKE_PERSON; TRACKER_BOT_ID too if a reminder bot is deployed';

async function main(env: NodeJS.ProcessEnv): Promise<number> {
  if ((env.TRACKER_MODE ?? 'local') !== 'm365') {
    console.log(`test:tenant skipped: no tenant is configured (set ${NEEDED}). Nothing was sent.`);
    return 0;
  }
  let settings;
  let certificate;
  try {
    settings = readSettings(env);
    certificate = readCertificateSettings(env);
  } catch (error) {
    console.error(`test:tenant not run: ${(error as Error).message}`);
    return 2;
  }
  if (settings.mode !== 'm365' || !env.TRACKER_SMOKE_PERSON) {
    console.error('test:tenant not run: TRACKER_SMOKE_PERSON: is required (a name or e-mail the directory must find, e.g. your own)');
    return 2;
  }
  const sp = createSp({ siteUrl: settings.siteUrl, getToken: appOnlyTokenSource(settings.tenantId, settings.clientId, certificate, sharePointResource(settings.siteUrl)), userAgent: USER_AGENT });
  const directory = new GraphDirectory(appOnlyTokenSource(settings.tenantId, settings.clientId, certificate, 'https://graph.microsoft.com'));
  console.log(`test:tenant against ${settings.siteUrl}`);
  try {
    await runTenantSmoke({ sp, store: new SharePointStore(sp, settings.siteUrl), directory, settings, person: env.TRACKER_SMOKE_PERSON, log: (line) => console.log(line) });
  } catch (error) {
    console.error(`FAIL ${(error as Error).message}`);
    return 1;
  }
  console.log('test:tenant passed');
  return 0;
}

process.exitCode = await main(process.env);
