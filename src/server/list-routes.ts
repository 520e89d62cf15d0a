/**
 * The raw store endpoints that the HTTP adapter of TrackerStore speaks (/api/lists/…): reads
 * for anyone, writes for a board secretary only, each body validated against the schema and
 * its authors and people set by the server (trusted-writes.ts).
 */
import { validateRecord } from '../schema/validate-record';
import { idParam, listParam, objectOf, requireSecretary, trackedParam, versionOf, type Route } from './api-context';
import { HttpError, readJson, sendJson } from './http-util';
import { validateQuery } from './validate-query';
import { assertRawPatchAllowed, assertRawWriteAllowed, trustedRecord, trustedUpdate } from './trusted-writes';

export const LIST_ROUTES: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/lists\/([A-Za-z]+)\/items\/(\d+)$/,
    handle: async (ctx, _req, res, [list, id]) => {
      const item = await ctx.store.get(listParam(list as string), idParam(id as string));
      if (!item) {
        throw new HttpError(404, 'NOT_FOUND', `${list} ${id} was not found`);
      }
      sendJson(res, 200, item, { ETag: item.version });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/lists\/([A-Za-z]+)\/query$/,
    handle: async (ctx, req, res, [list]) => {
      sendJson(res, 200, await ctx.store.query(listParam(list as string), validateQuery(await readJson(req))));
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/lists\/([A-Za-z]+)\/items$/,
    handle: async (ctx, req, res, [list]) => {
      const actor = await requireSecretary(ctx, req);
      const l = listParam(list as string);
      assertRawWriteAllowed(l);
      const record = validateRecord(l, await trustedRecord(l, await readJson(req), actor, ctx.directory));
      const saved = await ctx.store.add(l, record as never);
      sendJson(res, 201, saved, { ETag: saved.version });
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/api\/lists\/([A-Za-z]+)\/items\/(\d+)$/,
    handle: async (ctx, req, res, [list, id]) => {
      const actor = await requireSecretary(ctx, req);
      const l = listParam(list as string);
      assertRawPatchAllowed(l, req.headers['if-match']);
      const patch = validateRecord(l, await trustedRecord(l, await readJson(req), actor, ctx.directory), true);
      const saved = await ctx.store.update(l, idParam(id as string), versionOf(req.headers['if-match'], 'If-Match'), patch);
      sendJson(res, 200, saved, { ETag: saved.version });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/lists\/([a-z]+)\/items\/(\d+)\/with-history$/,
    handle: async (ctx, req, res, [list, id]) => {
      const actor = await requireSecretary(ctx, req);
      const l = trackedParam(list as string);
      const itemId = idParam(id as string);
      assertRawPatchAllowed(l, req.headers['if-match']);
      const body = (await readJson(req)) as { patch?: unknown; update?: unknown };
      const patch = validateRecord(l, await trustedRecord(l, objectOf('patch', body.patch), actor, ctx.directory), true);
      const update = validateRecord('updates', trustedUpdate({ ...objectOf('update', body.update), itemId }, l, actor));
      const saved = await ctx.store.updateWithHistory(
        l,
        itemId,
        versionOf(req.headers['if-match'], 'If-Match'),
        patch,
        update as never
      );
      sendJson(res, 200, saved, { ETag: saved.version });
    },
  },
];
