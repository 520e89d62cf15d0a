/** Display formatting for dates and durations, in British English and the London zone. */
import type { IsoDate } from '../../core/dates';
import { describeDue, parseDue, type Due } from '../../core/due-date';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

export function formatDay(date: IsoDate | string): string {
  return DAY.format(new Date(`${date}T00:00:00Z`));
}

export function formatInstant(iso: string): string {
  return INSTANT.format(new Date(iso));
}

export function formatOverdue(days: number): string {
  if (days < 60) {
    return `${days} day${days === 1 ? '' : 's'} overdue`;
  }
  if (days < 730) {
    return `${Math.round(days / 30.4)} months overdue`;
  }
  return `${Math.floor(days / 365.25)} years overdue`;
}

/** "Aug-12 — by 31 Aug 2012 (end of month)": as written, then what we read it as. */
export function formatDue(due: Due): string {
  if (due.text === null) {
    return 'No due date';
  }
  if (due.kind === 'date' && due.date) {
    const derived = due.precision === 'day' ? formatDay(due.date) : `by ${formatDay(due.date)}`;
    return due.text === formatDay(due.date) ? due.text : `${due.text} — ${derived}`;
  }
  if (due.kind === 'from' && due.date) {
    return `${due.text} — from ${formatDay(due.date)}`;
  }
  // "Immediate", "Ongoing": when the description is the text itself, say it once
  const described = describeDue(due);
  return due.text.trim().toLowerCase() === described.toLowerCase() ? due.text : `${due.text} — ${described}`;
}

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/**
 * A date the source wrote at its own precision (a report's date, a publication date), shown in the
 * app's one UK format: a day as "28 Apr 2023", a month as "Aug 2021"; anything coarser or not a
 * date ("Q4 23/24", "Spring 2022") as written. `date` is what was read from it, if anything.
 */
export function formatAsWritten(text: string | null, date: IsoDate | string | null): string | null {
  if (text === null) {
    return date ? formatDay(date) : null;
  }
  let due: Due | null;
  try {
    due = parseDue(text, 'date');
  } catch {
    due = null;
  }
  if (due?.kind === 'date' && due.date && due.precision === 'day') {
    return formatDay(due.date);
  }
  if (due?.kind === 'date' && due.date && due.precision === 'month') {
    return MONTH.format(new Date(`${due.date}T00:00:00Z`));
  }
  return text;
}
