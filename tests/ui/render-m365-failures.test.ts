/**
 * When the tab cannot start in Microsoft 365 mode, renderM365 tells Teams why, once: a
 * SharePoint 403 is an expected permission failure (notifyExpectedFailure), a failed sign-in or
 * consent and anything unforeseen are unexpected (notifyFailure); and the page shows the reason.
 * (That notifySuccess follows the first data is checked in the browser: tests/e2e/m365-teams-notify.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Root } from 'react-dom/client';
import type { M365Settings } from '../../src/config/settings';
import type { DetectedHost } from '../../src/host/detect-host';
import type { TeamsFailureNotice } from '../../src/host/startup-failure';
import { SignInError, type TokenProvider } from '../../src/host/token-provider';
import { renderM365 } from '../../src/ui/m365/render-m365';
import { SITE, startFakeSite } from '../fakes/provisioned-site';

const SETTINGS: M365Settings = {
  mode: 'm365',
  tenantId: '11111111-2222-4333-8444-555555555555',
  clientId: '66666666-7777-4888-9999-000000000000',
  siteUrl: SITE,
  tabUrl: 'https://tracker.contoso.org',
  botId: null,
  teamsAppId: 'ffffffff-0000-4111-8222-333333333333',
};
const USER = 'd.service@colp.example';
const tokens: TokenProvider = { sharePoint: async () => `user:${USER}`, graph: async () => `user:${USER}`, api: async () => 'api', account: async () => USER };

let site: ReturnType<typeof startFakeSite>;
beforeAll(() => {
  // the browser's: renderM365 asks whether the device is online before blaming the network
  vi.stubGlobal('navigator', { onLine: true });
  site = startFakeSite();
  site.fake.addUser(USER, 'T/Supt. Service');
});
afterAll(() => {
  site?.close();
  vi.unstubAllGlobals();
});

function teamsHost() {
  const told: Array<['success'] | ['failure', TeamsFailureNotice, string]> = [];
  const host: DetectedHost = {
    info: { inTeams: true, hostName: 'Teams', clientType: 'desktop', theme: 'light', subPageId: null, userPrincipalName: USER, frameContext: 'content', meetingId: null },
    teams: {
      onThemeChange: () => undefined,
      notifySuccess: () => void told.push(['success']),
      notifyFailure: (notice, message) => void told.push(['failure', notice, message]),
      openLink: async () => undefined,
      naaRecommended: true,
    },
  };
  const rendered: unknown[] = [];
  const root = { render: (node: unknown) => void rendered.push(node), unmount: () => undefined } as unknown as Root;
  return { host, told, root, rendered };
}

describe('a tab that cannot start tells Teams why', () => {
  it('SharePoint refuses the person (403): an expected permission failure, not a failed sign-in', async () => {
    const { host, told, root, rendered } = teamsHost();
    site.fake.faults.push({ status: 403, times: 50 });
    try {
      await renderM365(root, SETTINGS, host, async () => tokens);
    } finally {
      site.fake.faults.length = 0;
    }
    expect(told).toEqual([['failure', { expected: true, reason: 'PermissionError' }, expect.stringMatching(/Ask/)]]);
    expect(rendered).toHaveLength(1);
  }, 30_000);

  it('sign-in or consent fails: an unexpected authentication failure, in MSAL’s words', async () => {
    const { host, told, root } = teamsHost();
    await renderM365(root, SETTINGS, host, async () => {
      throw new SignInError('Your organisation has not consented to Action Tracker.', 'consent_required');
    });
    expect(told).toEqual([['failure', { expected: false, reason: 'AuthFailed' }, 'Your organisation has not consented to Action Tracker.']]);
  }, 30_000);

  it('anything unforeseen: an unexpected failure with its message', async () => {
    const { host, told, root } = teamsHost();
    await renderM365(root, SETTINGS, host, async () => {
      throw new Error('boom');
    });
    expect(told).toEqual([['failure', { expected: false, reason: 'Other' }, 'boom']]);
  }, 30_000);

  it('a tab that starts tells Teams nothing yet: success waits for the first data on screen', async () => {
    const { host, told, root, rendered } = teamsHost();
    await renderM365(root, SETTINGS, host, async () => tokens);
    expect(told).toEqual([]);
    expect(rendered).toHaveLength(1);
  }, 30_000);
});
