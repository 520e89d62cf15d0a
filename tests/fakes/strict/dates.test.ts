import { describe, expect, it } from 'vitest';
import { TOKYO_SITE, UK_SITE } from '../sharepoint-fake';
import { call, provisionedFake } from './call';

const ITEMS = "/_api/web/lists/getByTitle('Actions')/items";
const row = (due: string) => ({ Title: 'Dated', ActionKind: 'action', Lifecycle: 'open', DueKind: 'date', DueDate: due });

describe('DateOnly columns, as SharePoint keeps them', () => {
  it('a UK site stores a date as its midnight: 23:00 UTC the day before in summer, 00:00 UTC in winter', async () => {
    const fake = provisionedFake();
    const summer = await call(fake, 'POST', ITEMS, row('2024-06-15T12:00:00Z'));
    expect(summer.body?.DueDate).toBe('2024-06-14T23:00:00Z');
    const winter = await call(fake, 'POST', ITEMS, row('2024-01-15T12:00:00Z'));
    expect(winter.body?.DueDate).toBe('2024-01-15T00:00:00Z');
  });

  it('a Tokyo site stores it as 15:00 UTC the day before, and takes the day the written instant falls on there', async () => {
    const fake = provisionedFake();
    fake.timeZone = TOKYO_SITE;
    expect((await call(fake, 'POST', ITEMS, row('2024-06-15T00:00:00Z'))).body?.DueDate).toBe('2024-06-14T15:00:00Z');
    // 20:00 UTC on the 15th is already the 16th in Tokyo
    expect((await call(fake, 'POST', ITEMS, row('2024-06-15T20:00:00Z'))).body?.DueDate).toBe('2024-06-15T15:00:00Z');
  });

  it('answers web/RegionalSettings/TimeZone as SP.TimeZone', async () => {
    const fake = provisionedFake();
    const uk = await call(fake, 'GET', '/_api/web/RegionalSettings/TimeZone');
    expect(uk.body).toMatchObject({ 'odata.type': 'SP.TimeZone', Description: UK_SITE.Description, Id: 2, Information: { Bias: 0, DaylightBias: -60, StandardBias: 0 } });
    fake.timeZone = TOKYO_SITE;
    expect((await call(fake, 'GET', '/_api/web/regionalsettings/timezone')).body).toMatchObject({ Id: 20, Information: { Bias: -540 } });
  });

  it('compares a date bound as an instant: noon of the day does not include that day’s midnight', async () => {
    const fake = provisionedFake();
    await call(fake, 'POST', ITEMS, row('2024-06-15T12:00:00Z'));
    const query = (bound: string) =>
      call(fake, 'GET', `${ITEMS}?$filter=${encodeURIComponent(`Lifecycle eq 'open' and DueDate ge datetime'${bound}'`)}&$select=Id,DueDate`);
    expect(((await query('2024-06-15T12:00:00Z')).body?.value as unknown[]).length).toBe(0);
    expect(((await query('2024-06-14T23:00:00Z')).body?.value as unknown[]).length).toBe(1);
  });
});
