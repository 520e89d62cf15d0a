import { describe, expect, it } from 'vitest';
import { parseDue, isDeadline, describeDue } from '../../src/core/due-date';
import { InvalidValueError } from '../../src/core/errors';
import { seedDueSamples } from '../helpers/seed-files';

describe('parseDue: the grammar of DESIGN §1', () => {
  it.each([
    ['09/21', 'date', '2021-09-30', 'month'],
    ['01/22', 'date', '2022-01-31', 'month'],
    ['1/3/21', 'date', '2021-03-01', 'day'],
    ['26/04/23', 'date', '2023-04-26', 'day'],
    ['19 Jan 22', 'date', '2022-01-19', 'day'],
    ['Aug-12', 'date', '2012-08-31', 'month'],
    ['Aug-12 *', 'date', '2012-08-31', 'month'],
    ['May - 12', 'date', '2012-05-31', 'month'],
    ['June 17', 'date', '2017-06-30', 'month'],
    ['Sept 17 [Internal deadline]', 'date', '2017-09-30', 'month'],
    ['Aug 2021', 'date', '2021-08-31', 'month'],
    ['March 2022', 'date', '2022-03-31', 'month'],
    ['Feb-24', 'date', '2024-02-29', 'month'],
    ['Q4 23/24', 'date', '2024-03-31', 'quarter'],
    ['Q1 23/24', 'date', '2023-06-30', 'quarter'],
    ['Q2 23/24', 'date', '2023-09-30', 'quarter'],
    ['Q3 23/24', 'date', '2023-12-31', 'quarter'],
    ['2022', 'date', '2022-12-31', 'year'],
    ['2023/24', 'date', '2024-03-31', 'year'],
    ['2024-02-29', 'date', '2024-02-29', 'day'],
    ['Aug-12 onwards', 'from', '2012-08-01', 'month'],
    ['Sept 12 onwards', 'from', '2012-09-01', 'month'],
  ])('%s → %s %s (%s)', (text, kind, date, precision) => {
    const due = parseDue(text);
    expect(due).toMatchObject({ text, kind, date, precision });
  });

  it.each([
    ['Immediate', 'immediate'],
    ['TBC', 'tbc'],
    ['Ongoing (quarterly review)', 'ongoing'],
    ['No deadline set by HMICFRS', 'none'],
    ['When CityFirst proposals are implemented', 'conditional'],
    ['Complete', 'status'],
    ['Completed', 'status'],
    ['', 'none'],
  ])('%s is classified as %s, with no date', (text, kind) => {
    expect(parseDue(text)).toMatchObject({ kind, date: null, precision: null });
  });

  it('keeps the text exactly as written and flags an internal deadline', () => {
    const due = parseDue('April 2017 [internal deadline]');
    expect(due.text).toBe('April 2017 [internal deadline]');
    expect(due.internalDeadline).toBe(true);
    expect(parseDue('April 2017').internalDeadline).toBe(false);
  });

  it('refuses an impossible date, naming the field and the value', () => {
    expect(() => parseDue('31/02/2018', 'dueText')).toThrow(InvalidValueError);
    expect(() => parseDue('31/02/2018', 'dueText')).toThrow('dueText: not a real calendar date ("31/02/2018")');
    expect(() => parseDue('13/22')).toThrow(/not a real calendar date/);
    expect(() => parseDue('Q4 23/25')).toThrow(/not a real calendar date/);
  });

  it('refuses text that is neither a date nor a phrase, listing what is accepted', () => {
    expect(() => parseDue('next-ish', 'due')).toThrow(/due: not a date or a recognised phrase; write e\.g\./);
  });

  it('only dated deadlines count as deadlines', () => {
    expect(isDeadline(parseDue('Aug-12'))).toBe(true);
    expect(isDeadline(parseDue('Aug-12 onwards'))).toBe(false);
    expect(isDeadline(parseDue('TBC'))).toBe(false);
    expect(describeDue(parseDue('Q4 23/24'))).toBe('by 2024-03-31 (end of quarter)');
  });
});

describe('parseDue: every dueText in the seed data, checked against the seed’s dueDate', () => {
  const samples = seedDueSamples();

  it('covers the whole seed', () => {
    expect(samples.length).toBeGreaterThan(200);
  });

  it.each(samples.map((s) => [s.where, s.text, s.oracle] as const))('%s: %j', (_where, text, oracle) => {
    const due = parseDue(text);
    if (oracle === null) {
      // Not a date in the source (TBC, Q4 23/24 …): we may still derive one, but only for
      // quarters and financial years, which the seed's ISO field cannot express.
      expect(due.date === null || due.precision === 'quarter').toBe(true);
    } else {
      expect(due.date, `derived from ${JSON.stringify(text)}`).not.toBeNull();
      // The oracle is YYYY-MM-DD, YYYY-MM or YYYY; our date is in that period.
      expect(due.date?.startsWith(oracle)).toBe(true);
      const precision = oracle.length === 10 ? 'day' : oracle.length === 7 ? 'month' : 'year';
      expect(due.precision).toBe(precision);
    }
  });
});
