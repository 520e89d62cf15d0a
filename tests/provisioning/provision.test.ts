import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { provision } from '../../lists-provisioning/provision';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { LISTS, SCHEMA_VERSION } from '../../src/schema/lists';
import { SITE, startFakeSite } from '../fakes/provisioned-site';
import type { FakeSharePoint } from '../fakes/sharepoint-fake';
import { setupServer } from 'msw/node';
import { FakeSharePoint as Fake } from '../fakes/sharepoint-fake';

const sp = () => createSp({ siteUrl: SITE, getToken: async () => 'app-token', throttle: { sleep: async () => undefined } });

describe('provisioning an empty site', () => {
  let site: ReturnType<typeof startFakeSite>;
  let fake: FakeSharePoint;
  const lines: string[] = [];
  const log = (l: string) => lines.push(l);

  beforeAll(() => {
    site = startFakeSite({ provisioned: false });
    fake = site.fake;
  });
  afterAll(() => site.close());
  beforeEach(() => {
    lines.length = 0;
    fake.resetCounts();
  });

  it('--dry-run prints the plan and sends no write', async () => {
    const result = await provision(sp(), { dryRun: true, log });
    expect(result.applied).toBe(0);
    expect(result.planned.filter((s) => s.kind === 'create-list')).toHaveLength(LISTS.length);
    expect(fake.writeRequestCount()).toBe(0);
    expect(lines.at(-1)).toBe('Dry run: nothing was written.');
    expect(fake.lists.size).toBe(0);
  });

  it('creates every list, field (by XML, fixed ids), index, view and the add-only permission', async () => {
    await provision(sp(), { log });
    const actions = fake.list('Actions');
    expect(actions?.EnableVersioning).toBe(true);
    const due = actions?.fields.get('DueDate');
    expect(due).toMatchObject({ TypeAsString: 'DateTime', Indexed: true, Id: LISTS.find((l) => l.key === 'actions')?.fields.find((f) => f.key === 'dueDate')?.id });
    expect(due?.SchemaXml).toContain('Format="DateOnly"');
    for (const name of ['Lifecycle', 'Rag', 'Owner', 'Workstream']) {
      expect(actions?.fields.get(name)?.Indexed, name).toBe(true);
    }
    expect(fake.list('ReminderLog')?.fields.get('Title')).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
    expect(fake.list('Snapshots')?.BaseTemplate).toBe(101);
    expect(actions?.views.map((v) => v.Title)).toEqual(['Board: red and amber', 'Due in 30 days', 'Overdue', 'By owner']);
    expect(actions?.views[0]?.fields).toContain('DueDate');
    const updates = fake.list('Updates');
    const addOnly = fake.roles.find((r) => r.Name === 'Action Tracker: add only');
    expect(updates?.HasUniqueRoleAssignments).toBe(true);
    // Members held Edit (a modern team site); now they hold the add-only level alone, while
    // Owners keep Full Control and Visitors Read.
    expect(updates?.roleAssignments.filter((a) => a.principalId === fake.memberGroup.Id)).toEqual([{ principalId: fake.memberGroup.Id, roleId: addOnly?.Id }]);
    expect(updates?.roleAssignments.filter((a) => a.principalId !== fake.memberGroup.Id)).toEqual(fake.siteRoleAssignments.filter((a) => a.principalId !== fake.memberGroup.Id));
    // lookups point at the target lists by id
    expect(actions?.fields.get('Workstream')?.SchemaXml).toContain(`List="{${fake.list('Workstreams')?.Id}}"`);
  });

  it('a second run sends zero write requests and says so', async () => {
    const result = await provision(sp(), { log });
    expect(result.planned).toEqual([]);
    expect(fake.writeRequestCount()).toBe(0);
    expect(lines).toEqual([`Nothing to do: the site already matches schema version ${SCHEMA_VERSION} (no write requests sent).`]);
  });

  it('applies a later schema additively: a new field and a new choice, nothing recreated', async () => {
    const actions = fake.list('Actions');
    actions?.fields.delete('ResponsibleOrg');
    const lifecycle = actions?.fields.get('Lifecycle');
    if (lifecycle) {
      lifecycle.Choices = lifecycle.Choices.filter((c) => c !== 'superseded');
    }
    fake.seedItems('Actions', [{ Title: 'Existing', ActionKind: 'action', Lifecycle: 'open', DueKind: 'none', SourceKey: 'keep:1' }]);
    const result = await provision(sp(), { log });
    expect(result.planned.map((s) => `${s.kind} ${s.list}: ${s.what}`)).toEqual([
      'add-choices Actions: Lifecycle: add "superseded"',
      'create-field Actions: ResponsibleOrg (Text)',
    ]);
    expect(actions?.items.size).toBe(1);
    expect(actions?.fields.get('Lifecycle')?.Choices).toContain('superseded');
  });

  it('brings a schema v5 site to v6: the UpdateRounds list (board lookup and meeting date indexed) and the Updates kind "decision"', async () => {
    fake.lists.delete('updaterounds');
    const kind = fake.list('Updates')?.fields.get('UpdateKind');
    if (kind) {
      kind.Choices = kind.Choices.filter((c) => c !== 'decision');
    }
    const result = await provision(sp(), { log });
    const steps = result.planned.map((s) => `${s.kind} ${s.list}`);
    expect(steps).toContain('create-list UpdateRounds');
    expect(steps).toContain('add-choices Updates');
    expect(steps.filter((s) => !s.endsWith('UpdateRounds') && s !== 'add-choices Updates')).toEqual([]);
    const rounds = fake.list('UpdateRounds');
    expect(rounds?.fields.get('Board')).toMatchObject({ Indexed: true });
    expect(rounds?.fields.get('Board')?.SchemaXml).toContain(`List="{${fake.list('Boards')?.Id}}"`);
    expect(rounds?.fields.get('MeetingDate')).toMatchObject({ Indexed: true, TypeAsString: 'DateTime' });
    expect(fake.list('Updates')?.fields.get('UpdateKind')?.Choices).toContain('decision');
    expect((await provision(sp(), { log })).planned).toEqual([]);
  });

  it('brings a schema v6 site to v7: a WholeText Note beside the Title of each list whose text runs past 255 characters, and nothing else', async () => {
    const lists = ['Workstreams', 'Actions', 'Inspections', 'Recommendations', 'Updates'];
    for (const title of lists) {
      fake.list(title)?.fields.delete('WholeText');
    }
    const result = await provision(sp(), { log });
    expect(result.planned.map((s) => s.list).sort()).toEqual([...lists].sort());
    for (const title of lists) {
      expect(fake.list(title)?.fields.get('WholeText')).toMatchObject({ TypeAsString: 'Note' });
    }
    expect(fake.list('Boards')?.fields.has('WholeText')).toBe(false);
    expect((await provision(sp(), { log })).planned).toEqual([]);
  });
});

