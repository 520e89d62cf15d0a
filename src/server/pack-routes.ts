/**
 * The local server's board-pack endpoints: the boards, a board's pack model (with what changed
 * since its last snapshot) and freezing a snapshot, which only the board's secretary may do.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TableSnapshotStore } from '../adapters/snapshots/table-snapshot-store';
import { servesBoard } from '../core/board-roles';
import { isIsoDate, londonDateOf, type IsoDate } from '../core/dates';
import { ForbiddenError, InvalidValueError } from '../core/errors';
import { buildPackFor, changesOfAllBoards, findBoard, freezeBoard, listBoards } from '../services/board-pack';
import type { ApiContext } from './api-routes';
import { HttpError, readJson, sendJson } from './http-util';

function dateOf(field: string, value: unknown): IsoDate | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (!isIsoDate(value)) {
    throw new InvalidValueError(field, value, 'must be a date written YYYY-MM-DD');
  }
  return value;
}

function boardOf(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > 255) {
    throw new InvalidValueError('board', value, 'name the board by its title');
  }
  return value;
}

/** Handles /api/packs…; false for any other path. */
export async function handlePackApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const snapshots = new TableSnapshotStore(ctx.store);
  switch (`${req.method} ${url.pathname}`) {
    case 'GET /api/packs/boards':
      sendJson(res, 200, { boards: (await listBoards(ctx.store)).map((b) => b.title) });
      return true;
    case 'GET /api/packs/changes':
      sendJson(res, 200, { reports: await changesOfAllBoards(ctx.store, snapshots) });
      return true;
    case 'GET /api/packs': {
      const meeting = dateOf('meeting', url.searchParams.get('meeting'));
      const asOf = dateOf('asOf', url.searchParams.get('asOf')) ?? londonDateOf(ctx.now());
      sendJson(res, 200, await buildPackFor(ctx.store, snapshots, boardOf(url.searchParams.get('board')), { meeting, today: asOf }));
      return true;
    }
    case 'POST /api/packs/freeze': {
      const id = req.headers['x-tracker-user'];
      const actor = typeof id === 'string' && id !== '' ? await ctx.directory.get(id) : null;
      if (!actor) {
        throw new HttpError(401, 'UNAUTHENTICATED', 'choose who you are (X-Tracker-User) first');
      }
      const body = (await readJson(req)) as Record<string, unknown>;
      const board = await findBoard(ctx.store, boardOf(body.board));
      if (!servesBoard(actor.serves, board.title, ['secretary'])) {
        throw new ForbiddenError(`only a secretary of ${board.title} may freeze its pack`);
      }
      sendJson(res, 201, await freezeBoard(ctx.store, snapshots, board.title, { meeting: dateOf('meeting', body.meeting), now: ctx.now() }));
      return true;
    }
    default:
      return false;
  }
}
