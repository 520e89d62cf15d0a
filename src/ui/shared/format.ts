/** Display formatting for dates and durations, in British English and the London zone. */
import type { IsoDate } from '../../core/dates';
import { describeDue, type Due } from '../../core/due-date';

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
  return `${due.text} — ${describeDue(due)}`;
}
