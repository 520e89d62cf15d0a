/**
 * The seeded inspection figures against the source's own sentences (seed 004), report by report:
 * what applies to the force, what is complete and what is in progress, counting an item by its
 * headline (the worst open part). Where the export lists fewer items than the sentence counts,
 * the listed figures are checked against what the listed rows say and never exceed the sentence.
 */
import { describe, expect, it } from 'vitest';
import { LOCAL_PEOPLE } from '../../src/seed/people';
import { readSeed } from '../../src/seed/read-seed';
import { planSeed } from '../../src/seed/seed-plan';
import { summariseInspection } from '../../src/core/summary';
import { fromRecommendation } from '../../src/core/tracked-item';
import { asItemId, type Stored } from '../../src/core/model';
import { isOpen } from '../../src/core/rag';

const seed = readSeed();
const plan = planSeed(seed, LOCAL_PEOPLE);
const itemsOf = (id: string) => plan.recommendations.filter((r) => r.refs.inspectionId === `hmicfrs:${id}`).map((r) => r.record);
const sentenceOf = (id: string) => seed.tracker.reports.find((r) => r.id === id)?.summary ?? null;

type Figures = { sentence: string; listed: number; applies: number; complete: number; inProgress: number; all: boolean };

/** complete = GREEN or closed; in progress = open and not GREEN (WHITE items are counted in neither). */
const EXPECTED: Record<string, Figures> = {
  'making-it-fair-2017': { sentence: 'There are 9 recommendations; 5 of which apply to force', listed: 9, applies: 5, complete: 0, inProgress: 5, all: true },
  'living-in-fear-2017': { sentence: 'There are 22 recommendations; 4 of which apply to force.', listed: 22, applies: 4, complete: 0, inProgress: 0, all: true },
  'peel-effectiveness-2016-national': { sentence: '3 of which applied to the force. 2 are complete and 1 is now deemed white', listed: 3, applies: 3, complete: 2, inProgress: 0, all: false },
  'peel-effectiveness-2016-force': { sentence: 'There are a total of 13 actions for the force. 6 are complete and 7 in progress', listed: 13, applies: 13, complete: 6, inProgress: 7, all: true },
  'best-use-of-stop-and-search-revisit-2016': { sentence: 'Total of 3 actions: relevant to the City of London Police and in progress.', listed: 3, applies: 3, complete: 0, inProgress: 3, all: true },
  'peel-leadership-2016': { sentence: '2 actions are relevant to the City of London Police and are complete.', listed: 2, applies: 2, complete: 2, inProgress: 0, all: true },
  // 3 actions: item 1's two parts (GREEN within 6 months, AMBER within 2 years) and item 2 (GREEN).
  'peel-legitimacy-2016-national': { sentence: 'Total of 3 actions are relevant to the City of London Police, 2 are complete and 1 is in progress.', listed: 2, applies: 2, complete: 1, inProgress: 1, all: false },
  // Items 2 and 3 are missing from the export; item 1 is in progress "with an element of 1 now closed".
  'peel-legitimacy-2016-colp': { sentence: '3 are in progress (with an element of 1 now closed) and 2 are complete', listed: 3, applies: 3, complete: 0, inProgress: 3, all: false },
  'peel-efficiency-2016-colp': { sentence: '5 are relevant to the City of London Police, 4 are complete and 1 in progress.', listed: 5, applies: 5, complete: 4, inProgress: 1, all: true },
  'tri-service-review-interoperability-principles-2016': { sentence: '5 are relevant to the City of London Police, 2 are still in progress.', listed: 2, applies: 2, complete: 0, inProgress: 2, all: false },
  'peel-effectiveness-2015-colp': { sentence: '2 were areas relevant to the City of London Police and are complete.', listed: 1, applies: 1, complete: 1, inProgress: 0, all: false },
  'peel-efficiency-2015': { sentence: '2 were areas relevant to the City of London Police, 1 is still in progress.', listed: 1, applies: 1, complete: 0, inProgress: 1, all: false },
  'in-harms-way-2015': { sentence: 'Of these 1 is national and outside the remit of City of London Police, 1 is still in progress.', listed: 1, applies: 1, complete: 0, inProgress: 1, all: false },
};

