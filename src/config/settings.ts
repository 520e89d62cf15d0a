/**
 * The one configuration that switches the tab, the CLI and the jobs between local mode and
 * Microsoft 365. Settings come from the environment (TRACKER_*); each is validated here and
 * a missing or malformed one is named, with its value, in the error.
 */
import { InvalidValueError } from '../core/errors.ts';

export type LocalSettings = Readonly<{ mode: 'local' }>;

export type M365Settings = Readonly<{
  mode: 'm365';
  /** Entra tenant (directory) id */
  tenantId: string;
  /** the Entra app registration of the tab (SPA) and the job */
  clientId: string;
  /** https://<tenant>.sharepoint.com/sites/<site> */
  siteUrl: string;
  /** where the built tab is hosted, https://… (no trailing slash) */
  tabUrl: string;
  /** the reminder bot's Microsoft App id, or null when no bot is deployed (reminders then go as activity-feed notifications) */
  botId: string | null;
  /** the Teams app id used in deep links (manifest id, or the org catalog id once published) */
  teamsAppId: string;
  /** the hosted "Send nudges now" (https://<function app>.azurewebsites.net/api/remind); absent, the tab offers no button */
  remindUrl?: string;
}>;

export type Settings = LocalSettings | M365Settings;

/** Node-only settings for app-only access (jobs, provisioning): never in the tab. */
export type CertificateSettings = Readonly<{ certificatePath: string; thumbprintSha256: string }>;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Env = Readonly<Record<string, string | undefined>>;

function required(env: Env, name: string): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new InvalidValueError(name, value, 'is required in Microsoft 365 mode');
  }
  return value.trim();
}

function guid(env: Env, name: string): string {
  const value = required(env, name);
  if (!GUID.test(value)) {
    throw new InvalidValueError(name, value, 'must be a GUID like 00000000-0000-0000-0000-000000000000');
  }
  return value.toLowerCase();
}

/** A GUID setting that may be left unset (empty counts as unset); malformed is still an error. */
function optionalGuid(env: Env, name: string): string | null {
  const value = env[name];
  return value === undefined || value.trim() === '' ? null : guid(env, name);
}

function httpsUrl(env: Env, name: string, pattern: RegExp, example: string): string {
  const value = required(env, name).replace(/\/+$/, '');
  if (!pattern.test(value)) {
    throw new InvalidValueError(name, value, `must look like ${example}`);
  }
  return value;
}

export function readSettings(env: Env): Settings {
  const mode = (env.TRACKER_MODE ?? 'local').trim();
  if (mode === 'local') {
    return { mode: 'local' };
  }
  if (mode !== 'm365') {
    throw new InvalidValueError('TRACKER_MODE', mode, 'allowed: local, m365');
  }
  return {
    mode: 'm365',
    tenantId: guid(env, 'TRACKER_TENANT_ID'),
    clientId: guid(env, 'TRACKER_CLIENT_ID'),
    siteUrl: httpsUrl(env, 'TRACKER_SITE_URL', /^https:\/\/[a-z0-9-]+\.sharepoint\.com\/(sites|teams)\/[^/?#]+$/i, 'https://contoso.sharepoint.com/sites/governance'),
    tabUrl: httpsUrl(env, 'TRACKER_TAB_URL', /^https:\/\/[a-z0-9.-]+(:\d+)?(\/[^?#]*)?$/i, 'https://tracker.contoso.org'),
    botId: optionalGuid(env, 'TRACKER_BOT_ID'),
    teamsAppId: guid(env, 'TRACKER_TEAMS_APP_ID'),
    ...optionalHttpsUrl(env, 'TRACKER_REMIND_URL', 'remindUrl', /^https:\/\/[a-z0-9.-]+(:\d+)?\/[^?#]*$/i, 'https://tracker-jobs.azurewebsites.net/api/remind'),
  };
}

/** An https URL setting that may be left unset (empty counts as unset): `{ [key]: url }` or nothing. */
function optionalHttpsUrl<K extends string>(env: Env, name: string, key: K, pattern: RegExp, example: string): { [k in K]?: string } {
  const value = env[name];
  return value === undefined || value.trim() === '' ? {} : ({ [key]: httpsUrl(env, name, pattern, example) } as { [k in K]?: string });
}

export function readCertificateSettings(env: Env): CertificateSettings {
  const thumbprint = required(env, 'TRACKER_CERT_THUMBPRINT').replace(/:/g, '');
  if (!/^[0-9a-f]{64}$/i.test(thumbprint)) {
    throw new InvalidValueError('TRACKER_CERT_THUMBPRINT', thumbprint, 'must be the certificate’s SHA-256 thumbprint (64 hex digits)');
  }
  return { certificatePath: required(env, 'TRACKER_CERT_PATH'), thumbprintSha256: thumbprint };
}

/**
 * The path the built tab is served under: '/' locally; in Microsoft 365 mode the path of
 * TRACKER_TAB_URL (https://intranet.contoso.org/tracker → '/tracker/'), so the build's asset
 * and redirect-bridge URLs resolve there.
 */
export function tabBasePath(settings: Settings): string {
  if (settings.mode !== 'm365') {
    return '/';
  }
  const path = new URL(settings.tabUrl).pathname.replace(/\/+$/, '');
  return `${path}/`;
}

/** SharePoint's resource for tokens: the tenant's root, from the site URL. */
export function sharePointResource(siteUrl: string): string {
  return new URL(siteUrl).origin;
}
