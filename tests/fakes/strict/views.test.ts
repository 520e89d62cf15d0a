import { describe, expect, it } from 'vitest';
import { call, provisionedFake } from './call';

describe('views name only fields the list has', () => {
  it('refuses a view whose CAML names a missing field', async () => {
    const fake = provisionedFake();
    const r = await call(fake, 'POST', "/_api/web/lists/getByTitle('Actions')/views", { Title: 'By owner', ViewQuery: "<OrderBy><FieldRef Name='OwnerEmail'/></OrderBy>" });
    expect(r.status).toBe(400);
    expect(r.message).toMatch(/field types are not installed properly.*OwnerEmail/);
    expect(fake.list('Actions')?.views).toEqual([]);
  });

  it('refuses a view field the list does not have, accepts one it has', async () => {
    const fake = provisionedFake();
    const view = await call(fake, 'POST', "/_api/web/lists/getByTitle('Actions')/views", { Title: 'V', ViewQuery: "<OrderBy><FieldRef Name='Owner'/></OrderBy>" });
    expect(view.status).toBe(201);
    const id = String(view.body?.Id);
    expect((await call(fake, 'POST', `/_api/web/lists/getByTitle('Actions')/views('${id}')/viewfields/addViewField('Nope')`)).status).toBe(400);
    expect((await call(fake, 'POST', `/_api/web/lists/getByTitle('Actions')/views('${id}')/viewfields/addViewField('DueDate')`)).status).toBe(204);
  });
});
