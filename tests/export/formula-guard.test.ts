import { describe, expect, it } from 'vitest';
import { neutralise, unneutralise } from '../../src/export/formula-guard';
import { toCsv } from '../../src/export/write-table';

describe('formula neutralisation in exports', () => {
  it.each([
    ['=1+1'],
    ['+44 20'],
    ['-3'],
    ['@SUM(A1)'],
    ['\t=1'],
    ['\r=1'],
    ['\n=HYPERLINK("http://x")'],
    [' =1+1'],
    ['   @cmd'],
    ['\u00A0=1+1'],
    ['\u3000=1'],
    ['\uFF1D1+1'],
    [' \uFF0B1'],
    ['\uFF20SUM(A1)'],
  ])('keeps %j as text', (value) => {
    expect(neutralise(value)).toBe(`'${value}`);
    expect(unneutralise(neutralise(value))).toBe(value);
  });

  it.each([['Plain words'], ['Q4 23/24'], ["'quoted by the user"], ['a = b'], ['  spaced words'], ['']])('leaves %j alone', (value) => {
    expect(neutralise(value)).toBe(value);
    expect(unneutralise(value)).toBe(value);
  });

  it.each([["'=1+1"], ["''@cmd"], ["' =A1"]])('keeps a person’s own leading apostrophe in %j through export and import', (value) => {
    expect(neutralise(value)).toBe(`'${value}`);
    expect(unneutralise(neutralise(value))).toBe(value);
  });

  it('writes the neutralised cell into the CSV', () => {
    const csv = toCsv({ title: 't', headers: ['A'], rows: [['\u00A0=cmd|calc'], ['\uFF1D1']] } as never);
    expect(csv).toContain("'\u00A0=cmd|calc");
    expect(csv).toContain("'\uFF1D1");
  });
});
