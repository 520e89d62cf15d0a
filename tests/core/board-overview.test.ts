import { describe, expect, it } from 'vitest';
import { boardOverviews } from '../../src/core/board-overview';
import type { IsoDate } from '../../src/core/dates';
import type { ListedItem } from '../../src/core/item-filter';
import type { ItemId } from '../../src/core/model';

let next = 1;
const item = (over: Partial<ListedItem>): ListedItem => ({
  id: next++ as ItemId,
  version: '1',
  modified: '2017-01-01T00:00:00Z',
  list: 'actions',
  label: 'Action',
  title: 'An action',
  ownerText: null,
  owner: { id: 'a@b', displayName: 'A B' },
  rag: null,
  lifecycle: 'open',
  due: { text: null, date: null, precision: null, kind: 'none', internalDeadline: false },
  progress: null,
  ragRationale: null,
  responsibleOrg: null,
  flags: [],
  parentId: null,
  boardId: 1 as ItemId,
  board: 'Ops board',
  context: null,
  characteristics: [],
  duties: [],
  ...over,
});
const due = (date: string) => ({ text: date, date: date as IsoDate, precision: 'day' as const, kind: 'date' as const, internalDeadline: false });

describe('a board overview', () => {
  const items = [
    item({ rag: 'RED', due: due('2017-01-31') }),
    item({ rag: 'AMBER', owner: null }),
    item({ rag: 'GREEN', due: due('2017-05-01') }),
    item({ rag: 'RED', lifecycle: 'closed' }),
    item({ board: 'Audit board', boardId: 2 as ItemId, due: due('2016-12-01') }),
    item({ board: null, boardId: null }),
  ];

  it('counts each board’s open, overdue, RED, AMBER and unassigned items as of a day; closed items do not count', () => {
    const [audit, ops, none] = boardOverviews(items, '2017-03-20' as IsoDate);
    expect(ops).toMatchObject({ board: 'Ops board', boardId: 1, open: 3 });
    expect([ops?.overdue.length, ops?.red.length, ops?.amber.length, ops?.unassigned.length]).toEqual([1, 1, 1, 1]);
    expect(audit).toMatchObject({ board: 'Audit board', open: 1 });
    expect(audit?.overdue).toHaveLength(1);
    expect(none?.board).toBeNull();
    // a day earlier in time, nothing was overdue yet
    expect(boardOverviews(items, '2016-11-01' as IsoDate).every((b) => b.overdue.length === 0)).toBe(true);
  });

  it('keeps only the boards a person serves when asked', () => {
    expect(boardOverviews(items, '2017-03-20' as IsoDate, (b) => b === 'Audit board').map((b) => b.board)).toEqual(['Audit board']);
  });
});
