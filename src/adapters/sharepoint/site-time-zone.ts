/**
 * SharePoint's DateOnly columns and the site's time zone. SharePoint stores a date-only value
 * as midnight of the SITE's time zone and returns it in UTC (pnpjs#1890, sp-dev-docs#6083): on
 * a UK site in summer, 15 June comes back as `…-06-14T23:00:00Z`; on a Tokyo site as
 * `…-06-14T15:00:00Z`. So the adapter reads the site's zone once (`web/RegionalSettings/TimeZone`)
 * and converts both ways: a date is written, and compared in $filter, as that midnight; a
 * stored value is read as the calendar day it is midnight of.
 *
 * Which zone: `RegionalSettings/TimeZone` answers SharePoint's own zone number, a description
 * and the biases (Bias, StandardBias, DaylightBias) — but not when daylight saving starts and
 * ends, so the biases alone cannot say whether 15 June is in summer time. The zone number is
 * mapped to its Windows zone (one table, SP_ZONE_WINDOWS: SharePoint's numbers are fixed and no
 * maintained library holds them), the Windows zone to IANA with CLDR's windowsZones data
 * (WINDOWS_IANA, checked against `windows-iana` by a test), and the offsets on a given day
 * come from Intl (the tz database). The IANA zone is accepted only if its standard offset agrees with the site's own
 * Bias; otherwise (an unknown number, a zone since redefined) the site's standard offset is
 * used as a fixed offset, which still reads every date right (values are rounded to the
 * nearest midnight) and writes it right, and can be an hour out only in a $filter bound on
 * a summer-time day.
 */
import { isIsoDate, type IsoDate } from '../../core/dates';
import { InvalidValueError } from '../../core/errors';
import { WINDOWS_IANA } from './windows-zones';

/** `web/RegionalSettings/TimeZone` as SharePoint answers it (SP.TimeZone). */
export type SpTimeZone = Readonly<{
  Description: string;
  Id: number;
  Information: Readonly<{ Bias: number; DaylightBias: number; StandardBias: number }>;
}>;

/** How one site's DateOnly values travel: a calendar day ↔ SharePoint's UTC instant. */
export type SiteDates = Readonly<{
  /** the IANA zone the conversions use, or null for a fixed offset */
  zone: string | null;
  /** the instant SharePoint stores for this day (its midnight on the site), as ISO UTC */
  toSharePoint(date: IsoDate): string;
  /** the calendar day a stored instant is (the nearest) midnight of, on the site */
  fromSharePoint(value: string): IsoDate;
}>;

