import { describe, expect, it } from 'vitest';
import { fixedOffsetDates, ianaZoneOf, siteDatesFor, zoneDates, type SpTimeZone } from '../../../src/adapters/sharepoint/site-time-zone';
import type { IsoDate } from '../../../src/core/dates';

const UK: SpTimeZone = { Description: '(UTC) Dublin, Edinburgh, Lisbon, London', Id: 2, Information: { Bias: 0, DaylightBias: -60, StandardBias: 0 } };
const TOKYO: SpTimeZone = { Description: '(UTC+09:00) Osaka, Sapporo, Tokyo', Id: 20, Information: { Bias: -540, DaylightBias: 0, StandardBias: 0 } };
const PACIFIC: SpTimeZone = { Description: '(UTC-08:00) Pacific Time (US and Canada)', Id: 13, Information: { Bias: 480, DaylightBias: -60, StandardBias: 0 } };

const everyDayOf = (year: number): IsoDate[] =>
  Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(year, 0, 1) + i * 86_400_000).toISOString().slice(0, 10) as IsoDate).filter((d) => d.startsWith(String(year)));

describe('DateOnly values through the site’s time zone', () => {
  it('a UK site: midnight GMT in winter, 23:00 the day before in British Summer Time', () => {
    const uk = siteDatesFor(UK, 2026);
    expect(uk.zone).toBe('Europe/London');
    expect(uk.toSharePoint('2024-01-15' as IsoDate)).toBe('2024-01-15T00:00:00Z');
    expect(uk.toSharePoint('2024-06-15' as IsoDate)).toBe('2024-06-14T23:00:00Z');
    expect(uk.fromSharePoint('2024-06-14T23:00:00Z')).toBe('2024-06-15');
    expect(uk.fromSharePoint('2024-01-15T00:00:00Z')).toBe('2024-01-15');
  });

  it('a site east of UTC: Tokyo’s midnight is 15:00 UTC the day before', () => {
    const tokyo = siteDatesFor(TOKYO, 2026);
    expect(tokyo.zone).toBe('Asia/Tokyo');
    expect(tokyo.toSharePoint('2024-06-15' as IsoDate)).toBe('2024-06-14T15:00:00Z');
    expect(tokyo.fromSharePoint('2024-06-14T15:00:00Z')).toBe('2024-06-15');
  });

  it('every day of a year round-trips as the same calendar day, clock changes included', () => {
    for (const zone of ['Europe/London', 'Asia/Tokyo', 'Pacific/Auckland', 'America/Los_Angeles', 'America/Santiago']) {
      const dates = zoneDates(zone);
      for (const day of [...everyDayOf(2012), ...everyDayOf(2024)]) {
        expect(dates.fromSharePoint(dates.toSharePoint(day)), `${zone} ${day}`).toBe(day);
      }
    }
  });

  it('takes the IANA zone only when it agrees with the site’s own bias; otherwise the site’s fixed offset', () => {
    expect(ianaZoneOf(PACIFIC, 2026)).toBe('America/Los_Angeles');
    expect(ianaZoneOf({ ...TOKYO, Information: { ...TOKYO.Information, Bias: 0 } }, 2026)).toBeNull();
    const unknown = siteDatesFor({ Description: '(UTC+05:45) Somewhere new', Id: 999, Information: { Bias: -345, DaylightBias: 0, StandardBias: 0 } }, 2026);
    expect(unknown.zone).toBeNull();
    expect(unknown.toSharePoint('2024-06-15' as IsoDate)).toBe('2024-06-14T18:15:00Z');
  });

  it('a fixed offset still reads a summer-time midnight as its own day (values round to the nearest midnight)', () => {
    const standardOnly = fixedOffsetDates(0);
    expect(standardOnly.fromSharePoint('2024-06-14T23:00:00Z')).toBe('2024-06-15');
    expect(standardOnly.fromSharePoint('2024-06-15T00:00:00Z')).toBe('2024-06-15');
  });

  it('refuses to write something that is not a calendar date, naming it', () => {
    expect(() => zoneDates('Europe/London').toSharePoint('15/06/2024' as IsoDate)).toThrow(/date: must be a calendar date YYYY-MM-DD \("15\/06\/2024"\)/);
  });
});
