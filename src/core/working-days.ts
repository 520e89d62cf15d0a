/**
 * Working days in England and Wales: not a Saturday or Sunday and not a bank holiday.
 * Bank holidays come from `date-holidays` (region GB-ENG, computed offline, substitute days
 * and one-off holidays such as jubilees and state funerals included) — never a hand-typed table.
 * Dates are date-only `IsoDate`s, so a change of clocks never moves a day.
 */
import Holidays from 'date-holidays';
import { addDays, type IsoDate } from './dates';

/** Answers whether a calendar day is a working day; a parameter of the policy so tests can pin it. */
export type WorkingDays = Readonly<{ isWorkingDay: (date: IsoDate) => boolean }>;

const byYear = new Map<number, ReadonlySet<string>>();
let calendar: Holidays | null = null;

/** England & Wales bank holidays of a year as `YYYY-MM-DD` (public holidays in date-holidays' terms). */
export function englandBankHolidays(year: number): ReadonlySet<string> {
  const cached = byYear.get(year);
  if (cached) {
    return cached;
  }
  calendar ??= new Holidays('GB', 'ENG');
  const days = new Set(
    calendar
      .getHolidays(year)
      .filter((h) => h.type === 'public' || h.type === 'bank')
      .map((h) => h.date.slice(0, 10))
  );
  byYear.set(year, days);
  return days;
}

function isWeekend(date: IsoDate): boolean {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export const ENGLAND_AND_WALES: WorkingDays = {
  isWorkingDay: (date) => !isWeekend(date) && !englandBankHolidays(Number(date.slice(0, 4))).has(date),
};

/** The day itself if it is a working day, otherwise the working day before it. */
export function onOrBeforeWorkingDay(date: IsoDate, days: WorkingDays): IsoDate {
  let d = date;
  while (!days.isWorkingDay(d)) {
    d = addDays(d, -1);
  }
  return d;
}

/** The day itself if it is a working day, otherwise the working day after it. */
export function onOrAfterWorkingDay(date: IsoDate, days: WorkingDays): IsoDate {
  let d = date;
  while (!days.isWorkingDay(d)) {
    d = addDays(d, 1);
  }
  return d;
}

/** The Monday of the week a day falls in: "once a week" digests are keyed by it. */
export function weekStart(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
}
