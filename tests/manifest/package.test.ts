import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../manifest/build-manifest';
import { buildPackage, validateManifest } from '../../manifest/package';
import { pngSize } from '../../manifest/png';
import type { M365Settings } from '../../src/config/settings';

const settings: M365Settings = {
  mode: 'm365',
  tenantId: '11111111-2222-3333-4444-555555555555',
  clientId: '66666666-7777-4888-9999-000000000000',
  siteUrl: 'https://contoso.sharepoint.com/sites/governance',
  tabUrl: 'https://tracker.contoso.org',
  botId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  teamsAppId: 'ffffffff-0000-4111-8222-333333333333',
};

describe('the Teams app package', () => {
  it('validates offline against Microsoft’s bundled schema (v1.27)', async () => {
    expect(await validateManifest(buildManifest(settings))).toEqual([]);
  });

  it('is checked by a real validator that can fail', async () => {
    const broken = { ...buildManifest(settings), accentColor: 'blue', staticTabs: [{ name: 'x' }] };
    const errors = await validateManifest(broken);
    expect(errors.join('\n')).toMatch(/accentColor|pattern/);
    expect(errors.join('\n')).toMatch(/entityId|scopes/);
  });

  it('has the tabs, bot, NAA prefetch and one valid domain, from one configuration', () => {
    const m = buildManifest(settings) as Record<string, never>;
    expect(m.staticTabs).toEqual([expect.objectContaining({ entityId: 'myItems', scopes: ['personal'] })]);
    expect(m.configurableTabs).toEqual([expect.objectContaining({ context: expect.arrayContaining(['channelTab', 'privateChatTab', 'meetingSidePanel', 'meetingDetailsTab']) })]);
    expect(m.bots).toEqual([expect.objectContaining({ botId: settings.botId })]);
    expect(m.webApplicationInfo).toEqual({ id: settings.clientId, resource: `api://tracker.contoso.org/${settings.clientId}`, nestedAppAuthInfo: [{ redirectUri: 'brk-multihub://tracker.contoso.org', scopes: ['User.ReadBasic.All', 'User.Read'] }] });
    expect(m.validDomains).toEqual(['tracker.contoso.org']);
  });

  it('names the bot only when one is configured: without TRACKER_BOT_ID the package has no bots entry and still validates', async () => {
    const withoutBot = buildManifest({ ...settings, botId: null }) as Record<string, unknown>;
    expect('bots' in withoutBot).toBe(false);
    expect(JSON.stringify(withoutBot)).not.toContain(settings.botId as string);
    expect(await validateManifest(withoutBot)).toEqual([]);
  });

  it('zips manifest.json with a 192×192 colour icon and a 32×32 outline icon', async () => {
    const files = unzipSync(await buildPackage(settings));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(pngSize(files['color.png'] as Uint8Array)).toEqual({ width: 192, height: 192 });
    expect(pngSize(files['outline.png'] as Uint8Array)).toEqual({ width: 32, height: 32 });
    expect(JSON.parse(new TextDecoder().decode(files['manifest.json']))).toMatchObject({ id: settings.teamsAppId });
  });
});
