import { describe, expect, it } from 'vitest';
import { londonDateOf, type IsoDate } from '../../src/core/dates';
import {
  ENGLAND_AND_WALES,
  englandBankHolidays,
  onOrAfterWorkingDay,
  onOrBeforeWorkingDay,
  weekStart,
} from '../../src/core/working-days';

const d = (s: string): IsoDate => s as IsoDate;

describe('England & Wales working days (date-holidays, GB-ENG)', () => {
  it.each([
    ['2017-04-14', 'Good Friday'],
    ['2017-04-17', 'Easter Monday'],
    ['2020-05-08', 'VE day moved the early May bank holiday'],
    ['2020-12-28', 'Boxing Day on a Saturday: substitute Monday'],
    ['2021-12-27', 'Christmas on a Saturday: substitute Monday'],
    ['2021-12-28', 'Boxing Day on a Sunday: substitute Tuesday'],
    ['2022-06-03', 'Platinum Jubilee'],
    ['2022-09-19', 'State funeral'],
    ['2023-05-08', 'Coronation'],
  ])('%s is a bank holiday (%s)', (date) => {
    expect(ENGLAND_AND_WALES.isWorkingDay(d(date))).toBe(false);
  });

  it('counts only bank holidays, not observances such as Mother’s Day', () => {
    expect([...englandBankHolidays(2017)].sort()).toEqual([
      '2017-01-01', // a Sunday, and its substitute Monday
      '2017-01-02',
      '2017-04-14',
      '2017-04-17',
      '2017-05-01',
      '2017-05-29',
      '2017-08-28',
      '2017-12-25',
      '2017-12-26',
    ]);
    expect(ENGLAND_AND_WALES.isWorkingDay(d('2017-03-27'))).toBe(true);
  });

  it('moves a weekend or holiday back to the working day before', () => {
    expect(onOrBeforeWorkingDay(d('2017-04-17'), ENGLAND_AND_WALES)).toBe('2017-04-13'); // Easter Monday → Thursday
    expect(onOrBeforeWorkingDay(d('2021-12-28'), ENGLAND_AND_WALES)).toBe('2021-12-24'); // Christmas 2021 → Christmas Eve
    expect(onOrBeforeWorkingDay(d('2020-02-29'), ENGLAND_AND_WALES)).toBe('2020-02-28'); // leap day, a Saturday
    expect(onOrBeforeWorkingDay(d('2017-03-22'), ENGLAND_AND_WALES)).toBe('2017-03-22');
  });

  it('moves a weekend or holiday forward to the working day after', () => {
    expect(onOrAfterWorkingDay(d('2017-04-14'), ENGLAND_AND_WALES)).toBe('2017-04-18'); // Good Friday → Tuesday
    expect(onOrAfterWorkingDay(d('2020-12-25'), ENGLAND_AND_WALES)).toBe('2020-12-29');
    expect(onOrAfterWorkingDay(d('2016-12-31'), ENGLAND_AND_WALES)).toBe('2017-01-03'); // across a year end
  });

  it('keys a week by its Monday', () => {
    expect(weekStart(d('2017-03-20'))).toBe('2017-03-20');
    expect(weekStart(d('2017-03-26'))).toBe('2017-03-20');
    expect(weekStart(d('2020-03-01'))).toBe('2020-02-24');
  });

  it('takes today as the calendar day in London, across the clock changes', () => {
    expect(londonDateOf(new Date('2017-03-25T23:30:00Z'))).toBe('2017-03-25'); // GMT
    expect(londonDateOf(new Date('2017-03-26T23:30:00Z'))).toBe('2017-03-27'); // BST began that morning
    expect(londonDateOf(new Date('2017-10-28T23:30:00Z'))).toBe('2017-10-29'); // still BST
    expect(londonDateOf(new Date('2017-10-29T23:30:00Z'))).toBe('2017-10-29'); // GMT again
  });
});
