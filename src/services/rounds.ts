/**
 * Update rounds (both modes): a board's secretary opens a round for a meeting date, everyone
 * sees who has sent their highlight update and who has not, and the secretary reminds those
 * missing (through the reminder ledger: jobs/reminders/round-reminders.ts). Only a secretary of
 * the board opens or reminds (DESIGN §7); what counts as submitted is in core/update-round.ts.
 */
import { servesBoard } from '../core/board-roles';
import { londonDateOf } from '../core/dates';
import { ForbiddenError, NotFoundError, RuleViolationError } from '../core/errors';
import type { ItemId, Stored } from '../core/model';
import { meetingDateOf, roundEntries, roundTitle, type RoundEntry, type RoundSummary, type RoundView } from '../core/update-round';
import type { Person } from '../ports/directory';
import type { RoundBoard } from '../ports/round-client';
import { queryAll, type TrackerStore } from '../ports/tracker-store';


function isSecretaryOf(actor: Person, board: string): boolean {
  return actor.role !== 'member' && servesBoard(actor.serves, board, ['secretary']);
}

/** The boards `actor` is secretary of: where they may open a round. */
export async function roundBoardsOf(store: TrackerStore, actor: Person): Promise<RoundBoard[]> {
  const boards = await queryAll(store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] });
  return boards.filter((b) => isSecretaryOf(actor, b.title)).map((b) => ({ id: b.id, title: b.title }));
}

export function summaryOf(round: Stored<'updateRounds'>, board: string): RoundSummary {
  return {
    id: round.id,
    title: round.title,
    boardId: round.boardId,
    board,
    meetingDate: round.meetingDate,
    openedBy: round.openedBy,
    openedByName: round.openedByName,
    openedAt: round.openedAt,
  };
}

export type OpenRoundRequest = Readonly<{ boardId: ItemId; meetingDate: unknown; actor: Person; now: Date }>;

/** Opens a round; refused unless the actor is the board's secretary, or if the board already has one for that meeting. */
export async function openRound(store: TrackerStore, request: OpenRoundRequest): Promise<RoundSummary> {
  const board = await store.get('boards', request.boardId);
  if (!board) {
    throw new NotFoundError('board', request.boardId);
  }
  if (!isSecretaryOf(request.actor, board.title)) {
    throw new ForbiddenError(`${request.actor.displayName} may not open an update round for ${board.title}: only its secretary can`);
  }
  const meetingDate = meetingDateOf(request.meetingDate, londonDateOf(request.now));
  const same = await queryAll(store, 'updateRounds', { where: [{ field: 'boardId', op: 'eq', value: board.id }, { field: 'meetingDate', op: 'eq', value: meetingDate }] });
  if (same.length > 0) {
    throw new RuleViolationError('Meeting date', 'one-round-per-meeting', `${board.title} already has an update round for the meeting on ${meetingDate}`);
  }
  const round = await store.add('updateRounds', {
    title: roundTitle(board.title, meetingDate),
    boardId: board.id,
    meetingDate,
    openedBy: request.actor.id,
    openedByName: request.actor.displayName,
    openedAt: request.now.toISOString(),
  });
  return summaryOf(round, board.title);
}

/** The rounds of the boards `actor` serves (as secretary or lead), the latest meeting first. */
export async function roundsOf(store: TrackerStore, actor: Person): Promise<RoundSummary[]> {
  const boards = (await queryAll(store, 'boards', { where: [{ field: 'id', op: 'gt', value: 0 }] })).filter((b) => servesBoard(actor.serves, b.title));
  if (boards.length === 0) {
    return [];
  }
  const titles = new Map(boards.map((b) => [b.id as number, b.title]));
  const rounds = await queryAll(store, 'updateRounds', { where: [{ field: 'boardId', op: 'in', value: boards.map((b) => b.id) }] });
  return rounds
    .map((r) => summaryOf(r, titles.get(r.boardId) ?? ''))
    .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate) || b.openedAt.localeCompare(a.openedAt));
}

/** Each workstream of the round's board with the highlight update its owner sent since the round opened, or none yet. */
export async function roundEntriesOf(store: TrackerStore, round: Stored<'updateRounds'>): Promise<RoundEntry[]> {
  const workstreams = (await queryAll(store, 'workstreams', { where: [{ field: 'boardId', op: 'eq', value: round.boardId }] }))
    .filter((w) => w.kind === 'workstream')
    .sort((a, b) => a.title.localeCompare(b.title));
  const updates =
    workstreams.length === 0
      ? []
      : await queryAll(store, 'updates', {
          where: [
            { field: 'itemId', op: 'in', value: workstreams.map((w) => w.id) },
            { field: 'at', op: 'ge', value: round.openedAt },
          ],
        });
  return roundEntries(round.openedAt, workstreams, updates);
}

/** One round: each workstream of the board with the highlight update its owner sent since the round opened, or none yet. */
export async function roundViewOf(store: TrackerStore, actor: Person, id: ItemId): Promise<RoundView> {
  const round = await store.get('updateRounds', id);
  if (!round) {
    throw new NotFoundError('update round', id);
  }
  const board = await store.get('boards', round.boardId);
  const title = board?.title ?? '';
  if (!servesBoard(actor.serves, title) || actor.role === 'member') {
    throw new ForbiddenError(`${actor.displayName} may not see the update round for ${title}: only its secretaries and leads can`);
  }
  const entries = await roundEntriesOf(store, round);
  const submitted = entries.filter((e) => e.submitted).length;
  return { ...summaryOf(round, title), entries, submitted, missing: entries.length - submitted, canRemind: isSecretaryOf(actor, title) };
}

/** The round, for reminding: refused unless `actor` is a secretary of its board. */
export async function roundToRemind(store: TrackerStore, actor: Person, id: ItemId): Promise<RoundView> {
  const view = await roundViewOf(store, actor, id);
  if (!view.canRemind) {
    throw new ForbiddenError(`${actor.displayName} may not remind owners for ${view.board}: only its secretary can`);
  }
  return view;
}
