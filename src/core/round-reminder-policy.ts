/**
 * When the scheduled reminder job nudges owners who have not sent their highlight update for an
 * update round (DESIGN §5), pure: time and the working-day calendar are parameters.
 *
 * A round gets at most three nudges: when it opens, 7 days and 2 days before the meeting. A
 * nudge that falls on a weekend or bank holiday moves to the previous working day, as the due
 * date nudges do (the opening one to the next: it cannot come before the round exists). One that
 * would come on or before the opening one is dropped — the opening nudge already asked — and
 * nothing is sent on or after the meeting day. A run sends the latest nudge whose day has come,
 * once (the ledger is keyed by its date), so a missed day is caught up once, never twice.
 */
import { addDays, type IsoDate } from './dates';
import { onOrAfterWorkingDay, onOrBeforeWorkingDay, type WorkingDays } from './working-days';

/** Days before the meeting a round's second and third nudges come. */
export const ROUND_NUDGE_OFFSETS: readonly number[] = [7, 2];

export type RoundNudgeRule = 'opened' | `before-${number}`;
export type RoundNudge = Readonly<{ rule: RoundNudgeRule; date: IsoDate }>;

/** Every nudge of a round opened on `openedOn` (Europe/London) for a meeting on `meetingDate`, in date order. */
export function roundSchedule(openedOn: IsoDate, meetingDate: IsoDate, days: WorkingDays, offsets: readonly number[] = ROUND_NUDGE_OFFSETS): RoundNudge[] {
  const opened = onOrAfterWorkingDay(openedOn, days);
  if (opened >= meetingDate) {
    return [];
  }
  const out: RoundNudge[] = [{ rule: 'opened', date: opened }];
  for (const offset of [...new Set(offsets)].filter((o) => o > 0).sort((a, b) => b - a)) {
    const date = onOrBeforeWorkingDay(addDays(meetingDate, -offset), days);
    if (date > (out[out.length - 1] as RoundNudge).date && date < meetingDate) {
      out.push({ rule: `before-${offset}`, date });
    }
  }
  return out;
}

/** The nudge a run on `today` sends for the round (the latest whose day has come), or null: not yet, or the meeting has come. */
export function currentRoundNudge(openedOn: IsoDate, meetingDate: IsoDate, today: IsoDate, days: WorkingDays, offsets?: readonly number[]): RoundNudge | null {
  if (today >= meetingDate) {
    return null;
  }
  let latest: RoundNudge | null = null;
  for (const nudge of roundSchedule(openedOn, meetingDate, days, offsets)) {
    if (nudge.date <= today) {
      latest = nudge;
    }
  }
  return latest;
}

/**
 * The next morning the job will nudge those still missing, seen on `today`, or null when no nudge
 * is left. The job runs in the morning, so today's nudge has gone — except for a round opened
 * today, whose opening nudge goes with the next working day's run.
 */
export function nextRoundNudge(openedOn: IsoDate, meetingDate: IsoDate, today: IsoDate, days: WorkingDays, offsets?: readonly number[]): RoundNudge | null {
  const schedule = roundSchedule(openedOn, meetingDate, days, offsets);
  if (openedOn === today) {
    const catchUp = onOrAfterWorkingDay(addDays(today, 1), days);
    // the run that catches the opening nudge up sends whichever nudge is the latest by then
    const due = schedule.filter((n) => n.date <= catchUp).pop();
    return due && catchUp < meetingDate ? { rule: due.rule, date: catchUp } : null;
  }
  return schedule.find((n) => n.date > today) ?? null;
}
