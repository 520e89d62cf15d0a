/**
 * The local server's update-round endpoints, over the same use cases as Microsoft 365 mode:
 *   GET  /api/rounds/boards        the boards the person is secretary of
 *   GET  /api/rounds               rounds of the boards the person serves
 *   POST /api/rounds               { boardId, meetingDate } opens a round and asks each owner at
 *                                  once, to their Outbox (no hosted job runs locally)
 *   GET  /api/rounds/<id>          who has submitted and who has not
 *   POST /api/rounds/<id>/remind   reminds those missing, through the reminder ledger, to the Outbox
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { londonDateOf } from '../core/dates';
import { InvalidValueError } from '../core/errors';
import { asItemId, type ItemId } from '../core/model';
import { askOnOpening, remindRound } from '../jobs/reminders/round-reminders';
import type { Person } from '../ports/directory';
import { openRound, roundBoardsOf, roundsOf, roundToRemind, roundViewOf } from '../services/rounds';
import type { ApiContext } from './api-routes';
import { HttpError, readJson, sendJson } from './http-util';
import { outboxOf } from './reminder-routes';

function idParam(field: string, value: unknown): ItemId {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new InvalidValueError(field, value, 'must be a positive whole number');
  }
  return asItemId(n);
}

async function actorOf(ctx: ApiContext, req: IncomingMessage): Promise<Person> {
  const id = req.headers['x-tracker-user'];
  const person = typeof id === 'string' && id !== '' ? await ctx.directory.get(id) : null;
  if (!person) {
    throw new HttpError(401, 'UNAUTHENTICATED', 'choose who you are (X-Tracker-User) first');
  }
  return person;
}

/** Handles /api/rounds…; false for any other path. */
export async function handleRoundApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const path = url.pathname;
  if (path === '/api/rounds/boards' && req.method === 'GET') {
    sendJson(res, 200, { boards: await roundBoardsOf(ctx.store, await actorOf(ctx, req)) });
    return true;
  }
  if (path === '/api/rounds') {
    if (req.method === 'GET') {
      sendJson(res, 200, { rounds: await roundsOf(ctx.store, await actorOf(ctx, req)) });
      return true;
    }
    if (req.method === 'POST') {
      const actor = await actorOf(ctx, req);
      const body = await readJson(req);
      const round = await openRound(ctx.store, { boardId: idParam('board', body.boardId), meetingDate: body.meetingDate, actor, now: ctx.now() });
      const stored = await ctx.store.get('updateRounds', round.id);
      // the ask goes out as the round opens, through the ledger: "Remind those missing" the same day repeats nothing
      const asked = stored ? await askOnOpening({ store: ctx.store, notifier: outboxOf(ctx) }, stored, round.board, { today: londonDateOf(ctx.now()), now: ctx.now }) : null;
      sendJson(res, 201, { round, asked });
      return true;
    }
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${path}`);
  }
  const m = /^\/api\/rounds\/(\d+)(?:\/(remind))?$/.exec(path);
  if (!m) {
    return false;
  }
  const id = idParam('round', m[1]);
  const route = `${req.method} ${m[2] ?? ''}`;
  if (route === 'GET ') {
    sendJson(res, 200, await roundViewOf(ctx.store, await actorOf(ctx, req), id));
    return true;
  }
  if (route === 'POST remind') {
    const actor = await actorOf(ctx, req);
    await readJson(req);
    const round = await roundToRemind(ctx.store, actor, id);
    sendJson(res, 200, await remindRound({ store: ctx.store, notifier: outboxOf(ctx) }, round, { today: londonDateOf(ctx.now()), now: ctx.now }));
    return true;
  }
  throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${path}`);
}