describe('Node entry points', () => {
  it('identify the app to SharePoint in User-Agent', async () => {
    const site = startFakeSite();
    try {
      const { USER_AGENT } = await import('../../src/cli/open-store');
      await provision(createSp({ siteUrl: SITE, getToken: async () => 't', userAgent: USER_AGENT }), { dryRun: true, log: () => undefined });
      expect(new Set(site.fake.requests.map((r) => r.userAgent))).toEqual(new Set(['NONISV|ActionTracker|ActionTracker/0.1.0']));
    } finally {
      site.close();
    }
  });
});

describe('provisioning that fails part way', () => {
  it('names the failed step and finishes when run again', async () => {
    const fake = new Fake(SITE);
    const server = setupServer(...fake.handlers());
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const original = fake.handle.bind(fake);
      let calls = 0;
      fake.handle = async (method, url, headers, body) => {
        if (method !== 'GET' && /createFieldAsXml/i.test(url.pathname) && ++calls === 5) {
          return new Response(JSON.stringify({ 'odata.error': { code: '-1', message: { lang: 'en-US', value: 'boom' } } }), { status: 403 });
        }
        return original(method, url, headers, body);
      };
      await expect(provision(sp(), { log: () => undefined })).rejects.toThrow(/create-field .* failed: SharePoint refused Action Tracker’s app access to the .* list\. Provisioning needs Sites.Selected .*“fullcontrol” role.*run provisioning again to finish/);
      const again = await provision(sp(), { log: () => undefined });
      expect(again.applied).toBeGreaterThan(0);
      const third = await provision(sp(), { log: () => undefined });
      expect(third.planned).toEqual([]);
    } finally {
      server.close();
    }
  });
});
