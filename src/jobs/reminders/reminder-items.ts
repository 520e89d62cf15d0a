/**
 * What the reminder run reads: only the due window (and the undated open items for the weekly
 * "needs a date" digest), each query starting on an indexed column (DueDate, then Lifecycle) and
 * paged, so it keeps working on lists far past SharePoint's 5,000-item threshold. Each item is
 * resolved to the policy's view of it: owner, board, the board's secretaries, the workstream owner.
 */
import { addDays, type IsoDate } from '../../core/dates';
import { InvalidValueError } from '../../core/errors';
import type { ItemId, PersonRef, Stored } from '../../core/model';
import { policyFor, type ReminderItem, type ReminderPolicy } from '../../core/reminder-policy';
import { fromAction, fromRecommendation } from '../../core/tracked-item';
import type { BoardPeople } from '../../ports/board-people';
import { queryAll, queryAllMany, type Condition, type TrackerStore } from '../../ports/tracker-store';

export type DueWindow = Readonly<{ from: IsoDate; to: IsoDate }>;

/**
 * The due dates that can have a nudge today under any board's policy: up to the largest offset
 * ahead (plus a week for nudges moved back off holidays) and back to the last overdue week
 * (plus a week for moves forward and the catch-up week after the last nudge).
 */
export function dueWindow(today: IsoDate, policy: ReminderPolicy): DueWindow {
  const all = [policyFor(policy, null), ...Object.keys(policy.boards).map((board) => policyFor(policy, board))];
  const ahead = Math.max(0, ...all.flatMap((p) => p.offsets));
  const weeks = Math.max(...all.map((p) => p.overdueWeeks));
  return { from: addDays(today, -(7 * weeks + 14)), to: addDays(today, ahead + 7) };
}

const ALL: readonly Condition[] = [{ field: 'id', op: 'ge', value: 1 }];

export type LoadOptions = Readonly<{ today: IsoDate; policy: ReminderPolicy; board?: string | null }>;

