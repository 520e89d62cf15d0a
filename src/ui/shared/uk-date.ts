/**
 * Days as people in the UK write them: dd/MM/yyyy, day first. Used by every date box (Fluent's
 * DatePicker formats and parses with these) so "12/01/2026" is always the 12th of January.
 */
import { makeIsoDate, type IsoDate } from '../../core/dates';

/** "2026-01-12" → "12/01/2026" */
export function isoToUk(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * "12/01/2026", "12/1/26", "12-01-2026", "12.01.2026" → 2026-01-12; anything else (or an
 * impossible day such as 31/02/2026) → null. Two-digit years are this century.
 */
export function ukToIso(text: string): IsoDate | null {
  const match = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$/.exec(text);
  if (!match) {
    return null;
  }
  const year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  return makeIsoDate(year, Number(match[2]), Number(match[1]));
}

/** The calendar's Date (local midnight) for a day, and back: no time zone drift either way. */
export function isoToLocalDate(date: IsoDate): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function localDateToIso(date: Date): IsoDate {
  return makeIsoDate(date.getFullYear(), date.getMonth() + 1, date.getDate()) as IsoDate;
}
