/** The day a meeting's decision is dated to: the scheduled start's day where Teams gives it, else today. */
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/dates';
import { meetingDayOf, readMeetingDay, type MeetingApi } from '../../src/host/meeting-date';

const today = '2024-05-10' as IsoDate;

describe('the meeting’s day', () => {
  it('is the scheduled start’s calendar day where the secretary is, not the UTC day', () => {
    expect(meetingDayOf('2024-05-07T09:30:00Z', today, 'Europe/London')).toBe('2024-05-07');
    // 23:30 UTC on the 6th is already the 7th in London in summer time
    expect(meetingDayOf('2024-05-06T23:30:00+00:00', today, 'Europe/London')).toBe('2024-05-07');
    expect(meetingDayOf('2024-05-06T23:30:00+00:00', today, 'UTC')).toBe('2024-05-06');
  });

  it('is today when there is no scheduled start or it is not a time', () => {
    expect(meetingDayOf(null, today)).toBe(today);
    expect(meetingDayOf(undefined, today)).toBe(today);
    expect(meetingDayOf('', today)).toBe(today);
    expect(meetingDayOf('next Tuesday', today)).toBe(today);
  });

  it('asks Teams, and falls back to today when the API is missing, refuses, throws or never answers', async () => {
    const answers = (details: unknown, error: unknown = null): MeetingApi => ({ getMeetingDetails: (cb) => cb(error, details as never) });
    const start = '2024-05-07T12:00:00Z';
    expect(await readMeetingDay(today, async () => answers({ details: { scheduledStartTime: start } }))).toBe(meetingDayOf(start, today));
    expect(await readMeetingDay(today, async () => ({}))).toBe(today);
    expect(await readMeetingDay(today, async () => answers(null, { errorCode: 1000, message: 'App doesn’t have sufficient permission' }))).toBe(today);
    expect(await readMeetingDay(today, async () => ({ getMeetingDetails: () => { throw new Error('not in a meeting frame'); } }))).toBe(today);
    expect(await readMeetingDay(today, async () => ({ getMeetingDetails: () => undefined }), 20)).toBe(today);
    expect(await readMeetingDay(today, async () => Promise.reject(new Error('no teams-js')))).toBe(today);
  });
});
