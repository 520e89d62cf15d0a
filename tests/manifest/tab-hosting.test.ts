import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../manifest/build-manifest';
import { validateManifest } from '../../manifest/package';
import { readSettings, tabBasePath, type M365Settings } from '../../src/config/settings';
import { TAB_GRAPH_SCOPES } from '../../src/host/scopes';

type Manifest = {
  staticTabs: { contentUrl: string }[];
  developer: { privacyUrl: string; termsOfUseUrl: string };
  validDomains: string[];
  webApplicationInfo: { resource: string; nestedAppAuthInfo: { scopes: string[] }[] };
};
const manifestOf = (settings: M365Settings): Manifest => buildManifest(settings) as unknown as Manifest;

const env = {
  TRACKER_MODE: 'm365',
  TRACKER_TENANT_ID: '11111111-2222-3333-4444-555555555555',
  TRACKER_CLIENT_ID: '66666666-7777-4888-9999-000000000000',
  TRACKER_SITE_URL: 'https://contoso.sharepoint.com/sites/governance',
  TRACKER_TAB_URL: 'https://intranet.contoso.org/apps/tracker/',
  TRACKER_BOT_ID: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  TRACKER_TEAMS_APP_ID: 'ffffffff-0000-4111-8222-333333333333',
};

describe('hosting the tab', () => {
  it('is served under the path of TRACKER_TAB_URL, or at the root locally', () => {
    expect(tabBasePath(readSettings(env))).toBe('/apps/tracker/');
    expect(tabBasePath(readSettings({ ...env, TRACKER_TAB_URL: 'https://tracker.contoso.org' }))).toBe('/');
    expect(tabBasePath(readSettings({}))).toBe('/');
  });

  it('under a path: the tabs, privacy and terms pages point inside it, the domain is the host alone, and the package validates', async () => {
    const settings = readSettings(env) as M365Settings;
    const m = manifestOf(settings);
    expect(m.staticTabs[0]?.contentUrl).toBe('https://intranet.contoso.org/apps/tracker/');
    expect(m.developer.privacyUrl).toBe('https://intranet.contoso.org/apps/tracker/privacy.html');
    expect(m.validDomains).toEqual(['intranet.contoso.org']);
    expect(m.webApplicationInfo.resource).toBe(`api://intranet.contoso.org/${settings.clientId}`);
    expect(await validateManifest(m as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('ships the privacy and terms pages the manifest links to, beside the tab', () => {
    const m = manifestOf(readSettings(env) as M365Settings);
    for (const url of [m.developer.privacyUrl, m.developer.termsOfUseUrl] as string[]) {
      const file = `public/${url.split('/').pop()}`;
      expect(existsSync(file), file).toBe(true);
      expect(readFileSync(file, 'utf8')).toMatch(/<h1>Action Tracker — (privacy|terms of use)<\/h1>/);
    }
  });

  it('prefetches through NAA exactly the Graph scopes the tab asks for, in its order', () => {
    const m = manifestOf(readSettings(env) as M365Settings);
    expect(m.webApplicationInfo.nestedAppAuthInfo[0]?.scopes).toEqual([...TAB_GRAPH_SCOPES]);
    expect(readFileSync('src/host/msal-token-provider.ts', 'utf8')).not.toMatch(/'User\.Read/);
  });
});
