/**
 * The site's time zone, and how SharePoint keeps DateOnly values in it: whatever instant is
 * written, SharePoint takes the calendar day it falls on in the SITE's zone and stores that
 * day's midnight there, answering it in UTC (pnpjs#1890, sp-dev-docs#6083) — a UK site in
 * BST stores 15 June as `…-06-14T23:00:00Z`, a Tokyo site as `…-06-14T15:00:00Z`. A value
 * without an offset is read as the site's wall-clock time.
 *
 * `web/RegionalSettings/TimeZone` answers SP.TimeZone as Microsoft documents it: Description,
 * Id (SharePoint's own zone number) and Information { Bias, DaylightBias, StandardBias }, in
 * minutes, UTC = local + bias. The fake's own conversions use Intl with the IANA zone it is
 * given (it is the server and knows its zone); they share no code with the adapter's.
 */
import { json } from './odata';
import type { SiteRoute } from './route';

export type FakeTimeZone = Readonly<{
  iana: string;
  Description: string;
  Id: number;
  Information: Readonly<{ Bias: number; DaylightBias: number; StandardBias: number }>;
}>;

/** A UK site: GMT in winter, BST (UTC+1) in summer. */
export const UK_SITE: FakeTimeZone = {
  iana: 'Europe/London',
  Description: '(UTC) Dublin, Edinburgh, Lisbon, London',
  Id: 2,
  Information: { Bias: 0, DaylightBias: -60, StandardBias: 0 },
};

/** A site east of UTC with no daylight saving: Tokyo, UTC+9. */
export const TOKYO_SITE: FakeTimeZone = {
  iana: 'Asia/Tokyo',
  Description: '(UTC+09:00) Osaka, Sapporo, Tokyo',
  Id: 20,
  Information: { Bias: -540, DaylightBias: 0, StandardBias: 0 },
};

/** A site twelve or thirteen hours east: New Zealand, where noon UTC is already tomorrow in summer. */
export const AUCKLAND_SITE: FakeTimeZone = {
  iana: 'Pacific/Auckland',
  Description: '(UTC+12:00) Auckland, Wellington',
  Id: 17,
  Information: { Bias: -720, DaylightBias: -60, StandardBias: 0 },
};

/** The wall-clock fields of an instant in a zone. */
function wallClock(iana: string, instant: number): { y: number; m: number; d: number; ms: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: iana, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }).formatToParts(new Date(instant));
  const n = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { y: n('year'), m: n('month'), d: n('day'), ms: Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second')) };
}

/** The UTC instant at which the site's wall clock reads `wall` (ms of a UTC-labelled wall time). */
function instantOfWall(iana: string, wall: number): number {
  let guess = wall;
  for (let i = 0; i < 3; i += 1) {
    guess = wall - (wallClock(iana, guess).ms - guess);
  }
  return guess;
}

/** What SharePoint stores for a DateOnly value written as `value` on a site in `iana`. */
export function storedDateOnly(value: unknown, iana: string): unknown {
  if (typeof value !== 'string' || value === '') {
    return value ?? null;
  }
  const hasZone = /(Z|[+-]\d\d:?\d\d)$/i.test(value);
  const instant = hasZone ? Date.parse(value) : instantOfWall(iana, Date.parse(`${value.length === 10 ? `${value}T00:00:00` : value}Z`));
  if (Number.isNaN(instant)) {
    return value; // SharePoint refuses it; the write route checks before storing
  }
  const day = wallClock(iana, instant);
  const midnight = instantOfWall(iana, Date.UTC(day.y, day.m - 1, day.d));
  return `${new Date(midnight).toISOString().slice(0, 19)}Z`;
}

export const isDateOnlyField = (field: { TypeAsString: string; SchemaXml: string } | undefined): boolean =>
  field?.TypeAsString === 'DateTime' && /Format="DateOnly"/.test(field.SchemaXml);

export const timeZoneRoutes: SiteRoute[] = [
  {
    pattern: /^\/_api\/web\/regionalsettings\/timezone$/i,
    verb: 'GET',
    handle: (fake) => {
      const { Description, Id, Information } = fake.timeZone;
      return json({
        'odata.metadata': `${fake.siteUrl}/_api/$metadata#SP.ApiData.TimeZones/@Element`,
        'odata.type': 'SP.TimeZone',
        'odata.id': `${fake.siteUrl}/_api/web/RegionalSettings/TimeZone`,
        'odata.editLink': 'web/RegionalSettings/TimeZone',
        Description,
        Id,
        Information,
      });
    },
  },
];
