import { describe, expect, it } from 'vitest';
import { runM365Reminders } from '../../src/functions/m365-reminders';

const now = () => new Date('2017-03-20T07:00:00Z');

describe('the scheduled reminder job’s settings', () => {
  it('runs only in Microsoft 365 mode, saying so in one line', async () => {
    await expect(runM365Reminders({}, now)).rejects.toThrow('TRACKER_MODE: the scheduled reminder job runs in Microsoft 365 mode (m365) (missing)');
  });

  it('names a missing setting', async () => {
    await expect(runM365Reminders({ TRACKER_MODE: 'm365' }, now)).rejects.toThrow(/^TRACKER_TENANT_ID: is required in Microsoft 365 mode/);
  });

  it('names a bad reminder policy before reaching any service', async () => {
    const env = {
      TRACKER_MODE: 'm365',
      TRACKER_TENANT_ID: '11111111-1111-1111-1111-111111111111',
      TRACKER_CLIENT_ID: '22222222-2222-2222-2222-222222222222',
      TRACKER_SITE_URL: 'https://contoso.sharepoint.com/sites/governance',
      TRACKER_TAB_URL: 'https://tracker.contoso.org',
      TRACKER_TEAMS_APP_ID: '33333333-3333-3333-3333-333333333333',
      TRACKER_CERT_PATH: '/nonexistent.pem',
      TRACKER_CERT_THUMBPRINT: 'a'.repeat(64),
      TRACKER_REMINDER_POLICY: '{"overdueWeeks":"8"}',
    };
    await expect(runM365Reminders(env, now)).rejects.toThrow('TRACKER_REMINDER_POLICY.overdueWeeks: expected a whole number, 0 or more ("8")');
  });
});
