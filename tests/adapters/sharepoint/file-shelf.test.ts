import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointFileShelf, shelfFileName } from '../../../src/adapters/sharepoint/sharepoint-file-shelf';
import { SITE, startFakeSite } from '../../fakes/provisioned-site';

describe('exports on Teams mobile go to the site’s default document library', () => {
  let site: ReturnType<typeof startFakeSite>;
  beforeAll(() => {
    site = startFakeSite();
  });
  afterAll(() => site.close());
  const shelf = (at: string) => new SharePointFileShelf(createSp({ siteUrl: SITE, getToken: async () => 'user:d.service@colp.example', throttle: { sleep: async () => undefined } }), SITE, () => new Date(at));

  it('names a file with the time, without the characters SharePoint refuses', () => {
    expect(shelfFileName('items-2026-12-01.xlsx', new Date('2026-12-01T18:40:00Z'))).toBe('items-2026-12-01 2026-12-01 18-40.xlsx');
    expect(shelfFileName('All items: RED?.csv', new Date('2026-12-01T18:40:00Z'))).toBe('All items- RED-.csv'.replace('.csv', ' 2026-12-01 18-40.csv'));
  });

  it('uploads the file and returns a link that opens it in the viewer', async () => {
    site.fake.createList('Documents', 101);
    const { url } = await shelf('2026-12-01T18:40:00Z').put('my-items-2026-12-01.xlsx', new TextEncoder().encode('PK fake workbook'));
    expect(url).toBe('https://contoso.sharepoint.com/sites/governance/Documents/my-items-2026-12-01%202026-12-01%2018-40.xlsx?web=1');
    expect([...(site.fake.list('Documents')?.items.values() ?? [])].map((i) => i.data.FileLeafRef)).toEqual(['my-items-2026-12-01 2026-12-01 18-40.xlsx']);
  });

  it('a second export a minute later is a second file, not a replacement', async () => {
    await shelf('2026-12-01T18:41:00Z').put('my-items-2026-12-01.xlsx', new TextEncoder().encode('PK again'));
    expect(site.fake.list('Documents')?.items.size).toBe(2);
  });
});
