import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../src/core/dates';
import { agreedActionUpdate, decisionOf, decisionsMade, previousBoardDay, recordDecision } from '../../src/core/decision';
import type { ItemId } from '../../src/core/model';

const item = { list: 'actions' as const, id: 7 as ItemId, rag: 'AMBER' as const };
const secretary = { id: 'morgan.ellis@colp.example', displayName: 'Morgan Ellis' };
const at = '2023-05-10T14:00:00.000Z';

describe('a decision minuted at a board meeting', () => {
  it('is an Update of kind decision: who, when, the meeting’s day and its id as the reference', () => {
    const u = recordDecision(item, secretary, { text: ' Fund the pilot ', meetingDate: '2023-05-10', meetingId: 'MCMx' }, at);
    expect(u).toMatchObject({ kind: 'decision', author: secretary.id, authorName: 'Morgan Ellis', at, reportDate: '2023-05-10', reportDateText: 'MCMx', previousRag: 'AMBER', newRag: 'AMBER' });
    expect(u.text).toBe('Decision at the meeting of 10 May 2023: Fund the pilot');
    expect(decisionOf(u)).toEqual({ decision: 'Fund the pilot', meetingDate: '2023-05-10', meetingId: 'MCMx' });
  });

  it('refuses an empty decision and a day that is not one, naming the field and the value', () => {
    expect(() => recordDecision(item, secretary, { text: '', meetingDate: '2023-05-10' }, at)).toThrow(expect.objectContaining({ code: 'INVALID_VALUE', field: 'decision' }));
    expect(() => recordDecision(item, secretary, { text: 'x', meetingDate: '2023-02-30' }, at)).toThrow(expect.objectContaining({ field: 'meetingDate', value: '2023-02-30' }));
    expect(() => recordDecision(item, secretary, { text: 'x'.repeat(2001), meetingDate: '2023-05-10' }, at)).toThrow(expect.objectContaining({ field: 'decision' }));
  });

  it('a new action’s first history line says it was agreed at the meeting', () => {
    const u = agreedActionUpdate({ ...item, id: 9 as ItemId, title: 'Brief the panel' }, secretary, { meetingDate: '2023-05-10' }, at);
    expect(u.text).toBe('Agreed at the meeting of 10 May 2023');
    expect(decisionOf(u)?.decision).toBe('New action: Brief the panel');
  });
});

describe('the next pack’s “Decisions made”', () => {
  const on = (day: string, text: string, id = 7) => ({ ...recordDecision({ ...item, id: id as ItemId }, secretary, { text, meetingDate: day }, `${day}T15:00:00Z`) });
  const names = new Map([
    ['actions:7', 'Action OD1-01 Launch the pilot'],
    ['actions:8', 'Action OD1-02 Recruit'],
  ]);
  const updates = [on('2023-05-10', 'at this meeting'), on('2023-03-01', 'at the previous board'), on('2023-04-02', 'between boards', 8), on('2023-06-01', 'after this meeting'), on('2023-05-10', 'another board’s item', 99)];

  it('lists decisions dated since the previous frozen pack (at that board included) up to the meeting, oldest first, with the item, who and when', () => {
    expect(decisionsMade(updates, names, '2023-03-02' as IsoDate, '2023-05-10' as IsoDate).map((d) => d.decision)).toEqual(['between boards', 'at this meeting']);
    expect(decisionsMade(updates, names, '2023-03-01' as IsoDate, '2023-05-10' as IsoDate)).toEqual([
      { list: 'actions', id: 7, item: 'Action OD1-01 Launch the pilot', decision: 'at the previous board', date: '2023-03-01', by: 'Morgan Ellis' },
      { list: 'actions', id: 8, item: 'Action OD1-02 Recruit', decision: 'between boards', date: '2023-04-02', by: 'Morgan Ellis' },
      { list: 'actions', id: 7, item: 'Action OD1-01 Launch the pilot', decision: 'at this meeting', date: '2023-05-10', by: 'Morgan Ellis' },
    ]);
  });

  it('with no earlier pack, every decision up to the meeting; other updates are not decisions', () => {
    expect(decisionsMade([...updates, { ...on('2023-01-01', 'x'), kind: 'progress' as const }], names, null, '2023-05-10' as IsoDate).map((d) => d.decision)).toEqual(['at the previous board', 'between boards', 'at this meeting']);
  });

  it('the previous board’s day is its pack’s meeting, else the day it was frozen', () => {
    expect(previousBoardDay({ meeting: '2023-03-01' as IsoDate, takenAt: '2023-03-02T09:00:00Z' })).toBe('2023-03-01');
    expect(previousBoardDay({ meeting: null, takenAt: '2023-03-02T09:00:00Z' })).toBe('2023-03-02');
    expect(previousBoardDay(null)).toBeNull();
  });
});
