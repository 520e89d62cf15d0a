import { describe, expect, it } from 'vitest';
import { appliesToForcePhrase, closureCounts, describeCounts, describeMismatches, readSourceSummary, summariseInspection } from '../../src/core/summary';
import type { Recommendation } from '../../src/core/model';

type Item = Pick<Recommendation, 'itemKind' | 'rag' | 'lifecycle' | 'appliesToForce'>;
const item = (rag: Item['rag'], kind = 'recommendation', lifecycle: Item['lifecycle'] = 'open'): Item => ({
  itemKind: kind,
  rag,
  lifecycle,
  appliesToForce: rag !== 'WHITE',
});

describe('inspection summary: counted, never typed', () => {
  it.each([
    ['There are 9 recommendations; 5 of which apply to force, these are to be progressed.', 9, 5],
    ['There are 5 recommendations; 3 of which applied to the force.', 5, 3],
    ['There are a total of 13 actions for the force.', 13, null],
    ['Total of 5 actions: 0 are national and outside the remit of City of London Police. 5 are relevant to the City of London Police', 5, 5],
    ['2 actions are relevant to the City of London Police and are complete.', null, 2],
    [null, null, null],
  ])('reads the source sentence %j', (text, total, applies) => {
    expect(readSourceSummary(text)).toEqual({ total, appliesToForce: applies });
  });

  it('counts by kind and by status, and shows where the source disagrees', () => {
    const items = [item('GREEN'), item('WHITE'), item('AMBER', 'area for improvement'), item(null, 'recommendation', 'closed'), item(null)];
    const s = summariseInspection('There are 9 recommendations; 5 of which apply to force', items);
    expect(s.total).toBe(5);
    expect(s.appliesToForce).toBe(4);
    expect(s.byKind).toEqual({ recommendation: 4, 'area for improvement': 1 });
    expect(s.byStatus).toEqual({ GREEN: 1, AMBER: 1, RED: 0, WHITE: 1, notSet: 1, closed: 1 });
    expect(s.mismatches).toEqual(['The report says 9 items; 5 are listed here.', 'The report says 5 apply to the force; here 4 are marked as applying.']);
    expect(describeCounts(s)).toBe('1 area for improvement, 4 recommendations; 4 apply to the force');
  });

  it('agrees the verb with the number: "1 applies", "5 apply"', () => {
    expect(appliesToForcePhrase(1)).toBe('1 applies to the force');
    expect(appliesToForcePhrase(0)).toBe('0 apply to the force');
    expect(describeCounts(summariseInspection(null, [item('GREEN'), item('WHITE')]))).toBe('2 recommendations; 1 applies to the force');
    expect(describeCounts(summariseInspection(null, [item('WHITE', 'cause of concern')]))).toBe('1 cause of concern; 0 apply to the force');
  });

  it('says each difference from the report in a plain sentence, in the items’ own noun', () => {
    const byKind = { recommendation: 20 };
    expect(describeMismatches({ total: 22, appliesToForce: null }, { total: 20, appliesToForce: 20, byKind })).toEqual([
      'The report says 22 recommendations; 20 are listed here.',
    ]);
    expect(describeMismatches({ total: 1, appliesToForce: 1 }, { total: 2, appliesToForce: 0, byKind: { 'area for improvement': 2 } })).toEqual([
      'The report says 1 area for improvement; 2 are listed here.',
      'The report says 1 applies to the force; here 0 are marked as applying.',
    ]);
    expect(describeMismatches({ total: 3, appliesToForce: 2 }, { total: 1, appliesToForce: 1, byKind: { recommendation: 1 } })[1]).toBe(
      'The report says 2 apply to the force; here 1 is marked as applying.',
    );
    // agreeing numbers, or a report without numbers, say nothing
    expect(describeMismatches({ total: 2, appliesToForce: null }, { total: 2, appliesToForce: 1, byKind })).toEqual([]);
  });

  it('keeps the steps of closure apart: proposed, closed by the force, authorised by the inspectorate, superseded', () => {
    const items = [
      item('GREEN', 'recommendation', 'closed'),
      item('GREEN', 'recommendation', 'closed'),
      item('GREEN', 'recommendation', 'authorised'),
      item('AMBER', 'recommendation', 'closure-proposed'),
      item(null, 'recommendation', 'superseded'),
      item('RED'),
    ];
    const s = summariseInspection(null, items);
    expect(closureCounts(s.byLifecycle)).toEqual([
      { label: 'Closure proposed', count: 1 },
      { label: 'Closed by the force', count: 2 },
      { label: 'Authorised by the inspectorate', count: 1 },
      { label: 'Superseded', count: 1 },
    ]);
    // the RAG counts still lump every closed step together as "closed", which is why screens show these
    expect(s.byStatus.closed).toBe(4);
    expect(closureCounts(summariseInspection(null, [item('RED')]).byLifecycle)).toEqual([]);
  });
});
