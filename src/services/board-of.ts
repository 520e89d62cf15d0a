/**
 * Which board an item belongs to, for roles per board (DESIGN §7). Actions and deliverables
 * belong to their workstream's board (objectives and strands climb to their plan's workstream);
 * inspection items to their inspection's board. A few `get`s by id: no list scans.
 */
import type { ItemId, TrackedList } from '../core/model';
import type { TrackerStore } from '../ports/tracker-store';

/** Deep enough for plan → strand → objective; guards against a parent cycle in bad data. */
const MAX_DEPTH = 6;

async function boardIdOfWorkstream(store: TrackerStore, id: ItemId | null): Promise<ItemId | null> {
  let next = id;
  for (let depth = 0; next !== null && depth < MAX_DEPTH; depth += 1) {
    const ws = await store.get('workstreams', next);
    if (!ws) {
      return null;
    }
    if (ws.boardId !== null) {
      return ws.boardId;
    }
    next = ws.parentId;
  }
  return null;
}

/** The board's id of an item, or null when it has none (only those who serve every board act on it). */
export async function boardIdOf(store: TrackerStore, list: TrackedList, id: ItemId): Promise<ItemId | null> {
  switch (list) {
    case 'actions': {
      const action = await store.get('actions', id);
      return action ? boardIdOfWorkstream(store, action.workstreamId) : null;
    }
    case 'recommendations': {
      const rec = await store.get('recommendations', id);
      const inspection = rec ? await store.get('inspections', rec.inspectionId) : null;
      return inspection?.boardId ?? null;
    }
    default:
      return boardIdOfWorkstream(store, id);
  }
}

/** The board's title of an item (what people and SharePoint groups name it), or null. */
export async function boardTitleOf(store: TrackerStore, list: TrackedList, id: ItemId): Promise<string | null> {
  const boardId = await boardIdOf(store, list, id);
  const board = boardId === null ? null : await store.get('boards', boardId);
  return board?.title ?? null;
}
