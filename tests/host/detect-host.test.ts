import { describe, expect, it } from 'vitest';
import { detectHost } from '../../src/host/detect-host';
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
