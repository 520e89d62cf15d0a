import { describe, expect, it } from 'vitest';
import { call, provisionedFake } from './call';

describe('the list view threshold', () => {
  const big = () => {
    const fake = provisionedFake();
    fake.seedItems('Actions', Array.from({ length: 5002 }, (_, i) => ({ Title: `A${i}`, Lifecycle: i < 5001 ? 'open' : 'closed', Rag: 'RED' })));
    return fake;
  };

  it('refuses a first filter on a column that is not indexed', async () => {
    const r = await call(big(), 'GET', `/_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent("ResponsibleOrg eq 'x'")}&$top=10`);
    expect(r.status).toBe(500);
    expect(r.message).toMatch(/list view threshold/);
  });

  it('refuses an indexed first filter that still matches more than 5,000 items', async () => {
    const r = await call(big(), 'GET', `/_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent("Lifecycle eq 'open'")}&$top=10`);
    expect(r.status).toBe(500);
    expect(r.message).toMatch(/list view threshold/);
  });

  it('answers an indexed first filter that narrows below it, and paging by id', async () => {
    const fake = big();
    expect((await call(fake, 'GET', `/_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent("Lifecycle eq 'closed'")}&$top=10`)).status).toBe(200);
    expect((await call(fake, 'GET', `/_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent('Id gt 0')}&$top=500`)).status).toBe(200);
  });

  it('refuses a window of ids that spans more than 5,000 items: ID is an indexed filter like any other', async () => {
    const fake = big();
    const window = (filter: string) => call(fake, 'GET', `/_api/web/lists/getByTitle('Actions')/items?$filter=${encodeURIComponent(filter)}&$top=10`);
    for (const filter of ['Id ge 1 and Id lt 5003', 'Id gt 0 and Id le 5002', "ID gt 0 and ID le 6000 and Lifecycle eq 'closed'"]) {
      const r = await window(filter);
      expect(r.status, filter).toBe(500);
      expect(r.message, filter).toMatch(/list view threshold/);
    }
    // a window of at most 5,000 ids is answered, whatever filters follow it
    expect((await window('Id gt 0 and Id le 5000')).status).toBe(200);
    expect((await window("Id gt 5000 and Id le 10000 and Lifecycle eq 'closed'")).status).toBe(200);
    expect((await window('Id ge 2 and Id lt 5002')).status).toBe(200);
  });
});
