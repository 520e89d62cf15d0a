import { describe, expect, it } from 'vitest';
import { entraGroupClaim } from '../sharepoint/users';
import { GUEST, RENAMED } from '../tenant-directory';
import { call, provisionedFake } from './call';

const ensure = (fake: ReturnType<typeof provisionedFake>, logonName: string, token = 'Bearer test') =>
  call(fake, 'POST', '/_api/web/ensureuser', { logonName }, { Authorization: token });

function withPeople() {
  const fake = provisionedFake();
  fake.directory.users.push(GUEST, RENAMED);
  fake.addUser('sam.okafor@colp.example', 'Sam Okafor');
  return fake;
}

describe('people as SharePoint knows them', () => {
  it('ensureUser adds a member named by the membership claim of their UPN', async () => {
    const fake = withPeople();
    const added = await ensure(fake, 'i:0#.f|membership|jo.whitfield@colp.example');
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ LoginName: 'i:0#.f|membership|jo.whitfield@colp.example', Email: 'jo.kerr@colp.example', UserPrincipalName: 'jo.whitfield@colp.example' });
  });

  it('ensureUser refuses someone the directory does not have, as SharePoint does', async () => {
    const refused = await ensure(withPeople(), 'i:0#.f|membership|nobody@colp.example');
    expect(refused.status).toBe(404);
    expect(refused.body?.['odata.error']).toMatchObject({ code: '-2146232832, Microsoft.SharePoint.SPException' });
    expect(refused.message).toBe('The specified user i:0#.f|membership|nobody@colp.example could not be found.');
  });

  it('ensureUser refuses a mail that is not the UPN: a renamed member, a guest', async () => {
    const fake = withPeople();
    expect((await ensure(fake, 'i:0#.f|membership|jo.kerr@colp.example')).status).toBe(404);
    expect((await ensure(fake, 'i:0#.f|membership|ann@fabrikam.com')).status).toBe(404);
    const guest = await ensure(fake, `i:0#.f|membership|${GUEST.userPrincipalName}`);
    expect(guest.body).toMatchObject({ LoginName: 'i:0#.f|membership|ann_fabrikam.com#ext#@contoso.onmicrosoft.com', Email: 'ann@fabrikam.com' });
  });

  it('finds a site user by login name and by e-mail (their mail, not their UPN)', async () => {
    const fake = withPeople();
    await ensure(fake, `i:0#.f|membership|${GUEST.userPrincipalName}`);
    const login = encodeURIComponent(`'i:0#.f|membership|${GUEST.userPrincipalName.toLowerCase()}'`);
    expect((await call(fake, 'GET', `/_api/web/siteusers(@v)?@v=${login}`)).body).toMatchObject({ Email: 'ann@fabrikam.com' });
    expect((await call(fake, 'GET', "/_api/web/siteusers/getByEmail('ann@fabrikam.com')")).status).toBe(200);
    expect((await call(fake, 'GET', `/_api/web/siteusers/getByEmail('${encodeURIComponent(GUEST.userPrincipalName)}')`)).status).toBe(404);
  });

  it('lists only direct membership in web/currentuser/groups, not membership through an Entra group', async () => {
    const fake = withPeople();
    fake.directory.groups.push({ id: 'g-inner', displayName: 'Inspections team', members: [RENAMED.id] }, { id: 'g-outer', displayName: 'Governance staff', members: ['g-inner'] });
    fake.groups.set('Board Secretaries', new Set([entraGroupClaim('g-outer')]));
    fake.groups.set('Board Leads', new Set(['jo.whitfield@colp.example']));
    const mine = await call(fake, 'GET', '/_api/web/currentuser/groups', undefined, { Authorization: 'Bearer user:jo.whitfield@colp.example' });
    expect((mine.body?.value as Array<{ Title: string }>).map((g) => g.Title)).toEqual(['Board Leads']);
  });

  it('shows a group’s members only to its members unless the group lets everyone see them', async () => {
    const fake = withPeople();
    fake.groups.set('Board Secretaries', new Set([entraGroupClaim('g-outer')]));
    const asJo = { Authorization: 'Bearer user:jo.whitfield@colp.example' };
    expect((await call(fake, 'GET', "/_api/web/sitegroups/getByName('Board Secretaries')/users", undefined, asJo)).status).toBe(403);
    fake.groupsVisibleToEveryone.add('Board Secretaries');
    const users = await call(fake, 'GET', "/_api/web/sitegroups/getByName('Board Secretaries')/users", undefined, asJo);
    expect(users.body?.value).toEqual([expect.objectContaining({ LoginName: 'c:0t.c|tenant|g-outer', PrincipalType: 4 })]);
  });

  it('records Created By from the token: the signed-in person, or the app for an app-only token', async () => {
    const fake = withPeople();
    const asSam = { Authorization: 'Bearer user:sam.okafor@colp.example' };
    const mine = await call(fake, 'POST', "/_api/web/lists/getByTitle('Updates')/items", { Title: 'x', ItemList: 'actions', ItemId: 1, UpdateKind: 'progress', At: '2024-01-01T00:00:00Z', Author0: 'someone.else@colp.example' }, asSam);
    const appOnly = await call(fake, 'POST', "/_api/web/lists/getByTitle('Updates')/items", { Title: 'y', ItemList: 'actions', ItemId: 1, UpdateKind: 'import', At: '2024-01-01T00:00:00Z', Author0: 'tracker-cli' });
    const read = await call(fake, 'GET', "/_api/web/lists/getByTitle('Updates')/items?$select=Id,Author/Name,Author/Title&$expand=Author");
    const authors = (read.body?.value as Array<{ Id: number; Author: { Name: string } }>).map((i) => [i.Id, i.Author.Name]);
    expect(authors).toEqual([
      [mine.body?.Id, 'i:0#.f|membership|sam.okafor@colp.example'],
      [appOnly.body?.Id, fake.appPrincipal.LoginName],
    ]);
  });
});
