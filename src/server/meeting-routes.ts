/**
 * The local server's endpoints for what a board meeting records, over the same use cases as
 * Microsoft 365 mode (services/decisions.ts):
 *   POST /api/items/<list>/<id>/decisions       { text, meetingDate, meetingId? }
 *   POST /api/items/<list>/<id>/agreed-actions  { title, owner?, dueText?, meetingDate, meetingId? }
 */
import type { IncomingMessage } from 'node:http';
import { validateEdit } from '../core/item-edit';
import { addAgreedAction, recordDecisionOn } from '../services/decisions';
import { actorOf, idParam, objectOf, trackedParam, type ApiContext, type Route } from './api-context';
import { readJson, sendJson } from './http-util';
import { ownerFromDirectory } from './trusted-writes';

/** What both endpoints read first: the item named in the path, who asks, when, and the meeting. */
async function meetingRequest(ctx: ApiContext, req: IncomingMessage, list: string, id: string) {
  const actor = await actorOf(ctx, req);
  const body = objectOf('body', await readJson(req));
  const request = { list: trackedParam(list), id: idParam(id), actor, at: ctx.now().toISOString(), meetingDate: body.meetingDate, meetingId: body.meetingId };
  return { body, request };
}

export const MEETING_ROUTES: readonly Route[] = [
  {
    method: 'POST',
    pattern: /^\/api\/items\/([a-z]+)\/(\d+)\/decisions$/,
    handle: async (ctx, req, res, [list, id]) => {
      const { body, request } = await meetingRequest(ctx, req, list as string, id as string);
      const update = await recordDecisionOn(ctx.store, { ...request, text: body.text });
      sendJson(res, 201, { update });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/items\/([a-z]+)\/(\d+)\/agreed-actions$/,
    handle: async (ctx, req, res, [list, id]) => {
      const { body, request } = await meetingRequest(ctx, req, list as string, id as string);
      // the owner, when given, as the directory knows them (validateEdit names a bad one)
      const owner = await ownerFromDirectory(ctx.directory, validateEdit({ owner: body.owner ?? null }).owner ?? null);
      const item = await addAgreedAction(ctx.store, { ...request, title: body.title, owner, dueText: body.dueText ?? null });
      sendJson(res, 201, { item });
    },
  },
];
