import { describe, expect, it } from 'vitest';
import { changeReport, describeChange, describeUpdate, diffSnapshots, type BoardSnapshot, type SnapshotItem, type UpdateRecord } from '../../src/core/board-changes';
import type { IsoDate } from '../../src/core/dates';

const item = (id: number, over: Partial<SnapshotItem> = {}): SnapshotItem => ({
  list: 'recommendations',
  id,
  ref: `Recommendation ${id}`,
  title: `Item ${id}`,
  rag: 'AMBER',
  lifecycle: 'open',
  dueText: 'January 2018',
  dueDate: '2018-01-31' as IsoDate,
  parts: [],
  ...over,
});

describe('changed since last board', () => {
  it('reports nothing when nothing moved', () => {
    expect(diffSnapshots([item(1), item(2)], [item(1), item(2)])).toEqual([]);
  });

  it('reports a new RAG, a lifecycle move, slipped and pulled-in dates, added and removed items', () => {
    const before = [item(1), item(2), item(3), item(4), item(5)];
    const now = [
      item(1, { rag: 'GREEN' }),
      item(2, { lifecycle: 'closed' }),
      item(3, { dueText: 'March 2018', dueDate: '2018-03-31' as IsoDate }),
      item(4, { dueText: 'December 2017', dueDate: '2017-12-31' as IsoDate }),
      item(6, { rag: 'RED' }),
    ];
    const changes = diffSnapshots(before, now);
    expect(changes.map((c) => [c.id, c.change, c.from, c.to])).toEqual([
      [1, 'rag', 'AMBER', 'GREEN'],
      [2, 'lifecycle', 'open', 'closed'],
      [3, 'due', '2018-01-31', '2018-03-31'],
      [4, 'due', '2018-01-31', '2017-12-31'],
      [5, 'removed', 'AMBER', null],
      [6, 'added', null, 'RED'],
    ]);
    expect(changes.map(describeChange)).toEqual([
      'NEW GREEN',
      'NEW CLOSED',
      'Slipped 59 days (2018-01-31 → 2018-03-31)',
      'Pulled in 31 days (2018-01-31 → 2017-12-31)',
      'Removed',
      'Added',
    ]);
  });

  it('reports a due date written differently only when no date was derived', () => {
    const before = [item(1, { dueText: 'TBC', dueDate: null }), item(2)];
    const now = [item(1, { dueText: 'Ongoing', dueDate: null }), item(2, { dueText: '31/01/18' })];
    expect(diffSnapshots(before, now).map((c) => [c.id, c.change, c.from, c.to])).toEqual([[1, 'due', 'TBC', 'Ongoing']]);
  });

  it('keeps items of different lists apart even with the same id', () => {
    const changes = diffSnapshots([item(1)], [item(1), item(1, { list: 'actions', ref: 'Action OD1-01' })]);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ list: 'actions', change: 'added' });
  });

  it('reports a part that closed once, whether or not the headline moved', () => {
    const parts = (first: 'open' | 'closed') => [
      { label: null, rag: null, lifecycle: first },
      { label: null, rag: 'AMBER' as const, lifecycle: 'open' as const },
    ];
    const headlineMoved = diffSnapshots([item(1, { parts: parts('open') })], [item(1, { lifecycle: 'closed', parts: parts('closed') })]);
    expect(headlineMoved.map((c) => [c.ref, c.change])).toEqual([['Recommendation 1', 'lifecycle']]);
    const partOnly = diffSnapshots([item(1, { parts: parts('open') })], [item(1, { parts: parts('closed') })]);
    expect(partOnly.map((c) => [c.ref, c.change, c.from, c.to])).toEqual([['Recommendation 1 part 1', 'lifecycle', 'open', 'closed']]);
  });

  it('says so when there is no earlier snapshot', () => {
    expect(changeReport('Board', null, [item(1)])).toEqual({ board: 'Board', since: null, changes: [], updates: [] });
    const last: BoardSnapshot = { format: 1, board: 'Board', boardId: 1, takenAt: '2017-06-01T09:00:00.000Z', meeting: '2017-06-01' as IsoDate, items: [] };
    expect(changeReport('Board', last, [item(1)])).toMatchObject({ since: { takenAt: last.takenAt, meeting: '2017-06-01' }, changes: [{ change: 'added' }] });
  });

  it('lists the updates submitted to the board’s items since the snapshot, oldest first, beside the changes', () => {
    const last: BoardSnapshot = { format: 1, board: 'Board', boardId: 1, takenAt: '2017-06-01T09:00:00.000Z', meeting: '2017-06-01' as IsoDate, items: [item(1), item(2)] };
    const up = (itemId: number, at: string, over: Partial<UpdateRecord> = {}): UpdateRecord => ({
      list: 'recommendations',
      itemId: itemId as UpdateRecord['itemId'],
      kind: 'progress',
      at,
      author: 'ann@x.example',
      authorName: 'Ann Smith',
      ...over,
    });
    const updates = [
      up(2, '2017-07-01T10:00:00.000Z', { kind: 'highlight', authorName: null }),
      up(1, '2017-06-02T10:00:00.000Z'),
      up(1, '2017-05-31T10:00:00.000Z'), // before the snapshot
      up(1, '2017-06-03T10:00:00.000Z', { kind: 'import' }), // history, not a submission
      up(1, '2017-06-04T10:00:00.000Z', { kind: 'decision' }), // minuted, not submitted
      up(9, '2017-06-05T10:00:00.000Z'), // another board's item
      up(1, '2017-06-06T10:00:00.000Z', { list: 'actions' }), // same id, another list
    ];
    const report = changeReport('Board', last, [item(1, { rag: 'GREEN' }), item(2)], updates);
    expect(report.changes.map((c) => [c.id, c.change])).toEqual([[1, 'rag']]);
    expect(report.updates).toEqual([
      { list: 'recommendations', id: 1, ref: 'Recommendation 1', title: 'Item 1', kind: 'progress', at: '2017-06-02T10:00:00.000Z', author: 'Ann Smith' },
      { list: 'recommendations', id: 2, ref: 'Recommendation 2', title: 'Item 2', kind: 'highlight', at: '2017-07-01T10:00:00.000Z', author: 'ann@x.example' },
    ]);
    expect(report.updates.map(describeUpdate)).toEqual(['Progress update by Ann Smith', 'Highlight update by ann@x.example']);
    expect(changeReport('Board', null, [item(1)], updates).updates).toEqual([]);
  });

  it('words a cleared RAG and a reopened item', () => {
    const [cleared, reopened] = diffSnapshots([item(1), item(2, { lifecycle: 'closed' })], [item(1, { rag: null }), item(2)]);
    expect(describeChange(cleared!)).toBe('RAG cleared (was AMBER)');
    expect(describeChange(reopened!)).toBe('REOPENED (was CLOSED)');
  });
});