export async function loadReminderItems(store: TrackerStore, people: BoardPeople, options: LoadOptions): Promise<ReminderItem[]> {
  const window = dueWindow(options.today, options.policy);
  // The window is read a week at a time as a list of days: SharePoint judges a query by its first
  // indexed clause alone, and "DueDate ge <from>" matches every later item of a large list (past
  // the 5,000-item threshold), where seven days' worth never does.
  const weeks: Condition[][] = [];
  for (let start = window.from; start <= window.to; start = addDays(start, 7)) {
    const days = Array.from({ length: 7 }, (_, i) => addDays(start, i)).filter((d) => d <= window.to);
    weeks.push([
      { field: 'dueDate', op: 'in', value: days },
      { field: 'lifecycle', op: 'eq', value: 'open' },
    ]);
  }
  const undated: Condition[] = [
    { field: 'dueDate', op: 'isNull' },
    { field: 'lifecycle', op: 'eq', value: 'open' },
  ];
  const [boards, workstreams, inspections, undatedActions, undatedRecs, datedActions, datedRecs] = await Promise.all([
    queryAll(store, 'boards', { where: ALL }),
    queryAll(store, 'workstreams', { where: ALL }),
    queryAll(store, 'inspections', { where: ALL }),
    queryAll(store, 'actions', { where: undated }),
    queryAll(store, 'recommendations', { where: undated }),
    // first pages in $batch requests where the store batches (SharePoint), then any further pages
    queryAllMany(store, weeks.map((where) => ['actions', { where }] as const)),
    queryAllMany(store, weeks.map((where) => ['recommendations', { where }] as const)),
  ]);
  const actions = datedActions.flat();
  const recs = datedRecs.flat();
  const boardTitle = new Map<number, string>(boards.map((b) => [b.id, b.title]));
  if (options.board && !boards.some((b) => b.title.toLowerCase() === options.board?.toLowerCase())) {
    throw new InvalidValueError('board', options.board, `no such board; boards: ${boards.map((b) => b.title).join('; ')}`);
  }
  const wanted = (board: string | null): boolean => !options.board || board?.toLowerCase() === options.board.toLowerCase();
  const wsById = new Map<number, Stored<'workstreams'>>(workstreams.map((w) => [w.id, w]));
  const inspectionById = new Map<number, Stored<'inspections'>>(inspections.map((i) => [i.id, i]));

  const secretaries = new Map<string | null, readonly PersonRef[]>();
  const leads = new Map<string | null, readonly PersonRef[]>();
  const serving = async (board: string | null): Promise<void> => {
    if (!secretaries.has(board)) {
      secretaries.set(board, await people.secretaries(board));
      leads.set(board, await people.leads(board));
    }
  };

  const out: ReminderItem[] = [];
  for (const a of [...actions, ...undatedActions]) {
    if (a.kind === 'template') {
      continue;
    }
    const ws = a.workstreamId === null ? undefined : wsById.get(a.workstreamId);
    const board = boardOf(ws, wsById, boardTitle);
    if (!wanted(board)) {
      continue;
    }
    await serving(board);
    const t = fromAction(a);
    out.push({
      list: 'actions',
      id: a.id,
      version: a.version,
      ref: a.ref,
      label: t.label,
      title: a.title,
      parent: ws ? (ws.ref ? `${ws.ref} ${ws.title}` : ws.title) : null,
      dueText: a.dueText,
      dueDate: a.dueDate,
      dueKind: a.dueKind,
      rag: a.rag,
      lifecycle: a.lifecycle,
      owner: a.owner,
      board,
      secretaries: secretaries.get(board) ?? [],
      lead: ownerUp(ws, wsById),
    });
  }
  for (const r of [...recs, ...undatedRecs]) {
    const inspection = inspectionById.get(r.inspectionId);
    const board = inspection?.boardId ? (boardTitle.get(inspection.boardId) ?? null) : null;
    if (!wanted(board)) {
      continue;
    }
    await serving(board);
    // An item with parts is due when its worst open part is, shows that part's RAG, and is open,
    // closure proposed or closed as its parts are (a part awaiting closure gets no nudge).
    const t = fromRecommendation(r);
    out.push({
      list: 'recommendations',
      id: r.id,
      version: r.version,
      ref: r.number,
      label: t.label,
      title: r.title,
      parent: inspection?.title ?? null,
      dueText: r.dueText,
      dueDate: t.due.date,
      dueKind: t.due.date !== null && r.dueKind !== 'date' && r.parts.length > 0 ? 'date' : r.dueKind,
      rag: t.rag,
      lifecycle: t.lifecycle,
      owner: r.owner,
      board,
      secretaries: secretaries.get(board) ?? [],
      // Rule: a recommendation escalates to its board's first lead (as the site's lead group lists
      // them) — the Inspections list has no lead of its own (DESIGN's "inspection's lead" is the
      // board's); with no lead, only the secretaries get the escalation.
      lead: leads.get(board)?.[0] ?? null,
    });
  }
  return out;
}

/** The board an action belongs to: its workstream's, or the nearest ancestor's (objective → strand). */
function boardOf(
  ws: Stored<'workstreams'> | undefined,
  byId: ReadonlyMap<number, Stored<'workstreams'>>,
  titles: ReadonlyMap<number, string>
): string | null {
  for (let w = ws, depth = 0; w && depth < 10; w = w.parentId === null ? undefined : byId.get(w.parentId as ItemId), depth += 1) {
    if (w.boardId !== null) {
      return titles.get(w.boardId) ?? null;
    }
  }
  return null;
}

/** The workstream's owner, or its parent's (an objective's strand champion). */
function ownerUp(ws: Stored<'workstreams'> | undefined, byId: ReadonlyMap<number, Stored<'workstreams'>>): PersonRef | null {
  for (let w = ws, depth = 0; w && depth < 10; w = w.parentId === null ? undefined : byId.get(w.parentId), depth += 1) {
    if (w.owner) {
      return w.owner;
    }
  }
  return null;
}
