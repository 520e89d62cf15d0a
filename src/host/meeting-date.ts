/**
 * The day a decision taken in a Teams meeting is dated to: the meeting's scheduled start, as the
 * secretary's own calendar shows it, when Teams tells the tab; otherwise today. The form keeps
 * the day editable either way (a meeting that ran past midnight, or a decision minuted late).
 *
 * teams-js's `meeting.getMeetingDetails` is the only way a tab reads the scheduled start. It needs
 * the RSC permission OnlineMeeting.ReadBasic.Chat in the manifest (see manifest/build-manifest.ts),
 * is marked internal in teams-js (not every Teams client answers it) and has no isSupported():
 * it is guarded by its presence, its refusals and a time limit, and falls back to today.
 */
import type { IsoDate } from '../core/dates';

/** The calendar day of a scheduled start in a time zone (the browser's by default); today when there is none or it is unreadable. */
export function meetingDayOf(scheduledStart: string | null | undefined, today: IsoDate, timeZone?: string): IsoDate {
  const at = scheduledStart ? new Date(scheduledStart) : null;
  if (!at || Number.isNaN(at.getTime())) {
    return today;
  }
  // en-CA writes YYYY-MM-DD
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at) as IsoDate;
}

type MeetingDetails = Readonly<{ details?: Readonly<{ scheduledStartTime?: string }> }>;
/** The part of teams-js's `meeting` this uses: a fake stands in for it in tests. */
export type MeetingApi = Readonly<{
  getMeetingDetails?: (callback: (error: unknown, details: MeetingDetails | null) => void) => void;
}>;

const loadTeamsMeeting = async (): Promise<MeetingApi> => (await import('@microsoft/teams-js')).meeting as unknown as MeetingApi;

/** Asks Teams for the meeting's scheduled start; today when Teams cannot or will not say within `waitMs`. */
export async function readMeetingDay(today: IsoDate, load: () => Promise<MeetingApi> = loadTeamsMeeting, waitMs = 3000): Promise<IsoDate> {
  try {
    const meeting = await load();
    if (typeof meeting.getMeetingDetails !== 'function') {
      return today;
    }
    const get = meeting.getMeetingDetails;
    const start = await new Promise<string | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), waitMs);
      // throws at once outside a meeting's frame contexts or before teams-js is initialised
      get((error, details) => {
        clearTimeout(timer);
        resolve(error ? null : (details?.details?.scheduledStartTime ?? null));
      });
    });
    return meetingDayOf(start, today);
  } catch {
    return today;
  }
}
