/**
 * Calendar dates without time zones. Governance dates are days, not instants: storing them as
 * `YYYY-MM-DD` strings and doing arithmetic in UTC avoids the off-by-one drift that `new Date()`
 * in a local zone causes around midnight and daylight-saving changes.
 */
export type IsoDate = string & { readonly _brand: 'IsoDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const days = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return days[month - 1] ?? 0;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Builds an IsoDate; returns null for an impossible calendar day (31 February). */
export function makeIsoDate(year: number, month: number, day: number): IsoDate | null {
  if (!isValidDay(year, month, day) || year < 1000 || year > 9999) {
    return null;
  }
  return `${year}-${pad2(month)}-${pad2(day)}` as IsoDate;
}

export function lastDayOfMonth(year: number, month: number): IsoDate {
  return makeIsoDate(year, month, daysInMonth(year, month)) as IsoDate;
}

export function parseIsoDate(text: string): IsoDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) {
    return null;
  }
  return makeIsoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

function toUtcDays(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round(toUtcDays(to) - toUtcDays(from));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = new Date((toUtcDays(date) + days) * 86_400_000);
  return makeIsoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()) as IsoDate;
}

/**
 * The calendar day in Europe/London at a given instant. The instant is a parameter so the
 * core stays free of clocks; the composition roots pass `new Date()`.
 */
export function londonDateOf(instant: Date): IsoDate {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return makeIsoDate(get('year'), get('month'), get('day')) as IsoDate;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
