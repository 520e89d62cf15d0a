import { describe, expect, it } from 'vitest';
import { indexChanges } from '../../src/core/board-changes';
import type { IsoDate } from '../../src/core/dates';
import type { ItemId } from '../../src/core/model';
import { canHoldAgreedAction, describeMeetingCounts, meetingViewItems, type MeetingViewId } from '../../src/core/meeting-view';
import { aListedItem as item } from '../helpers/builders';

const asOf = '2024-04-15' as IsoDate;
const board = 1 as ItemId;

const red = item({ title: 'red overdue', rag: 'RED', dueText: '01/03/2024' });
const amber = item({ title: 'amber in a week', rag: 'AMBER', dueText: '22/04/2024' });
const green = item({ title: 'green in a fortnight', rag: 'GREEN', dueText: '29/04/2024' });
const white = item({ title: 'white overdue', rag: 'WHITE', dueText: '01/04/2024' });
const unset = item({ title: 'no RAG, no date', rag: null, dueText: 'TBC' });
const recRed = item({ title: 'inspection item red', list: 'recommendations', label: 'Recommendation 4', rag: 'RED', dueText: '31/12/2024' });
const closedRed = item({ title: 'closed red', rag: 'RED', lifecycle: 'closed', dueText: '01/02/2024' });
const otherBoard = item({ title: 'another board’s red', rag: 'RED', boardId: 2 as ItemId, board: 'Other' });
const all = [green, unset, amber, white, recRed, red, closedRed, otherBoard];

const changes = indexChanges([
  {
    board: 'Equality board',
    since: { takenAt: '2024-03-01T10:00:00Z', meeting: '2024-03-01' as IsoDate },
    changes: [
      { list: 'actions', id: amber.id, ref: amber.label, title: amber.title, change: 'rag', from: 'GREEN', to: 'AMBER' },
      { list: 'recommendations', id: recRed.id, ref: recRed.label, title: recRed.title, change: 'added', from: null, to: 'RED' },
    ],
    updates: [],
  },
]);

const shown = (view: MeetingViewId): string[] => meetingViewItems(all, view, { asOf, boardId: board, changes }).map((i) => i.title);

describe('the meeting view of a board', () => {
  it('red and amber: only RED and AMBER, worst first, open items of that board only', () => {
    expect(shown('redAmber')).toEqual(['red overdue', 'inspection item red', 'amber in a week']);
  });

  it('due in 30 days and overdue count from the day passed in', () => {
    expect(shown('due30')).toEqual(['amber in a week', 'green in a fortnight']);
    expect(shown('overdue')).toEqual(['red overdue', 'white overdue']); // as My items counts it: open, dated, past its day
    expect(meetingViewItems(all, 'overdue', { asOf: '2024-05-01' as IsoDate, boardId: board, changes }).map((i) => i.title)).toEqual(['red overdue', 'white overdue', 'amber in a week', 'green in a fortnight']);
  });

  it('changed since last board: only the items the board’s last frozen pack saw differently', () => {
    expect(shown('changed')).toEqual(['inspection item red', 'amber in a week']);
    expect(meetingViewItems(all, 'changed', { asOf, boardId: board, changes: new Map() })).toEqual([]);
  });

  it('open recommendations and all open items', () => {
    expect(shown('openRecs')).toEqual(['inspection item red']);
    expect(shown('all')).toEqual(['red overdue', 'inspection item red', 'amber in a week', 'green in a fortnight', 'white overdue', 'no RAG, no date']);
  });

  it('says the counts in words, RAG as a word, worst first', () => {
    expect(describeMeetingCounts(meetingViewItems(all, 'redAmber', { asOf, boardId: board, changes }))).toBe('3 items: 2 RED, 1 AMBER');
    expect(describeMeetingCounts([{ rag: null }])).toBe('1 item: 1 NOT SET');
    expect(describeMeetingCounts([])).toBe('0 items');
  });
});

describe('where a new action agreed at a meeting can go', () => {
  it('beside an action or under a workstream always; about a recommendation only when the board has a workstream', () => {
    const rec = { list: 'recommendations' } as const;
    expect(canHoldAgreedAction({ list: 'actions' }, [])).toBe(true);
    expect(canHoldAgreedAction({ list: 'workstreams' }, [])).toBe(true);
    expect(canHoldAgreedAction(rec, [rec, rec])).toBe(false);
    expect(canHoldAgreedAction(rec, [rec, { list: 'workstreams' }])).toBe(true);
  });
});
