/** Provisioning against a fake as strict as SharePoint: what the strict rules exposed, fixed. */
import { afterEach, describe, expect, it } from 'vitest';
import { createField, FieldNameError } from '../../lists-provisioning/create-field';
import { provision } from '../../lists-provisioning/provision';
import type { ListHandle } from '../../src/adapters/sharepoint/list-address';
import { createSp } from '../../src/adapters/sharepoint/pnp-preset';
import { LISTS } from '../../src/schema/lists';
import { SITE, startFakeSite } from '../fakes/provisioned-site';

const sp = () => createSp({ siteUrl: SITE, getToken: async () => 'app-token', throttle: { sleep: async () => undefined } });
const log = () => undefined;

describe('provisioning on a strict site', () => {
  let site: ReturnType<typeof startFakeSite> | null = null;
  afterEach(() => site?.close());

  it('creates every field under its schema internal name (the hint is sent)', async () => {
    site = startFakeSite({ provisioned: false });
    await provision(sp(), { log });
    for (const def of LISTS) {
      for (const field of def.fields) {
        expect(site.fake.list(def.title)?.fields.get(field.internalName)?.Id, `${def.title}.${field.internalName}`).toBe(field.builtIn ? site.fake.list(def.title)?.fields.get('Title')?.Id : field.id);
      }
    }
  }, 30_000);

  it('on a classic site, removes every role Members hold on Updates (Contribute and one an owner added)', async () => {
    site = startFakeSite({ provisioned: false });
    const fake = site.fake;
    const contribute = fake.roles.find((r) => r.Name === 'Contribute');
    const design = { Id: 1073741828, Name: 'Design', RoleTypeKind: 4, BasePermissions: { High: '432', Low: '1011030767' } };
    fake.roles.push(design);
    fake.siteRoleAssignments.splice(1, 1, { principalId: fake.memberGroup.Id, roleId: contribute?.Id ?? 0 }, { principalId: fake.memberGroup.Id, roleId: design.Id });
    await provision(sp(), { log });
    const held = fake.list('Updates')?.roleAssignments.filter((a) => a.principalId === fake.memberGroup.Id).map((a) => fake.roles.find((r) => r.Id === a.roleId)?.Name);
    expect(held).toEqual(['Action Tracker: add only']);
  }, 30_000);

  it('repairs an Updates list whose inheritance is broken but where Members still hold Edit', async () => {
    site = startFakeSite();
    const fake = site.fake;
    const updates = fake.list('Updates');
    if (updates) {
      updates.HasUniqueRoleAssignments = true;
      updates.roleAssignments = fake.siteRoleAssignments.map((a) => ({ ...a }));
    }
    const result = await provision(sp(), { log });
    expect(result.planned.map((s) => s.kind)).toContain('add-only-permissions');
    expect(updates?.roleAssignments.filter((a) => a.principalId === fake.memberGroup.Id).map((a) => fake.roles.find((r) => r.Id === a.roleId)?.Name)).toEqual([
      'Action Tracker: add only',
    ]);
    expect((await provision(sp(), { log })).planned).toEqual([]);
  }, 30_000);

  it('a list renamed by a site owner is found by its URL, not created again', async () => {
    site = startFakeSite({ provisioned: false });
    await provision(sp(), { log });
    const actions = site.fake.list('Actions');
    site.fake.lists.delete('actions');
    if (actions) {
      actions.Title = 'Board actions';
      site.fake.lists.set('board actions', actions);
    }
    const again = await provision(sp(), { log });
    expect(again.planned).toEqual([]);
    expect(site.fake.lists.size).toBe(LISTS.length);
  }, 30_000);

  it("adds choices through SchemaXml, keeping a site owner's own choice", async () => {
    site = startFakeSite();
    const lifecycle = site.fake.list('Actions')?.fields.get('Lifecycle');
    if (lifecycle) {
      lifecycle.Choices = ['open', 'closed', 'parked by the board'];
      lifecycle.SchemaXml = lifecycle.SchemaXml.replace(/<CHOICES>.*<\/CHOICES>/, '<CHOICES><CHOICE>open</CHOICE><CHOICE>closed</CHOICE><CHOICE>parked by the board</CHOICE></CHOICES>');
    }
    await provision(sp(), { log });
    expect(lifecycle?.Choices.slice(0, 3)).toEqual(['open', 'closed', 'parked by the board']);
    expect(lifecycle?.Choices).toEqual(expect.arrayContaining([...(LISTS.find((l) => l.key === 'actions')?.fields.find((f) => f.key === 'lifecycle')?.choices ?? [])]));
  }, 30_000);
});

describe('createField', () => {
  it('refuses a field SharePoint created under another internal name, naming both', async () => {
    const list = { fields: { createFieldAsXml: async () => ({ InternalName: 'Due_x0020__x0028_as_x0020_written_x0029_' }) } } as unknown as ListHandle;
    const field = LISTS.find((l) => l.key === 'actions')?.fields.find((f) => f.key === 'dueText');
    const error = await createField(list, field as never, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldNameError);
    expect((error as FieldNameError).code).toBe('FIELD_INTERNAL_NAME');
    expect((error as Error).message).toMatch(/"Due_x0020__x0028_as_x0020_written_x0029_", not "DueText"/);
  });
});
