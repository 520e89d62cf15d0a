/**
 * The SnapshotStore contract: the table adapter (local mode) and the SharePoint adapter (a
 * JSON file in the Snapshots library, through the HTTP-level fake) pass exactly these tests.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { BoardSnapshot } from '../../src/core/board-changes';
import type { IsoDate } from '../../src/core/dates';
import type { SnapshotStore } from '../../src/ports/snapshot-store';


export function aSnapshot(boardId: number, takenAt: string, over: Partial<BoardSnapshot> = {}): BoardSnapshot {
  return {
    format: 1,
    board: `Board ${boardId}`,
    boardId,
    takenAt,
    meeting: takenAt.slice(0, 10) as IsoDate,
    items: [
      { list: 'recommendations', id: 4, ref: 'Recommendation 4', title: 'Supervise case files — “unused material”', rag: 'AMBER', lifecycle: 'open', dueText: 'January 2018', dueDate: '2018-01-31' as IsoDate, parts: [] },
      { list: 'actions', id: 9, ref: 'Action OD1-01', title: 'Publish the plan', rag: null, lifecycle: 'closed', dueText: null, dueDate: null, parts: [{ label: null, rag: 'GREEN', lifecycle: 'closed' }] },
    ],
    ...over,
  };
}

export function snapshotStoreContract(name: string, make: () => Promise<{ snapshots: SnapshotStore; boardId: () => Promise<number> }>): void {
  describe(`SnapshotStore contract: ${name}`, () => {
    let snapshots: SnapshotStore;
    let board: number;
    let other: number;
    beforeEach(async () => {
      const made = await make();
      snapshots = made.snapshots;
      board = await made.boardId();
      other = await made.boardId();
    });

    it('has no snapshot for a board never frozen', async () => {
      expect(await snapshots.latest(board)).toBeNull();
      expect(await snapshots.list(board)).toEqual([]);
    });

    it('freezes a snapshot and reads it back whole', async () => {
      const s = aSnapshot(board, '2017-06-01T09:00:00.000Z');
      const info = await snapshots.freeze(s);
      expect(info).toMatchObject({ boardId: board, takenAt: s.takenAt, title: `Board ${board} — meeting of 2017-06-01` });
      expect(await snapshots.latest(board)).toEqual(s);
      expect(await snapshots.get(info.id)).toEqual(s);
    });

    it('answers the newest snapshot of the board asked, and lists them newest first', async () => {
      const older = aSnapshot(board, '2017-03-01T09:00:00.000Z');
      const newer = aSnapshot(board, '2017-06-01T09:00:00.000Z', { items: [] });
      const elsewhere = aSnapshot(other, '2018-01-01T09:00:00.000Z');
      await snapshots.freeze(newer);
      await snapshots.freeze(older);
      await snapshots.freeze(elsewhere);
      expect(await snapshots.latest(board)).toEqual(newer);
      expect((await snapshots.list(board)).map((i) => i.takenAt)).toEqual([newer.takenAt, older.takenAt]);
      expect(await snapshots.latest(other)).toEqual(elsewhere);
    });

    it('never replaces a frozen snapshot: a second freeze at the same instant is refused, naming the field', async () => {
      const s = aSnapshot(board, '2017-06-01T09:00:00.000Z');
      await snapshots.freeze(s);
      await expect(snapshots.freeze({ ...s, items: [] })).rejects.toMatchObject({ code: 'INVALID_VALUE', field: 'takenAt' });
      expect(await snapshots.latest(board)).toEqual(s);
    });

    it('answers null for a snapshot that does not exist', async () => {
      const info = await snapshots.freeze(aSnapshot(board, '2017-06-01T09:00:00.000Z'));
      expect(await snapshots.get(`${info.id}9`)).toBeNull();
    });
  });
}
