/**
 * The Operational Delivery Board's earlier packs: the 2021 and the 2023 highlight reports were
 * what that board read then. Each export becomes a frozen snapshot of the board as those
 * reports left it — the workstreams that reported (with the Project RAG they reported) and
 * the deliverables their reports listed — so the dashboard's trend starts in 2021 and
 * "changed since last board" compares with the 2023 board from day one.
 *
 * The board's meeting dates are not written anywhere; each pack is dated by its export's
 * latest dated report (an undated report belongs to the export it came in: the 2023 one).
 */
import type { BoardSnapshot, SnapshotItem } from '../core/board-changes';
import { parseDue } from '../core/due-date';
import type { IsoDate } from '../core/dates';
import { readStatus } from '../core/rag';
import type { SnapshotStore } from '../ports/snapshot-store';
import { queryAll, type TrackerStore } from '../ports/tracker-store';
import { loadBoardContent, snapshotOf } from '../services/board-pack';
import { seedBaselineSnapshot } from './baseline-snapshot';
import { BOARD_KEYS, deliverableDone, seedDeliverables, workstreamOfReport } from './seed-plan';
import { mentionKey, type Mention } from './highlight-deliverables';
import type { RawHighlight, RawSeed } from './seed-types';

export type EarlierPack = Readonly<{ meeting: IsoDate; reports: readonly RawHighlight[] }>;

/** The export a report came in: its year, or for an undated one the export named in its id. */
function exportOf(r: RawHighlight): string {
  const date = parseDue(r.reportDateText, 'reportDate').date;
  return date ? date.slice(0, 4) : (/\d{4}/.exec(r.id)?.[0] ?? '2023');
}

/** The highlight exports, oldest first, each with its meeting date (its latest dated report). */
export function earlierPacks(seed: RawSeed): EarlierPack[] {
  const by = new Map<string, RawHighlight[]>();
  for (const r of seed.workstreams) {
    by.set(exportOf(r), [...(by.get(exportOf(r)) ?? []), r]);
  }
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, reports]) => {
      const dates = reports.map((r) => parseDue(r.reportDateText, 'reportDate').date).filter((d): d is IsoDate => d !== null);
      return { meeting: (dates.sort().at(-1) ?? `${year}-12-31`) as IsoDate, reports };
    });
}

/** A deliverable as a report listed it: done or not, due as that report wrote it. */
function asListed(item: SnapshotItem, m: Mention): SnapshotItem {
  const due = parseDue(m.deliverable.dueText, `${mentionKey(m)} dueText`);
  return { ...item, lifecycle: deliverableDone(m.deliverable, mentionKey(m)) ? 'closed' : 'open', dueText: due.text, dueDate: due.date };
}

/** Freezes the earlier packs once: a board that already has a snapshot gets none. */
export async function seedEarlierPacks(store: TrackerStore, snapshots: SnapshotStore, seed: RawSeed): Promise<BoardSnapshot[]> {
  const [board] = await queryAll(store, 'boards', { where: [{ field: 'sourceKey', op: 'eq', value: BOARD_KEYS.operational }] });
  if (!board || (await snapshots.latest(board.id)) !== null) {
    return [];
  }
  const content = await loadBoardContent(store, board);
  const packs = earlierPacks(seed);
  // a deliverable listed by several reports is one action, keyed by its first listing
  const mentions = new Map(seedDeliverables(seed).map((t) => [mentionKey(t.mentions[0] as Mention), t.mentions]));
  const actions = await queryAll(store, 'actions', { where: [{ field: 'sourceKey', op: 'in', value: [...mentions.keys()] }] });
  const mentionsOf = new Map(actions.map((a) => [a.id as number, mentions.get(a.sourceKey) ?? []]));
  const wsIds = new Map(content.workstreams.map((w) => [w.title, w.id as number]));
  const frozen: BoardSnapshot[] = [];
  const seen: RawHighlight[] = [];
  for (const pack of packs) {
    seen.push(...pack.reports);
    const reportIds = new Set(seen.map((r) => r.id));
    // each workstream's latest report up to this pack gives its Project RAG then
    const latest = new Map<number, RawHighlight>();
    for (const r of seen) {
      const id = wsIds.get(workstreamOfReport(r.workstream));
      if (id !== undefined) {
        latest.set(id, r);
      }
    }
    const now = snapshotOf(content, `${pack.meeting}T18:00:00.000Z`, pack.meeting);
    const snapshot: BoardSnapshot = {
      ...now,
      items: now.items.flatMap((item) => {
        if (item.list === 'workstreams') {
          const r = latest.get(item.id);
          return r ? [{ ...item, rag: readStatus(r.projectRag, 'projectRag').rag }] : [];
        }
        // as the latest report in this pack that lists it left it
        const listed = (mentionsOf.get(item.id) ?? []).filter((m) => reportIds.has(m.report.id)).at(-1);
        return listed ? [asListed(item, listed)] : [];
      }),
    };
    await snapshots.freeze(snapshot);
    frozen.push(snapshot);
  }
  return frozen;
}

/** The history the seeds carry, frozen once: the ODB's earlier packs and the HMICFRS baseline. */
export async function seedSnapshots(store: TrackerStore, snapshots: SnapshotStore, seed: RawSeed, now: Date): Promise<void> {
  await seedEarlierPacks(store, snapshots, seed);
  await seedBaselineSnapshot(store, snapshots, seed, now);
}
