/**
 * The local server's reminder endpoints: the Outbox (what the signed-in person received), the
 * card buttons (the same handler the Teams bot calls) and "Send nudges now" for a board's
 * secretary (the same job and ledger as `tracker remind`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalBoardPeople } from '../adapters/local/local-board-people';
import { SqliteOutbox } from '../adapters/sqlite/sqlite-outbox';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import { servesBoard } from '../core/board-roles';
import { isIsoDate, londonDateOf, type IsoDate } from '../core/dates';
import { ForbiddenError, InvalidValueError } from '../core/errors';
import { runSummaryJson } from '../core/reminder-digest';
import { parseReminderPolicy } from '../core/reminder-policy-config';
import { runReminders } from '../jobs/reminders/run-reminders';
import type { Person } from '../ports/directory';
import { queryAll } from '../ports/tracker-store';
import { LOCAL_PEOPLE } from '../seed/people';
import { handleCardAction, readCardAction } from '../services/card-actions';
import type { ApiContext } from './api-routes';
import { HttpError, readJson, sendJson } from './http-util';

const outboxes = new WeakMap<object, SqliteOutbox>();

export function outboxOf(ctx: ApiContext): SqliteOutbox {
  if (!(ctx.store instanceof SqliteStore)) {
    throw new HttpError(501, 'NOT_LOCAL', 'the Outbox exists in local mode only; in Microsoft 365 reminders arrive in Teams chat');
  }
  let outbox = outboxes.get(ctx.store);
  if (!outbox) {
    outbox = new SqliteOutbox(ctx.store.db, ctx.now);
    outboxes.set(ctx.store, outbox);
  }
  return outbox;
}

async function actorOf(ctx: ApiContext, req: IncomingMessage): Promise<Person> {
  const id = req.headers['x-tracker-user'];
  const person = typeof id === 'string' && id !== '' ? await ctx.directory.get(id) : null;
  if (!person) {
    throw new HttpError(401, 'UNAUTHENTICATED', 'choose who you are (X-Tracker-User) first');
  }
  return person;
}

function asOfOf(value: unknown, ctx: ApiContext): IsoDate {
  const asOf = value ?? londonDateOf(ctx.now());
  if (!isIsoDate(asOf)) {
    throw new InvalidValueError('asOf', asOf, 'must be a date written YYYY-MM-DD');
  }
  return asOf;
}

const policy = () => parseReminderPolicy(process.env.TRACKER_REMINDER_POLICY);

async function boardTitles(ctx: ApiContext): Promise<string[]> {
  return (await queryAll(ctx.store, 'boards', { where: [{ field: 'id', op: 'ge', value: 1 }] })).map((b) => b.title);
}

/** Handles /api/outbox, /api/card-action and /api/remind; false for any other path. */
export async function handleReminderApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const route = `${req.method} ${url.pathname}`;
  switch (route) {
    case 'GET /api/outbox': {
      const actor = await actorOf(ctx, req);
      sendJson(res, 200, { messages: outboxOf(ctx).received(actor.id) });
      return true;
    }
    case 'POST /api/card-action': {
      const actor = await actorOf(ctx, req);
      const body = (await readJson(req)) as Record<string, unknown>;
      const inputs = body.inputs ?? {};
      if (typeof inputs !== 'object' || inputs === null || Array.isArray(inputs)) {
        throw new InvalidValueError('inputs', inputs, 'must be an object of the card’s input values');
      }
      const answer = await handleCardAction(ctx.store, {
        action: readCardAction(body.action),
        inputs: inputs as Record<string, unknown>,
        actor,
        at: ctx.now().toISOString(),
        today: asOfOf(body.asOf, ctx),
        policy: policy(),
      });
      // a stale card is an answer (both values), not an error: the person decides what to keep
      sendJson(res, 200, answer);
      return true;
    }
    case 'GET /api/remind/boards': {
      const actor = await actorOf(ctx, req);
      const titles = await boardTitles(ctx);
      sendJson(res, 200, { boards: actor.role === 'member' ? [] : titles.filter((t) => servesBoard(actor.serves, t, ['secretary'])) });
      return true;
    }
    case 'POST /api/remind': {
      const actor = await actorOf(ctx, req);
      const body = (await readJson(req)) as Record<string, unknown>;
      const board = body.board;
      if (typeof board !== 'string' || !(await boardTitles(ctx)).includes(board)) {
        throw new InvalidValueError('board', board, 'name one of the boards');
      }
      if (actor.role === 'member' || !servesBoard(actor.serves, board, ['secretary'])) {
        throw new ForbiddenError(`${actor.displayName} may not send nudges for ${board}: only its secretary can`);
      }
      const summary = await runReminders(
        { store: ctx.store, notifier: outboxOf(ctx), people: new LocalBoardPeople(LOCAL_PEOPLE) },
        { today: asOfOf(body.asOf, ctx), now: ctx.now, policy: policy(), board }
      );
      sendJson(res, 200, runSummaryJson(summary));
      return true;
    }
    default:
      return false;
  }
}
