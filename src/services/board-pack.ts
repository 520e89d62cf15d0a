/**
 * Board packs over the ports: a board's workstreams, inspections and plans gathered once,
 * then the pure pack model, the snapshot a freeze stores, and what changed since the last one.
 */
import { changeReport, snapshotItem, SUBMITTED_KINDS, type BoardSnapshot, type ChangeReport, type SnapshotItem } from '../core/board-changes';
import { buildBoardPack, type BoardPack } from '../core/board-pack';
import type { UpdateMark } from '../core/board-dashboard';
import { addDays, type IsoDate } from '../core/dates';
import { InvalidValueError } from '../core/errors';
import type { InspectionDetail } from '../core/inspection-view';
import type { Stored } from '../core/model';
import type { PlanDetail } from '../core/plan-view';
import type { WorkstreamDetail } from '../core/workstream-view';
import type { SnapshotInfo, SnapshotStore } from '../ports/snapshot-store';
import { queryAll, type TrackerStore } from '../ports/tracker-store';
import { inspectionDetail } from './inspections';
import { planDetail } from './plans';
import { workstreamDetail } from './workstreams';

export type BoardContent = Readonly<{
  board: Stored<'boards'>;
  workstreams: readonly WorkstreamDetail[];
  inspections: readonly InspectionDetail[];
  plans: readonly PlanDetail[];
}>;

export async function listBoards(store: TrackerStore): Promise<Stored<'boards'>[]> {
  return queryAll(store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] });
}

/** A board by its title, case-insensitive; an unknown name is refused, listing the boards. */
export async function findBoard(store: TrackerStore, name: string): Promise<Stored<'boards'>> {
  const boards = await listBoards(store);
  const wanted = name.trim().toLowerCase();
  const board = boards.find((b) => b.title.toLowerCase() === wanted);
  if (!board) {
    throw new InvalidValueError('board', name, `no board has that title; boards: ${boards.map((b) => b.title).join('; ')}`);
  }
  return board;
}

/** Everything a board receives: its workstreams, its inspections and its action plan. */
export async function loadBoardContent(store: TrackerStore, board: Stored<'boards'>, onProgress?: (done: number, total: number) => void): Promise<BoardContent> {
  const [streams, inspections, strands] = await Promise.all([
    queryAll(store, 'workstreams', { where: [{ field: 'boardId', op: 'eq', value: board.id }, { field: 'kind', op: 'eq', value: 'workstream' }] }),
    queryAll(store, 'inspections', { where: [{ field: 'boardId', op: 'eq', value: board.id }] }),
    store.query('workstreams', { where: [{ field: 'boardId', op: 'eq', value: board.id }, { field: 'kind', op: 'eq', value: 'strand' }], top: 1 }),
  ]);
  const total = streams.length + inspections.length + (strands.items.length > 0 ? 1 : 0);
  let done = 0;
  const tick = <T>(value: T): T => {
    done += 1;
    onProgress?.(done, total);
    return value;
  };
  const [workstreams, details, plans] = await Promise.all([
    Promise.all(streams.sort((a, b) => a.title.localeCompare(b.title)).map((w) => workstreamDetail(store, w.id).then(tick))),
    Promise.all(inspections.map((i) => inspectionDetail(store, i.id).then(tick))),
    strands.items.length > 0 ? planDetail(store, board.id).then((p) => [tick(p)]) : Promise.resolve([]),
  ]);
  const newestFirst = [...details].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title));
  return { board, workstreams, inspections: newestFirst, plans };
}

/** The board's items as a snapshot records them: workstreams (Project RAG), deliverables, items, actions. */
export function snapshotItemsOf(content: BoardContent): SnapshotItem[] {
  return [
    ...content.workstreams.flatMap((w) => [
      { list: 'workstreams' as const, id: w.id, ref: 'Workstream', title: w.title, rag: w.projectRag, lifecycle: 'open' as const, dueText: null, dueDate: null, parts: [] },
      ...w.deliverableItems.map((d) => snapshotItem(d)),
    ]),
    ...content.inspections.flatMap((i) => i.items.map((x) => snapshotItem(x.item, x.parts.map((p) => ({ label: p.label, rag: p.rag, lifecycle: p.lifecycle }))))),
    ...content.plans.flatMap((p) => p.strandList.flatMap((s) => s.objectives.flatMap((o) => o.actions.map((a) => snapshotItem(a.item))))),
  ];
}

export function snapshotOf(content: BoardContent, takenAt: string, meeting: IsoDate | null): BoardSnapshot {
  return { format: 1, board: content.board.title, boardId: content.board.id, takenAt, meeting, items: snapshotItemsOf(content) };
}