/** SharePoint's time zone numbers (SP.RegionalSettings.TimeZones; PnP's TimeZone enum) → Windows zone ids. */
export const SP_ZONE_WINDOWS: Readonly<Record<number, string>> = {
  2: 'GMT Standard Time', 3: 'Romance Standard Time', 4: 'W. Europe Standard Time', 5: 'GTB Standard Time',
  6: 'Central Europe Standard Time', 7: 'Belarus Standard Time', 8: 'E. South America Standard Time', 9: 'Atlantic Standard Time',
  10: 'Eastern Standard Time', 11: 'Central Standard Time', 12: 'Mountain Standard Time', 13: 'Pacific Standard Time',
  14: 'Alaskan Standard Time', 15: 'Hawaiian Standard Time', 16: 'UTC-11', 17: 'New Zealand Standard Time',
  18: 'E. Australia Standard Time', 19: 'Cen. Australia Standard Time', 20: 'Tokyo Standard Time', 21: 'Singapore Standard Time',
  22: 'SE Asia Standard Time', 23: 'India Standard Time', 24: 'Arabian Standard Time', 25: 'Iran Standard Time',
  26: 'Arabic Standard Time', 27: 'Israel Standard Time', 28: 'Newfoundland Standard Time', 29: 'Azores Standard Time',
  30: 'UTC-02', 31: 'Greenwich Standard Time', 32: 'SA Eastern Standard Time', 33: 'SA Western Standard Time',
  34: 'US Eastern Standard Time', 35: 'SA Pacific Standard Time', 36: 'Canada Central Standard Time', 37: 'Central Standard Time (Mexico)',
  38: 'US Mountain Standard Time', 39: 'Dateline Standard Time', 40: 'Fiji Standard Time', 41: 'Central Pacific Standard Time',
  42: 'Tasmania Standard Time', 43: 'West Pacific Standard Time', 44: 'AUS Central Standard Time', 45: 'China Standard Time',
  46: 'N. Central Asia Standard Time', 47: 'West Asia Standard Time', 48: 'Afghanistan Standard Time', 49: 'Egypt Standard Time',
  50: 'South Africa Standard Time', 51: 'Russian Standard Time', 53: 'Cape Verde Standard Time', 54: 'Azerbaijan Standard Time',
  55: 'Central America Standard Time', 56: 'E. Africa Standard Time', 57: 'Central European Standard Time', 58: 'Ekaterinburg Standard Time',
  59: 'FLE Standard Time', 60: 'Greenland Standard Time', 61: 'Myanmar Standard Time', 62: 'Nepal Standard Time',
  63: 'North Asia East Standard Time', 64: 'North Asia Standard Time', 65: 'Pacific SA Standard Time', 66: 'Sri Lanka Standard Time',
  67: 'Tonga Standard Time', 68: 'Vladivostok Standard Time', 69: 'W. Central Africa Standard Time', 70: 'Yakutsk Standard Time',
  71: 'Central Asia Standard Time', 72: 'Korea Standard Time', 73: 'W. Australia Standard Time', 74: 'Arab Standard Time',
  75: 'Taipei Standard Time', 76: 'AUS Eastern Standard Time', 77: 'Mountain Standard Time (Mexico)', 78: 'Pacific Standard Time (Mexico)',
  79: 'Jordan Standard Time', 80: 'Middle East Standard Time', 81: 'Central Brazilian Standard Time', 82: 'Georgian Standard Time',
  83: 'Namibia Standard Time', 84: 'Caucasus Standard Time', 85: 'Argentina Standard Time', 86: 'Morocco Standard Time',
  87: 'Pakistan Standard Time', 88: 'Venezuela Standard Time', 89: 'Mauritius Standard Time', 90: 'Montevideo Standard Time',
  91: 'Paraguay Standard Time', 92: 'Russia Time Zone 11', 93: 'UTC', 94: 'Ulaanbaatar Standard Time',
};

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Minutes east of UTC that `zone` is at `instant` (Intl, so the tz database's rules). */
export function offsetMinutes(zone: string, instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const n = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return Math.round((wall - Math.floor(instant / 1000) * 1000) / MINUTE);
}

const dayStart = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`);
const isoDay = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10) as IsoDate;
/** SharePoint's own format: whole seconds, Z. */
const spInstant = (ms: number): string => `${new Date(ms).toISOString().slice(0, 19)}Z`;

function checkDate(date: IsoDate): void {
  if (!isIsoDate(date)) {
    throw new InvalidValueError('date', date, 'must be a calendar date YYYY-MM-DD');
  }
}

/** Conversions in an IANA zone: the exact midnight, whatever daylight saving does that day. */
export function zoneDates(zone: string): SiteDates {
  const offsetAt = (ms: number) => offsetMinutes(zone, ms);
  return {
    zone,
    toSharePoint(date) {
      checkDate(date);
      const wall = dayStart(date);
      // midnight's offset can differ from the guess's on a changeover day; two steps settle it
      let instant = wall - offsetAt(wall) * MINUTE;
      instant = wall - offsetAt(instant) * MINUTE;
      return spInstant(instant);
    },
    fromSharePoint(value) {
      const instant = Date.parse(value);
      // the wall-clock time on the site, rounded to its nearest midnight
      return isoDay(Math.floor((instant + offsetAt(instant) * MINUTE + DAY / 2) / DAY) * DAY);
    },
  };
}

/** Conversions at a fixed offset (minutes east of UTC), for a zone not known to the tz database. */
export function fixedOffsetDates(minutesEast: number): SiteDates {
  return {
    zone: null,
    toSharePoint(date) {
      checkDate(date);
      return spInstant(dayStart(date) - minutesEast * MINUTE);
    },
    fromSharePoint(value) {
      return isoDay(Math.floor((Date.parse(value) + minutesEast * MINUTE + DAY / 2) / DAY) * DAY);
    },
  };
}

/** The IANA zone for a SharePoint time zone, if the table and CLDR know it and it agrees with the site's Bias. */
export function ianaZoneOf(tz: SpTimeZone, year: number): string | null {
  const windows = SP_ZONE_WINDOWS[tz.Id];
  const zone = windows ? WINDOWS_IANA[windows] : undefined;
  if (!zone) {
    return null;
  }
  const standard = -(tz.Information.Bias + tz.Information.StandardBias);
  const offsets = [Date.UTC(year, 0, 15), Date.UTC(year, 6, 15)].map((t) => offsetMinutes(zone, t));
  return offsets.includes(standard) ? zone : null;
}

/** How DateOnly values travel on a site with this time zone. `year` is any recent year (for the Bias check). */
export function siteDatesFor(tz: SpTimeZone, year: number): SiteDates {
  const zone = ianaZoneOf(tz, year);
  return zone ? zoneDates(zone) : fixedOffsetDates(-(tz.Information.Bias + tz.Information.StandardBias));
}
