import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphDirectory } from '../../src/adapters/graph/graph-directory';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../src/adapters/sharepoint/sharepoint-store';
import type { M365Settings } from '../../src/config/settings';
import { FakeGraph } from '../fakes/graph-fake';
import { SITE } from '../fakes/provisioned-site';
import { FakeSharePoint } from '../fakes/sharepoint-fake';
import { runTenantSmoke } from './smoke';

const settings: M365Settings = {
  mode: 'm365',
  tenantId: '11111111-2222-3333-4444-555555555555',
  clientId: '66666666-7777-4888-9999-000000000000',
  siteUrl: SITE,
  tabUrl: 'https://tracker.contoso.org',
  botId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  teamsAppId: 'ffffffff-0000-4111-8222-333333333333',
};

describe('the tenant smoke test, run against the SharePoint and Graph fakes', () => {
  const fake = new FakeSharePoint(SITE);
  const graph = new FakeGraph();
  const server = setupServer(...fake.handlers(), ...graph.handlers());
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  const target = (lines: string[], person = 'Sam') => {
    const sp = createSp({ siteUrl: SITE, getToken: async () => 'app-token', throttle: { sleep: async () => undefined } });
    return { sp, store: new SharePointStore(sp, SITE), directory: new GraphDirectory(async () => 'graph-token'), settings, person, log: (l: string) => lines.push(l) };
  };

  const SEEDED_LISTS = ['Boards', 'Workstreams', 'Actions', 'Inspections'] as const;
  const seededLeft = () => SEEDED_LISTS.map((l) => fake.list(l)?.items.size ?? 0);

  it('provisions an empty site, seeds a board, a workstream, two actions and an inspection, refuses a stale edit, cleans up, finds a person and validates the package', async () => {
    graph.users.push({ id: 'u-1', displayName: 'Sam Patel', mail: 'sam.patel@contoso.org', userPrincipalName: 'sam.patel@contoso.org', jobTitle: 'Secretary' });
    // the admin made the board's secretaries group (members-only by default) before provisioning
    fake.addUser('sam.patel@contoso.org', 'Sam Patel');
    fake.groups.set('Board Secretaries', new Set(['sam.patel@contoso.org']));
    fake.appGrant = 'fullcontrol';
    const lines: string[] = [];
    await runTenantSmoke(target(lines));
    expect(lines).toHaveLength(7);
    expect(lines).toContain('ok   board roles: the site’s Board Secretaries and Board Leads groups and their members are readable with the app’s grant');
    expect(lines.every((l) => l.startsWith('ok   '))).toBe(true);
    // everything seeded, and only that, went to the recycle bin, children before what they look up
    const bin = fake.recycleBin.map((r) => ({ list: r.list, title: String(r.data.Title), data: r.data }));
    expect(bin.map((r) => r.list)).toEqual(['Inspections', 'Actions', 'Actions', 'Workstreams', 'Boards']);
    expect(bin.every((r) => /^Action Tracker smoke test \d{14}: .* \(safe to delete\)$/.test(r.title))).toBe(true);
    const [inspection, second, first, workstream, board] = bin.map((r) => r.data);
    expect(workstream?.BoardId).toBe(board?.Id);
    expect([first?.WorkstreamId, second?.WorkstreamId]).toEqual([workstream?.Id, workstream?.Id]);
    expect(inspection?.BoardId).toBe(board?.Id);
    expect(first?.Progress).toBe('Edited by npm run test:tenant');
    expect(seededLeft()).toEqual([0, 0, 0, 0]);
  }, 60_000);

  it('a seed that fails part-way still recycles what it wrote, and names the step', async () => {
    const before = fake.recycleBin.length;
    // SharePoint refuses the inspection: the board, workstream and actions are already in
    fake.faults.push({ status: 403, times: 1, when: (r) => r.method === 'POST' && /Lists\/Inspections'\)\/items$/i.test(decodeURIComponent(r.url.pathname)) });
    const lines: string[] = [];
    await expect(runTenantSmoke(target(lines))).rejects.toThrow(/^seed: a board, a workstream/);
    expect(lines).toContain('ok   clean up: what the smoke test seeded goes to the site’s recycle bin');
    expect(fake.recycleBin.slice(before).map((r) => r.list)).toEqual(['Actions', 'Actions', 'Workstreams', 'Boards']);
    expect(seededLeft()).toEqual([0, 0, 0, 0]);
    expect(fake.faults).toEqual([]);
  }, 60_000);

  it('fails, naming the step, when the directory does not have the person', async () => {
    const lines: string[] = [];
    await expect(runTenantSmoke(target(lines, 'Nobody-Here'))).rejects.toThrow(/^Graph.*no one matches "Nobody-Here"/);
    expect(seededLeft()).toEqual([0, 0, 0, 0]);
  }, 60_000);

  it('npm run test:tenant says it was skipped, and sends nothing, without a configured tenant', async () => {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRACKER_')));
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/run-ts.mjs', 'tests/tenant/run.ts'], { env, timeout: 60_000 });
    expect(stdout).toMatch(/^test:tenant skipped: no tenant is configured/);
    // what it asks for is what the settings require; the bot is optional there, and said to be
    const [required, optional] = stdout.split(';');
    for (const name of ['TRACKER_TENANT_ID', 'TRACKER_CLIENT_ID', 'TRACKER_SITE_URL', 'TRACKER_TAB_URL', 'TRACKER_TEAMS_APP_ID', 'TRACKER_CERT_PATH', 'TRACKER_CERT_THUMBPRINT', 'TRACKER_SMOKE_PERSON']) {
      expect(required).toContain(name);
    }
    expect(required).not.toContain('TRACKER_BOT_ID');
    expect(optional).toMatch(/TRACKER_BOT_ID too if a reminder bot is deployed/);
  }, 90_000);
});
