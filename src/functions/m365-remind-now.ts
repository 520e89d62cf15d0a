/**
 * "Send nudges now" in Microsoft 365 (a composition root): the reminder job the timer runs, the
 * same ledger, started by a board's secretary from the tab. The tab cannot post as the bot, so it
 * asks this function, with an Entra token for the app's own API. The caller is the token's
 * signed-in person (`oid`, found in Graph as the bot finds a presser), their board roles from the
 * site's groups; only a secretary of the board — of every board, for a run of all — may start a
 * run. Errors answer as the local server's do: `{ error: { code, message } }`.
 */
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { JWTVerifyGetKey } from 'jose';
import { authenticateApiCaller, type ApiAudience } from '../adapters/entra/api-caller';
import type { ThrottleOptions } from '../adapters/sharepoint/pnp-preset';
import { servesBoard } from '../core/board-roles';
import { runSummaryJson } from '../core/reminder-digest';
import { parseReminderPolicy } from '../core/reminder-policy-config';
import { queryAll } from '../ports/tracker-store';
import { runRemindersOn } from './m365-reminders';
import { credentialsFromEnv, m365Settings, wireM365, type M365Credentials, type M365Wiring } from './m365-wiring';

type Env = Readonly<Record<string, string | undefined>>;

export type RemindNow = Readonly<{ audience: ApiAudience; wiring: M365Wiring; env: Env; now: () => Date; keys?: JWTVerifyGetKey }>;

export function createRemindNow(
  env: Env,
  now: () => Date,
  options: Readonly<{ credentials?: M365Credentials; throttle?: ThrottleOptions; keys?: JWTVerifyGetKey }> = {}
): RemindNow {
  const settings = m365Settings(env, '“Send nudges now”');
  parseReminderPolicy(env.TRACKER_REMINDER_POLICY);
  const wiring = wireM365(settings, options.credentials ?? credentialsFromEnv(env, settings), { now: () => now().getTime(), ...(options.throttle ? { throttle: options.throttle } : {}) });
  return {
    audience: { tenantId: settings.tenantId, clientId: settings.clientId, tabUrl: settings.tabUrl },
    wiring,
    env,
    now,
    ...(options.keys ? { keys: options.keys } : {}),
  };
}

export type RemindNowAnswer = Readonly<{ status: number; body: unknown; headers?: Record<string, string> }>;

const refuse = (status: number, code: string, message: string, headers?: Record<string, string>): RemindNowAnswer => ({
  status,
  body: { error: { code, message } },
  ...(headers ? { headers } : {}),
});

function boardOf(body: string): string | null | RemindNowAnswer {
  let parsed: unknown;
  try {
    parsed = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    return refuse(400, 'INVALID_VALUE', 'body: must be JSON, { "board": "<board title>" }');
  }
  const board = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).board : undefined;
  if (board === undefined || board === null) {
    return null;
  }
  return typeof board === 'string' && board.trim() !== '' ? board : refuse(400, 'INVALID_VALUE', 'board: must be a board’s title, or absent for every board');
}

/** POST /api/remind with `{ "board": "<title>" }` (or no board: every board) — the run's summary, or a refusal. */
export async function answerRemindNow(remind: RemindNow, authorization: string | undefined, body: string): Promise<RemindNowAnswer> {
  const auth = await authenticateApiCaller(remind.audience, authorization, { ...(remind.keys ? { keys: remind.keys } : {}), now: remind.now() });
  if (!auth.ok) {
    return refuse(401, 'UNAUTHENTICATED', 'sign in again: the request carried no valid token for Action Tracker', { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
  }
  const board = boardOf(body);
  if (typeof board === 'object' && board !== null) {
    return board;
  }
  const person = await remind.wiring.directory.get(auth.caller.oid);
  if (!person) {
    return refuse(403, 'FORBIDDEN', 'you are not in the directory Action Tracker reads, so you may not send nudges');
  }
  const roles = await remind.wiring.people().rolesOf(person.id);
  const titles = (await queryAll(remind.wiring.store, 'boards', { where: [{ field: 'id', op: 'ge', value: 1 }] })).map((b) => b.title);
  const isSecretary = (title: string) => roles.role !== 'member' && servesBoard(roles.serves, title, ['secretary']);
  if (board === null ? titles.length === 0 || !titles.every(isSecretary) : !isSecretary(board)) {
    return refuse(403, 'FORBIDDEN', `${person.displayName} may not send nudges for ${board ?? 'every board'}: only its secretary can`);
  }
  if (board !== null && !titles.includes(board)) {
    return refuse(400, 'INVALID_VALUE', `board: name one of the boards (${JSON.stringify(board)})`);
  }
  const summary = await runRemindersOn(remind.wiring, remind.env, remind.now, board);
  return { status: 200, body: runSummaryJson(summary) };
}

/** The Functions handler: built on first use, so a missing setting is reported per request, in one line. */
export function remindNowHandler(build: () => RemindNow) {
  let remind: RemindNow | null = null;
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    try {
      remind ??= build();
      const answer = await answerRemindNow(remind, request.headers.get('authorization') ?? undefined, await request.text());
      return { status: answer.status, jsonBody: answer.body, ...(answer.headers ? { headers: answer.headers } : {}) };
    } catch (error) {
      context.error(`remind: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return { status: 500, jsonBody: { error: { code: 'INTERNAL', message: 'the nudges could not be sent; the function’s log has the reason' } } };
    }
  };
}
