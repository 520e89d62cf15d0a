/** `tracker provision --site URL [--dry-run]`: the schema onto a SharePoint site, app-only. */
import { provision } from '../../lists-provisioning/provision';
import { appOnlyTokenSource } from '../adapters/sharepoint/app-only-token';
import { createSp } from '../adapters/sharepoint/pnp-preset';
import { readCertificateSettings, sharePointResource } from '../config/settings';
import { InvalidValueError } from '../core/errors';
import { parse, UsageError } from './args';
import type { Io } from './commands';
import { USER_AGENT } from './open-store';

export async function provisionCommand(args: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parse(args, { site: { type: 'string' }, 'dry-run': { type: 'boolean' } });
  const site = ((values.site as string | undefined) ?? env.TRACKER_SITE_URL ?? '').replace(/\/+$/, '');
  if (!/^https:\/\/[a-z0-9-]+\.sharepoint\.com\/(sites|teams)\/[^/?#]+$/i.test(site)) {
    throw new UsageError(`--site: give the site as https://<tenant>.sharepoint.com/sites/<name> (got ${JSON.stringify(site || undefined) ?? 'nothing'})`);
  }
  const tenantId = env.TRACKER_TENANT_ID;
  const clientId = env.TRACKER_CLIENT_ID;
  if (!tenantId || !clientId) {
    throw new InvalidValueError(tenantId ? 'TRACKER_CLIENT_ID' : 'TRACKER_TENANT_ID', undefined, 'is required to provision (the app registration with Sites.Selected and the “fullcontrol” role on the site)');
  }
  const getToken = appOnlyTokenSource(tenantId, clientId, readCertificateSettings(env), sharePointResource(site));
  const sp = createSp({ siteUrl: site, getToken, userAgent: USER_AGENT });
  await provision(sp, { dryRun: values['dry-run'] === true, log: io.out });
  return 0;
}
