import { describe, expect, it } from 'vitest';
import { call, provisionedFake } from './call';

describe('permissions as on a modern team site', () => {
  it('Members hold Edit, not Contribute, and a broken inheritance copies Owners, Members and Visitors', async () => {
    const fake = provisionedFake();
    const inherited = await call(fake, 'GET', `/_api/web/lists/getByTitle('Updates')/roleassignments(${fake.memberGroup.Id})/roledefinitionbindings`);
    expect((inherited.body?.value as Array<{ Name: string }>).map((r) => r.Name)).toEqual(['Edit']);
    await call(fake, 'POST', "/_api/web/lists/getByTitle('Updates')/breakroleinheritance(copyroleassignments=true, clearsubscopes=false)");
    const names = (id: number) => fake.list('Updates')?.roleAssignments.filter((a) => a.principalId === id).map((a) => fake.roles.find((r) => r.Id === a.roleId)?.Name);
    expect(names(fake.ownerGroup.Id)).toEqual(['Full Control']);
    expect(names(fake.memberGroup.Id)).toEqual(['Edit']);
    expect(names(fake.visitorGroup.Id)).toEqual(['Read']);
  });

  it('answers 404 for a principal that holds nothing on the list', async () => {
    const fake = provisionedFake();
    await call(fake, 'POST', "/_api/web/lists/getByTitle('Updates')/breakroleinheritance(copyroleassignments=false, clearsubscopes=false)");
    expect((await call(fake, 'GET', `/_api/web/lists/getByTitle('Updates')/roleassignments(${fake.memberGroup.Id})/roledefinitionbindings`)).status).toBe(404);
  });
});
