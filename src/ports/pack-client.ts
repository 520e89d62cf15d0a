/**
 * What the tab's Board pack screen needs: the boards, a board's pack model (with what changed
 * since its last snapshot), and freezing a snapshot. The files are written in the browser
 * from the model, with writers loaded only when a pack is built.
 */
import type { ChangeReport } from '../core/board-changes';
import type { BoardPack } from '../core/board-pack';
import type { IsoDate } from '../core/dates';
import type { SnapshotInfo } from './snapshot-store';

export interface PackClient {
  /** every board's title */
  boards(): Promise<readonly string[]>;
  /** the pack for a board and meeting (null: as of `asOf`) */
  pack(board: string, meeting: IsoDate | null, asOf: IsoDate): Promise<BoardPack>;
  /** every board's changes since its last snapshot (boards never frozen have none) */
  changes(): Promise<readonly ChangeReport[]>;
  /** freezes the board as it stands (a board's secretary only) */
  freeze(board: string, meeting: IsoDate | null): Promise<SnapshotInfo & { items: number }>;
}
