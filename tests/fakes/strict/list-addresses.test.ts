import { describe, expect, it } from 'vitest';
import { call, provisionedFake } from './call';

describe('lists are addressed as SharePoint addresses them', () => {
  it("odata.nextLink points at Web/Lists(guid'…')/Items and that path answers the next page", async () => {
    const fake = provisionedFake();
    fake.seedItems('Actions', Array.from({ length: 5 }, (_, i) => ({ Title: `A${i}` })));
    const first = await call(fake, 'GET', "/_api/web/lists/getByTitle('Actions')/items?$select=Id,Title&$top=2");
    const next = String(first.body?.['odata.nextLink']);
    expect(next).toContain(`/_api/Web/Lists(guid'${fake.list('Actions')?.Id}')/Items?`);
    const second = await call(fake, 'GET', next.replace(/^https:\/\/[^/]+\/sites\/governance/, ''));
    expect((second.body?.value as Array<{ Title: string }>).map((i) => i.Title)).toEqual(['A2', 'A3']);
  });

  it('answers by server-relative URL after the title is renamed; the old title is gone', async () => {
    const fake = provisionedFake();
    expect((await call(fake, 'MERGE', "/_api/web/lists/getByTitle('Actions')", { Title: 'Board actions' })).status).toBe(204);
    expect((await call(fake, 'GET', "/_api/web/lists/getByTitle('Actions')")).status).toBe(404);
    const byUrl = await call(fake, 'GET', "/_api/web/getList('/sites/governance/Lists/Actions')");
    expect(byUrl.body?.Title).toBe('Board actions');
    expect((await call(fake, 'GET', "/_api/web/getList('/sites/governance/Lists/Nothing')")).status).toBe(404);
  });
});
