/**
 * An item with parts shows its worst open part: worst RAG of the open parts, the earliest due of
 * those still to deliver, closed only when every part is (issue 13, PEEL Legitimacy 2016).
 */
import { describe, expect, it } from 'vitest';
import { parseDue } from '../../src/core/due-date';
import type { Part } from '../../src/core/model';
import { headlineOf, summariseParts } from '../../src/core/parts';
import type { Lifecycle, Rag } from '../../src/core/rag';

function part(label: string, rag: Rag | null, lifecycle: Lifecycle, dueText: string | null = null): Part {
  const due = parseDue(dueText);
  return { label, rag, lifecycle, comment: null, dueText: due.text, dueDate: due.date, duePrecision: due.precision, dueKind: due.kind, internalDeadline: due.internalDeadline };
}

/** The item's own fields as stored before its parts are read: open, no RAG, its own due. */
const item = { ...part('item', null, 'open', 'March 2019'), title: 'Recommendation 1' };

describe('an item’s headline from its parts', () => {
  it('every part closed: closed, worst RAG of all the parts, the item’s own due kept', () => {
    const parts = [part('Professional Standards', 'GREEN', 'closed', 'June 2017'), part('Communications', 'AMBER', 'closed', 'December 2018')];
    expect(summariseParts(parts)).toEqual({ rag: 'AMBER', lifecycle: 'closed', dueDate: null });
    expect(headlineOf(item, parts)).toEqual({ ...item, rag: 'AMBER', lifecycle: 'closed' });
    // all superseded stays superseded; a mix of ways to finish is closed
    expect(summariseParts([part('a', null, 'superseded'), part('b', null, 'superseded')])?.lifecycle).toBe('superseded');
    expect(summariseParts([part('a', null, 'superseded'), part('b', null, 'closed')])?.lifecycle).toBe('closed');
  });

  it('closed and open parts: the open ones decide — worst open RAG, earliest due still to deliver, open', () => {
    const parts = [
      part('Professional Standards', 'RED', 'closed', 'June 2017'),
      part('Corporate Communications', 'AMBER', 'open', 'December 2018'),
      part('Within 1 year', 'GREEN', 'open', 'June 2018'),
    ];
    expect(summariseParts(parts)).toEqual({ rag: 'AMBER', lifecycle: 'open', dueDate: '2018-12-31' });
    // the GREEN part is delivered, so the AMBER part's date is the one due, as that part wrote it
    expect(headlineOf(item, parts)).toEqual({ ...item, rag: 'AMBER', lifecycle: 'open', dueText: 'December 2018', dueDate: '2018-12-31', duePrecision: 'month' });
  });

  it('open parts all awaiting closure: closure proposed; one still open keeps the item open', () => {
    const proposed = [part('a', 'GREEN', 'closure-proposed', '31/03/2018'), part('b', 'AMBER', 'closure-proposed', '30/06/2018'), part('c', 'RED', 'closed')];
    expect(summariseParts(proposed)).toEqual({ rag: 'AMBER', lifecycle: 'closure-proposed', dueDate: '2018-06-30' });
    expect(headlineOf(item, proposed)).toMatchObject({ rag: 'AMBER', lifecycle: 'closure-proposed', dueDate: '2018-06-30' });
    const oneOpen = [...proposed, part('d', 'GREEN', 'open', '31/01/2018')];
    expect(summariseParts(oneOpen)).toEqual({ rag: 'AMBER', lifecycle: 'open', dueDate: '2018-06-30' });
  });

  it('no parts: the item’s own fields stand', () => {
    expect(summariseParts([])).toBeNull();
    expect(headlineOf(item, [])).toBe(item);
  });
});
