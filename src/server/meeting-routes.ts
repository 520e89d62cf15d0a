/**
 * The local server's endpoints for what a board meeting records, over the same use cases as
 * Microsoft 365 mode (services/decisions.ts):
 *   POST /api/items/<list>/<id>/decisions       { text, meetingDate, meetingId? }
 *   POST /api/items/<list>/<id>/agreed-actions  { title, owner?, dueText?, meetingDate, meetingId? }
 */
import { validateEdit } from '../core/item-edit';
import { addAgreedAction, recordDecisionOn } from '../services/decisions';
import { actorOf, idParam, objectOf, trackedParam, type Route } from './api-context';
import { readJson, sendJson } from './http-util';
import { ownerFromDirectory } from './trusted-writes';

export const MEETING_ROUTES: readonly Route[] = [
  {
    method: 'POST',
    pattern: /^\/api\/items\/([a-z]+)\/(\d+)\/decisions$/,
    handle: async (ctx, req, res, [list, id]) => {
      const actor = await actorOf(ctx, req);
      const body = objectOf('body', await readJson(req));
      const update = await recordDecisionOn(ctx.store, {
        list: trackedParam(list as string),
        id: idParam(id as string),
        actor,
        at: ctx.now().toISOString(),
        text: body.text,
        meetingDate: body.meetingDate,
        meetingId: body.meetingId,
      });
      sendJson(res, 201, { update });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/items\/([a-z]+)\/(\d+)\/agreed-actions$/,
    handle: async (ctx, req, res, [list, id]) => {
      const actor = await actorOf(ctx, req);
      const body = objectOf('body', await readJson(req));
      // the owner, when given, as the directory knows them (validateEdit names a bad one)
      const owner = await ownerFromDirectory(ctx.directory, validateEdit({ owner: body.owner ?? null }).owner ?? null);
      const item = await addAgreedAction(ctx.store, {
        list: trackedParam(list as string),
        id: idParam(id as string),
        actor,
        at: ctx.now().toISOString(),
        title: body.title,
        owner,
        dueText: body.dueText ?? null,
        meetingDate: body.meetingDate,
        meetingId: body.meetingId,
      });
      sendJson(res, 201, { item });
    },
  },
];
