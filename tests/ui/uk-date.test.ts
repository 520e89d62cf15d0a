import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/dates';
import { formatAsWritten } from '../../src/ui/shared/format';
import { isoToLocalDate, isoToUk, localDateToIso, ukToIso } from '../../src/ui/shared/uk-date';

describe('UK dates', () => {
  it('reads day first, whatever the browser locale, and refuses impossible days', () => {
    expect(ukToIso('12/01/2026')).toBe('2026-01-12');
    expect(ukToIso('1/3/21')).toBe('2021-03-01');
    expect(ukToIso('12.01.2026')).toBe('2026-01-12');
    expect(ukToIso('31/02/2026')).toBeNull();
    expect(ukToIso('2026-01-12')).toBeNull();
    expect(isoToUk('2026-01-12' as IsoDate)).toBe('12/01/2026');
  });

  it('round-trips through the calendar’s local Date without drifting a day', () => {
    for (const day of ['2026-03-29', '2026-10-25', '2024-02-29'] as IsoDate[]) {
      expect(localDateToIso(isoToLocalDate(day))).toBe(day);
    }
  });

  it('shows a source’s date at its own precision, in the app’s one format', () => {
    expect(formatAsWritten('28/04/23', '2023-04-28')).toBe('28 Apr 2023');
    expect(formatAsWritten('Aug 2021', '2021-08-31')).toBe('Aug 2021');
    expect(formatAsWritten('Q4 23/24', '2024-03-31')).toBe('Q4 23/24');
    expect(formatAsWritten(null, '2023-04-28')).toBe('28 Apr 2023');
    expect(formatAsWritten(null, null)).toBeNull();
  });
});