/** What changed since the board's last snapshot, and the updates submitted to its items since. */
export async function changesSince(store: TrackerStore, snapshots: SnapshotStore, content: BoardContent): Promise<ChangeReport> {
  const last = await snapshots.latest(content.board.id);
  return changeReport(content.board.title, last, snapshotItemsOf(content), await submittedAfter(store, last?.takenAt ?? null));
}

/** How many earlier packs the trend shows: enough for years of quarterly boards. */
export const TREND_SNAPSHOTS = 12;

/** The board's newest frozen snapshots (its earlier packs), for the dashboard's trend. */
export async function snapshotHistory(snapshots: SnapshotStore, boardId: number): Promise<BoardSnapshot[]> {
  const infos = (await snapshots.list(boardId)).slice(0, TREND_SNAPSHOTS);
  const all = await Promise.all(infos.map((i) => snapshots.get(i.id)));
  return all.filter((s): s is BoardSnapshot => s !== null);
}

/** Updates submitted after an instant, any board's (the At column is indexed); none before any snapshot. */
async function submittedAfter(store: TrackerStore, since: string | null): Promise<Stored<'updates'>[]> {
  if (since === null) {
    return [];
  }
  const rows = await queryAll(store, 'updates', { where: [{ field: 'at', op: 'gt', value: since }] });
  // seeded and imported history is not someone reporting to the board
  return rows.filter((u) => SUBMITTED_KINDS.has(u.kind));
}

/** Updates recorded after an instant, for the dashboard's "updates submitted" counts. */
export async function updatesAfter(store: TrackerStore, since: string | null): Promise<UpdateMark[]> {
  return (await submittedAfter(store, since)).map((u) => ({ list: u.list, itemId: u.itemId, at: u.at }));
}

/**
 * Decision Updates recorded from the day before the last board (the At column is indexed; the
 * core keeps those dated since that board, up to the meeting); with no earlier board, the year
 * before the meeting, so a first pack never reads a whole history.
 */
export async function decisionUpdates(store: TrackerStore, since: ChangeReport['since'], upTo: IsoDate): Promise<Stored<'updates'>[]> {
  const from = addDays((since?.meeting ?? (since?.takenAt.slice(0, 10) as IsoDate | undefined)) ?? addDays(upTo, -365), -1);
  const rows = await queryAll(store, 'updates', { where: [{ field: 'at', op: 'ge', value: `${from}T00:00:00.000Z` }] });
  return rows.filter((u) => u.kind === 'decision');
}

export type PackOptions = Readonly<{ meeting: IsoDate | null; today: IsoDate; onProgress?: (done: number, total: number) => void }>;

/** The pack for a board (by title), with what changed since its last frozen snapshot. */
export async function buildPackFor(store: TrackerStore, snapshots: SnapshotStore, boardName: string, options: PackOptions): Promise<BoardPack> {
  const content = await loadBoardContent(store, await findBoard(store, boardName), options.onProgress);
  const [changes, history] = await Promise.all([changesSince(store, snapshots, content), snapshotHistory(snapshots, content.board.id)]);
  return buildBoardPack({
    board: { id: content.board.id, title: content.board.title, programme: content.board.programme, legend: content.board.legend ?? null },
    meeting: options.meeting,
    asOf: options.meeting ?? options.today,
    workstreams: content.workstreams,
    inspections: content.inspections,
    plans: content.plans,
    changes,
    history,
    updatesSince: await updatesAfter(store, changes.since?.takenAt ?? null),
    decisions: await decisionUpdates(store, changes.since, options.meeting ?? options.today),
  });
}

/** Freezes the board as it stands now: the next pack reports what changed since. */
export async function freezeBoard(store: TrackerStore, snapshots: SnapshotStore, boardName: string, options: { meeting: IsoDate | null; now: Date }): Promise<SnapshotInfo & { items: number }> {
  const content = await loadBoardContent(store, await findBoard(store, boardName));
  const snapshot = snapshotOf(content, options.now.toISOString(), options.meeting);
  return { ...(await snapshots.freeze(snapshot)), items: snapshot.items.length };
}

/**
 * What changed since the last board, for every board that has a snapshot: the other screens
 * badge each changed item with it. Boards never frozen are not loaded at all.
 */
export async function changesOfAllBoards(store: TrackerStore, snapshots: SnapshotStore): Promise<ChangeReport[]> {
  const boards = await listBoards(store);
  const latest = await Promise.all(boards.map((b) => snapshots.latest(b.id)));
  return Promise.all(
    boards.flatMap((b, i) => {
      const last = latest[i];
      return last
        ? [Promise.all([loadBoardContent(store, b), submittedAfter(store, last.takenAt)]).then(([content, updates]) => changeReport(b.title, last, snapshotItemsOf(content), updates))]
        : [];
    })
  );
}