describe('seeded inspection figures say what the source sentences say', () => {
  it('covers every report in the tracker', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(seed.tracker.reports.map((r) => r.id).sort());
  });

  for (const [id, want] of Object.entries(EXPECTED)) {
    it(`${id}: “${want.sentence}”`, () => {
      expect(sentenceOf(id)).toContain(want.sentence);
      const items = itemsOf(id);
      const complete = items.filter((i) => i.rag === 'GREEN' || !isOpen(i.lifecycle)).length;
      const inProgress = items.filter((i) => isOpen(i.lifecycle) && i.rag !== 'GREEN' && i.rag !== 'WHITE').length;
      expect({ listed: items.length, applies: items.filter((i) => i.appliesToForce).length, complete, inProgress }).toEqual({
        listed: want.listed,
        applies: want.applies,
        complete: want.complete,
        inProgress: want.inProgress,
      });
      const summary = summariseInspection(sentenceOf(id), items);
      if (want.all) {
        expect(summary.mismatches).toEqual([]);
      } else if (summary.source.appliesToForce !== null) {
        expect(summary.appliesToForce).toBeLessThanOrEqual(summary.source.appliesToForce);
      }
    });
  }

  it('Living in fear: all 22 stay WHITE, the 4 addressed to chief constables apply (8–11)', () => {
    const items = itemsOf('living-in-fear-2017');
    expect(items.every((i) => i.rag === 'WHITE')).toBe(true);
    expect(items.filter((i) => i.appliesToForce).map((i) => i.number)).toEqual(['8', '9', '10', '11']);
  });

  it('PEEL Effectiveness 2016 (national): the NEW WHITE ROCU item still applied', () => {
    const five = itemsOf('peel-effectiveness-2016-national').find((i) => i.number === '5');
    expect(five).toMatchObject({ rag: 'WHITE', appliesToForce: true });
  });
});

describe('an item with parts shows its worst open part', () => {
  const stored = (r: ReturnType<typeof itemsOf>[number]): Stored<'recommendations'> => ({ ...r, id: asItemId(1), version: '1', modified: '2017-01-01T00:00:00.000Z' });

  it('PEEL Legitimacy 2016 – CoLP #1: NEW CLOSED part and AMBER part → open, AMBER', () => {
    const one = itemsOf('peel-legitimacy-2016-colp').find((i) => i.number === '1');
    expect(one?.parts.map((p) => [p.rag, p.lifecycle])).toEqual([[null, 'closed'], ['AMBER', 'open']]);
    expect(one).toMatchObject({ rag: 'AMBER', lifecycle: 'open' });
    expect(fromRecommendation(stored(one!))).toMatchObject({ rag: 'AMBER', lifecycle: 'open' });
  });

  it('PEEL Legitimacy 2016 – National #1: GREEN within 6 months, AMBER within 2 years → AMBER, due December 2018', () => {
    const one = itemsOf('peel-legitimacy-2016-national').find((i) => i.number === '1');
    expect(one).toMatchObject({ rag: 'AMBER', lifecycle: 'open', dueDate: '2018-12-31' });
    expect(fromRecommendation(stored(one!)).due.date).toBe('2018-12-31');
  });
});

describe('merged cells are carried to every row they cover', () => {
  it('Stop and Search #1’s comment and due date cover #2 and #3', () => {
    const items = itemsOf('best-use-of-stop-and-search-revisit-2016');
    const one = items.find((i) => i.number === '1');
    for (const n of ['2', '3']) {
      const item = items.find((i) => i.number === n);
      expect(item).toMatchObject({ comment: one?.comment, dueText: 'April 2017 [internal deadline]', internalDeadline: true });
      expect(item?.flags).not.toContain('rationale missing');
    }
  });
});
