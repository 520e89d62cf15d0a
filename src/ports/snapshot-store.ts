/**
 * The Snapshots port: frozen board snapshots, kept apart from the lists because on
 * SharePoint a snapshot is a JSON file in a document library (a library item needs a file,
 * and a pack is too big for a text field). Frozen snapshots are never edited: there is no
 * update, and freezing the same board twice at the same instant is refused.
 */
import type { BoardSnapshot } from '../core/board-changes';
import { InvalidValueError } from '../core/errors';

export type SnapshotInfo = Readonly<{
  /** the adapter's id: a row id locally, a file's server-relative URL on SharePoint */
  id: string;
  boardId: number;
  takenAt: string;
  title: string;
}>;

export interface SnapshotStore {
  /** stores a snapshot; refuses a second one of the same board at the same instant */
  freeze(snapshot: BoardSnapshot): Promise<SnapshotInfo>;
  /** the board's most recent snapshot (by takenAt), or null if none was frozen */
  latest(boardId: number): Promise<BoardSnapshot | null>;
  /** the board's snapshots, newest first */
  list(boardId: number): Promise<SnapshotInfo[]>;
  /** one snapshot by its id, or null */
  get(id: string): Promise<BoardSnapshot | null>;
}

/** "Operational Delivery Board — 1 Dec 2026 meeting": what a library shows in its Title column. */
export function snapshotTitle(s: BoardSnapshot): string {
  return `${s.board} — ${s.meeting ? `meeting of ${s.meeting}` : `as of ${s.takenAt.slice(0, 10)}`}`;
}

/** Reads a stored snapshot defensively: it is history, written by an earlier version perhaps. */
export function readSnapshotJson(id: string, text: string): BoardSnapshot {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidValueError('snapshot', id, 'is not JSON');
  }
  const s = value as Partial<BoardSnapshot> | null;
  if (!s || s.format !== 1 || typeof s.board !== 'string' || typeof s.takenAt !== 'string' || !Array.isArray(s.items)) {
    throw new InvalidValueError('snapshot', id, 'is not a board snapshot (format 1)');
  }
  return s as BoardSnapshot;
}

export function alreadyFrozen(s: BoardSnapshot): InvalidValueError {
  return new InvalidValueError('takenAt', s.takenAt, `${s.board} already has a snapshot frozen at this instant; frozen snapshots are never replaced`);
}
