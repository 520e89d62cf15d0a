import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/dates';
import { currentRoundNudge, nextRoundNudge, roundSchedule } from '../../src/core/round-reminder-policy';
import { ENGLAND_AND_WALES } from '../../src/core/working-days';

const d = (s: string): IsoDate => s as IsoDate;
const days = ENGLAND_AND_WALES;

describe('when the job nudges owners missing from an update round', () => {
  it('when it opens, 7 and 2 days before the meeting', () => {
    // opened Monday 13 March 2017 for a meeting on Thursday 30 March
    expect(roundSchedule(d('2017-03-13'), d('2017-03-30'), days)).toEqual([
      { rule: 'opened', date: '2017-03-13' },
      { rule: 'before-7', date: '2017-03-23' },
      { rule: 'before-2', date: '2017-03-28' },
    ]);
  });

  it('moves a nudge off a weekend or bank holiday to the working day before; an opening on a Saturday to the Monday', () => {
    // meeting Tuesday 18 April 2017, after Easter: 2 days before is Sunday; Good Friday is a holiday too
    expect(roundSchedule(d('2017-04-01'), d('2017-04-18'), days)).toEqual([
      { rule: 'opened', date: '2017-04-03' },
      { rule: 'before-7', date: '2017-04-11' },
      { rule: 'before-2', date: '2017-04-13' },
    ]);
  });

  it('drops what would come on or before the opening nudge, and sends nothing for a round opened on the eve of its meeting’s weekend', () => {
    expect(roundSchedule(d('2017-03-23'), d('2017-03-27'), days)).toEqual([
      { rule: 'opened', date: '2017-03-23' },
      { rule: 'before-2', date: '2017-03-24' },
    ]);
    expect(roundSchedule(d('2017-03-24'), d('2017-03-27'), days)).toEqual([{ rule: 'opened', date: '2017-03-24' }]);
    expect(roundSchedule(d('2017-03-25'), d('2017-03-27'), days)).toEqual([]);
  });

  it('a run sends the latest nudge whose day has come, nothing before the opening or from the meeting day on', () => {
    const at = (today: string) => currentRoundNudge(d('2017-03-13'), d('2017-03-30'), d(today), days);
    expect(at('2017-03-12')).toBeNull();
    expect(at('2017-03-13')).toEqual({ rule: 'opened', date: '2017-03-13' });
    expect(at('2017-03-22')).toEqual({ rule: 'opened', date: '2017-03-13' });
    expect(at('2017-03-25')).toEqual({ rule: 'before-7', date: '2017-03-23' });
    expect(at('2017-03-29')).toEqual({ rule: 'before-2', date: '2017-03-28' });
    expect(at('2017-03-30')).toBeNull();
    expect(at('2017-04-02')).toBeNull();
  });

  it('says when the job nudges next: the next nudge day, or the next working morning for a round opened today', () => {
    const next = (opened: string, meeting: string, today: string) => nextRoundNudge(d(opened), d(meeting), d(today), days);
    expect(next('2017-03-13', '2017-03-30', '2017-03-15')).toEqual({ rule: 'before-7', date: '2017-03-23' });
    expect(next('2017-03-13', '2017-03-30', '2017-03-13')).toEqual({ rule: 'opened', date: '2017-03-14' });
    // opened on a Friday: Monday's run sends the opening nudge
    expect(next('2017-03-17', '2017-03-30', '2017-03-17')).toEqual({ rule: 'opened', date: '2017-03-20' });
    // opened the day before the 7-day nudge: the next run sends that one
    expect(next('2017-03-22', '2017-03-30', '2017-03-22')).toEqual({ rule: 'before-7', date: '2017-03-23' });
    expect(next('2017-03-13', '2017-03-30', '2017-03-28')).toBeNull();
    expect(next('2017-03-24', '2017-03-27', '2017-03-24')).toBeNull();
  });
});
