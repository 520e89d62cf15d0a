/**
 * The history seed 004 carries: 15 items marked NEW GREEN, 1 NEW WHITE and 1 NEW CLOSED, each
 * new since the board before. They are kept as a baseline snapshot of the HMICFRS tracker's
 * board in which those items stand as they did before it — so `tracker changes` lists exactly
 * those 17 moves, derived the way every later "NEW" is (DESIGN §1).
 *
 * What stood before is only partly known: a NEW GREEN item's earlier RAG is not written, so
 * the baseline records it as not set; a NEW CLOSED item (and its NEW CLOSED part) was open.
 * The source does not date that earlier board either, so the baseline's meeting is unknown
 * (null) and it is taken at the moment the seed is loaded.
 */
import type { BoardSnapshot, SnapshotItem } from '../core/board-changes';
import { readStatus } from '../core/rag';
import type { SnapshotStore } from '../ports/snapshot-store';
import { queryAll, type TrackerStore } from '../ports/tracker-store';
import { loadBoardContent, snapshotOf } from '../services/board-pack';
import { BOARD_KEYS } from './seed-plan';
import type { RawSeed } from './seed-types';

type Marker = Readonly<{ sourceKey: string; newRag: boolean; newLifecycle: boolean; newParts: readonly boolean[] }>;

/** Items whose status (or a part's) the source marks NEW. */
export function newMarkers(seed: RawSeed): Marker[] {
  const out: Marker[] = [];
  for (const r of seed.tracker.reports) {
    for (const item of r.items) {
      const s = readStatus(item.status);
      if (!s.markedNew) {
        continue;
      }
      out.push({
        sourceKey: `hmicfrs:${r.id}:${item.number}`,
        newRag: s.rag !== null,
        newLifecycle: s.lifecycle !== null,
        newParts: (item.parts ?? []).map((p) => readStatus(p.status).markedNew),
      });
    }
  }
  return out;
}

function before(item: SnapshotItem, m: Marker): SnapshotItem {
  return {
    ...item,
    rag: m.newRag ? null : item.rag,
    lifecycle: m.newLifecycle ? 'open' : item.lifecycle,
    parts: item.parts.map((p, i) => (m.newParts[i] ? { ...p, lifecycle: 'open' as const } : p)),
  };
}

/**
 * Freezes the baseline once: a re-run (or a board already frozen by a secretary) adds
 * nothing. Returns the snapshot it stored, or null.
 */
export async function seedBaselineSnapshot(store: TrackerStore, snapshots: SnapshotStore, seed: RawSeed, now: Date): Promise<BoardSnapshot | null> {
  const [board] = await queryAll(store, 'boards', { where: [{ field: 'sourceKey', op: 'eq', value: BOARD_KEYS.inspections }] });
  if (!board || (await snapshots.latest(board.id)) !== null) {
    return null;
  }
  const markers = newMarkers(seed);
  const recs = await queryAll(store, 'recommendations', { where: [{ field: 'sourceKey', op: 'in', value: markers.map((m) => m.sourceKey) }] });
  const markerById = new Map(recs.map((r) => [r.id as number, markers.find((m) => m.sourceKey === r.sourceKey) as Marker]));
  const now_ = snapshotOf(await loadBoardContent(store, board), now.toISOString(), null);
  const baseline: BoardSnapshot = {
    ...now_,
    items: now_.items.map((item) => {
      const m = item.list === 'recommendations' ? markerById.get(item.id) : undefined;
      return m ? before(item, m) : item;
    }),
  };
  await snapshots.freeze(baseline);
  return baseline;
}
