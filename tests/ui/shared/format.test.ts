import { describe, expect, it } from 'vitest';
import { parseDue } from '../../../src/core/due-date';
import { formatDue } from '../../../src/ui/shared/format';

describe('formatDue: as written, then what we read it as', () => {
  it('says a description once when it is the text itself, whatever the case', () => {
    expect(formatDue(parseDue('Immediate'))).toBe('Immediate');
    expect(formatDue(parseDue('ONGOING'))).toBe('ONGOING');
  });

  it('keeps the description where it adds something', () => {
    expect(formatDue(parseDue('TBC'))).toBe('TBC — to be confirmed');
    expect(formatDue(parseDue('Aug-12'))).toMatch(/^Aug-12 — by 31 Aug 2012/);
  });
});
