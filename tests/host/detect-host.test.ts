import { describe, expect, it } from 'vitest';
import { cannotBeInHost, detectHost } from '../../src/host/detect-host';
import { themeFromTeams } from '../../src/host/host-context';

describe('host detection', () => {
  it('falls back to the browser (local mode) when no Teams host answers', async () => {
    // Outside any host teams-js rejects at once; the race means we never wait its 60 s.
    const host = await detectHost(200);
    expect(host.info).toMatchObject({ inTeams: false, hostName: 'browser', theme: 'light' });
    expect(host.teams).toBeNull();
  });

  it.each([
    ['default', 'light'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['glass', 'light'],
    [undefined, 'light'],
  ])('maps the Teams theme %s to %s', (teams, ours) => {
    expect(themeFromTeams(teams)).toBe(ours);
  });
});

describe('knowing without teams-js that no host is there', () => {
  const top = (extra: Record<string, unknown> = {}) => {
    const w: Record<string, unknown> = { opener: null, ...extra };
    w.self = w;
    w.parent = w;
    return w as { parent: unknown; self: unknown; opener: unknown };
  };

  it('a page that is not framed, not opened by another window and has no native bridge cannot be in a host', () => {
    expect(cannotBeInHost(top())).toBe(true);
    expect(cannotBeInHost(undefined)).toBe(true);
  });

  it('a framed page (Teams desktop and web), a pop-up, or a webview with a native bridge (Teams mobile) may be', () => {
    expect(cannotBeInHost({ ...top(), parent: {} })).toBe(false);
    expect(cannotBeInHost(top({ opener: {} }))).toBe(false);
    expect(cannotBeInHost(top({ nativeInterface: {} }))).toBe(false);
  });

  it('outside a host, detection answers at once without loading teams-js', async () => {
    let loaded = false;
    const host = await detectHost(5000, top(), async () => {
      loaded = true;
      throw new Error('teams-js must not load outside a host');
    });
    expect(host.info.hostName).toBe('browser');
    expect(loaded).toBe(false);
  });

  it('in a frame, teams-js is asked, and a host that never answers falls back to the browser after the timeout', async () => {
    let loaded = false;
    const host = await detectHost(50, { ...top(), parent: {} }, async () => {
      loaded = true;
      return { app: { initialize: () => new Promise<void>(() => undefined), getContext: () => new Promise(() => undefined) }, nestedAppAuth: {} } as never;
    });
    expect(loaded).toBe(true);
    expect(host.teams).toBeNull();
  });
});

describe('where in Teams the tab is shown', () => {
  const framed = { opener: null, self: {}, parent: {} };
  /** a fake teams-js answering with the context Teams gives a tab in that frame */
  const teamsIn = (page: Record<string, unknown>, meeting?: { id: string }) =>
    (async () => ({
      app: {
        initialize: async () => undefined,
        getContext: async () => ({ app: { host: { name: 'Teams', clientType: 'web' }, theme: 'default' }, page: { id: 'tab', ...page }, user: { userPrincipalName: 'morgan.ellis@colp.example' }, ...(meeting ? { meeting } : {}) }),
        registerOnThemeChangeHandler: () => undefined,
        notifySuccess: async () => undefined,
      },
      nestedAppAuth: { isNAAChannelRecommended: () => false },
    })) as never;

  it('a meeting’s side panel: frameContext sidePanel and the meeting’s id', async () => {
    const host = await detectHost(1000, framed, teamsIn({ frameContext: 'sidePanel' }, { id: 'MCMxOTptZWV0aW5n' }));
    expect(host.info).toMatchObject({ inTeams: true, frameContext: 'sidePanel', meetingId: 'MCMxOTptZWV0aW5n' });
  });

  it('a channel tab: frameContext content and no meeting', async () => {
    const host = await detectHost(1000, framed, teamsIn({ frameContext: 'content' }));
    expect(host.info).toMatchObject({ inTeams: true, frameContext: 'content', meetingId: null });
  });

  it('outside Teams there is neither', async () => {
    const host = await detectHost(200);
    expect(host.info).toMatchObject({ frameContext: null, meetingId: null });
  });
});

describe('what the tab tells Teams about loading', () => {
  const framed = { opener: null, self: {}, parent: {} };
  /** teams-js's app as Teams exposes it, recording what the tab reports */
  function teamsRecording() {
    const calls: Array<[string, unknown?]> = [];
    const load = (async () => ({
      app: {
        initialize: async () => undefined,
        getContext: async () => ({ app: { host: { name: 'Teams', clientType: 'desktop' }, theme: 'default' }, page: { id: 'tab' } }),
        registerOnThemeChangeHandler: () => undefined,
        notifySuccess: async () => void calls.push(['notifySuccess']),
        notifyFailure: (r: unknown) => void calls.push(['notifyFailure', r]),
        notifyExpectedFailure: (r: unknown) => void calls.push(['notifyExpectedFailure', r]),
        FailedReason: { AuthFailed: 'AuthFailed', Timeout: 'Timeout', Other: 'Other' },
        ExpectedFailureReason: { PermissionError: 'PermissionError', NotFound: 'NotFound', Throttling: 'Throttling', Offline: 'Offline', Other: 'Other' },
      },
      nestedAppAuth: { isNAAChannelRecommended: () => true },
    })) as never;
    return { calls, load };
  }

  it('notifySuccess reaches teams-js’s app.notifySuccess', async () => {
    const { calls, load } = teamsRecording();
    const host = await detectHost(1000, framed, load);
    host.teams?.notifySuccess();
    expect(calls).toEqual([['notifySuccess']]);
  });

  it('an expected failure (a SharePoint 403) goes as notifyExpectedFailure, with its reason and message', async () => {
    const { calls, load } = teamsRecording();
    const host = await detectHost(1000, framed, load);
    host.teams?.notifyFailure({ expected: true, reason: 'PermissionError' }, 'Ask the site’s owner.');
    expect(calls).toEqual([['notifyExpectedFailure', { reason: 'PermissionError', message: 'Ask the site’s owner.' }]]);
  });

  it('an unexpected failure (a failed sign-in, anything else) goes as notifyFailure', async () => {
    const { calls, load } = teamsRecording();
    const host = await detectHost(1000, framed, load);
    host.teams?.notifyFailure({ expected: false, reason: 'AuthFailed' }, 'Consent is required.');
    host.teams?.notifyFailure({ expected: false, reason: 'Other' }, 'boom');
    expect(calls).toEqual([
      ['notifyFailure', { reason: 'AuthFailed', message: 'Consent is required.' }],
      ['notifyFailure', { reason: 'Other', message: 'boom' }],
    ]);
  });
});
