/**
 * Snapshots in the Snapshots table of the embedded store (local mode): a row per snapshot,
 * the JSON in its Pack column. Reads follow the store's query model (indexed Board first).
 */
import type { BoardSnapshot } from '../../core/board-changes';
import { asItemId, type Stored } from '../../core/model';
import { alreadyFrozen, readSnapshotJson, snapshotTitle, type SnapshotInfo, type SnapshotStore } from '../../ports/snapshot-store';
import { queryAll, type TrackerStore } from '../../ports/tracker-store';

const info = (row: Stored<'snapshots'>): SnapshotInfo => ({ id: String(row.id), boardId: row.boardId ?? 0, takenAt: row.takenAt, title: row.title });

export class TableSnapshotStore implements SnapshotStore {
  constructor(private readonly store: TrackerStore) {}

  private rows(boardId: number, top?: number) {
    return this.store.query('snapshots', {
      where: [{ field: 'boardId', op: 'eq', value: boardId }],
      orderBy: [{ field: 'takenAt', descending: true }],
      top: top ?? 500,
    });
  }

  async freeze(snapshot: BoardSnapshot): Promise<SnapshotInfo> {
    const existing = await queryAll(this.store, 'snapshots', { where: [{ field: 'boardId', op: 'eq', value: snapshot.boardId }, { field: 'takenAt', op: 'eq', value: snapshot.takenAt }] });
    if (existing.length > 0) {
      throw alreadyFrozen(snapshot);
    }
    const row = await this.store.add('snapshots', {
      boardId: asItemId(snapshot.boardId),
      takenAt: snapshot.takenAt,
      title: snapshotTitle(snapshot),
      json: JSON.stringify(snapshot),
    });
    return info(row);
  }

  async latest(boardId: number): Promise<BoardSnapshot | null> {
    const row = (await this.rows(boardId, 1)).items[0];
    return row ? readSnapshotJson(String(row.id), row.json) : null;
  }

  async list(boardId: number): Promise<SnapshotInfo[]> {
    const rows = await queryAll(this.store, 'snapshots', { where: [{ field: 'boardId', op: 'eq', value: boardId }], orderBy: [{ field: 'takenAt', descending: true }] });
    return rows.map(info);
  }

  async get(id: string): Promise<BoardSnapshot | null> {
    const n = Number(id);
    const row = Number.isInteger(n) && n > 0 ? await this.store.get('snapshots', asItemId(n)) : null;
    return row ? readSnapshotJson(id, row.json) : null;
  }
}
