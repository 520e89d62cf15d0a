import { describe, expect, it } from 'vitest';
import { readCertificateSettings, readSettings } from '../../src/config/settings';

const m365 = {
  TRACKER_MODE: 'm365',
  TRACKER_TENANT_ID: '11111111-2222-3333-4444-555555555555',
  TRACKER_CLIENT_ID: '66666666-7777-8888-9999-000000000000',
  TRACKER_SITE_URL: 'https://contoso.sharepoint.com/sites/governance/',
  TRACKER_TAB_URL: 'https://tracker.contoso.org',
  TRACKER_BOT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  TRACKER_TEAMS_APP_ID: 'ffffffff-0000-1111-2222-333333333333',
};

describe('settings', () => {
  it('defaults to local mode with nothing set', () => {
    expect(readSettings({})).toEqual({ mode: 'local' });
  });

  it('reads Microsoft 365 mode and normalises the site URL', () => {
    expect(readSettings(m365)).toMatchObject({ mode: 'm365', siteUrl: 'https://contoso.sharepoint.com/sites/governance' });
  });

  it.each([
    [{ TRACKER_MODE: 'cloud' }, 'TRACKER_MODE: allowed: local, m365 ("cloud")'],
    [{ ...m365, TRACKER_TENANT_ID: undefined }, 'TRACKER_TENANT_ID: is required in Microsoft 365 mode (missing)'],
    [{ ...m365, TRACKER_CLIENT_ID: 'my-app' }, 'TRACKER_CLIENT_ID: must be a GUID like 00000000-0000-0000-0000-000000000000 ("my-app")'],
    [{ ...m365, TRACKER_SITE_URL: 'http://contoso.sharepoint.com/sites/x' }, /^TRACKER_SITE_URL: must look like https:\/\/contoso.sharepoint.com\/sites\/governance/],
  ])('names a missing or malformed setting: %j', (env, message) => {
    expect(() => readSettings(env)).toThrow(message);
  });

  it('wants a certificate, by SHA-256 thumbprint, for app-only access', () => {
    expect(() => readCertificateSettings({ TRACKER_CERT_PATH: 'c.pem', TRACKER_CERT_THUMBPRINT: 'abc' })).toThrow(/TRACKER_CERT_THUMBPRINT: must be the certificate’s SHA-256 thumbprint/);
    expect(readCertificateSettings({ TRACKER_CERT_PATH: 'c.pem', TRACKER_CERT_THUMBPRINT: 'AB:'.repeat(32) })).toMatchObject({ thumbprintSha256: 'AB'.repeat(32) });
  });
  it('the reminder bot is optional: unset or empty means none; a malformed id is still named', () => {
    const withoutBot: Record<string, string> = { ...m365 };
    delete withoutBot.TRACKER_BOT_ID;
    expect(readSettings(withoutBot)).toMatchObject({ mode: 'm365', botId: null });
    expect(readSettings({ ...m365, TRACKER_BOT_ID: ' ' })).toMatchObject({ botId: null });
    expect(() => readSettings({ ...m365, TRACKER_BOT_ID: 'not-a-guid' })).toThrow(/TRACKER_BOT_ID/);
  });

  it('"Send nudges now" in the tab is optional: its function’s https URL, or nothing', () => {
    expect(readSettings(m365)).not.toHaveProperty('remindUrl');
    expect(readSettings({ ...m365, TRACKER_REMIND_URL: '' })).not.toHaveProperty('remindUrl');
    expect(readSettings({ ...m365, TRACKER_REMIND_URL: 'https://tracker-jobs.azurewebsites.net/api/remind' })).toMatchObject({ remindUrl: 'https://tracker-jobs.azurewebsites.net/api/remind' });
    expect(() => readSettings({ ...m365, TRACKER_REMIND_URL: 'http://tracker-jobs.azurewebsites.net/api/remind' })).toThrow(/^TRACKER_REMIND_URL: must look like https:\/\/tracker-jobs/);
  });
});
