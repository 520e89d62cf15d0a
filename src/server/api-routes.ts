/**
 * The local server's /api: the use cases the tab calls, and the raw store endpoints that
 * the HTTP adapter of TrackerStore speaks. Every body is validated before it is used.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIsoDate, londonDateOf, type IsoDate } from '../core/dates';
import { ForbiddenError, InvalidValueError } from '../core/errors';
import { validateEdit } from '../core/item-edit';
import { validateHighlight } from '../core/highlight-report';
import { saveHighlight } from '../services/highlights';
import { asItemId, type ItemId, type ListKey, type TrackedList } from '../core/model';
import { directoryPeopleLookup } from '../adapters/local/directory-people-lookup';
import type { Directory, Person } from '../ports/directory';
import type { TrackerStore } from '../ports/tracker-store';
import { LISTS } from '../schema/lists';
import { validateRecord } from '../schema/validate-record';
import { inspectionDetail, listInspections } from '../services/inspections';
import { myItems, saveEdit, TRACKED_LISTS } from '../services/items';
import { summarise } from '../services/summary';
import { listPlans, planDetail } from '../services/plans';
import { assignOwner, unassignedItems } from '../services/unassigned';
import { assertMayImport } from '../import/import-report';
import { readFilter } from '../core/item-filter';
import { listItems } from '../services/list-items';
import { listItemsPage } from '../services/list-items-page';
import { itemFor } from '../services/item-access';
import { adoptTemplates, listTemplates } from '../services/templates';

import { listWorkstreams, workstreamDetail } from '../services/workstreams';
import { HttpError, readJson, readJsonBytes, sendJson } from './http-util';
import { IMPORT_BODY_BYTES, importFromRequest } from './import-request';
import { handleReminderApi } from './reminder-routes';
import { handlePackApi } from './pack-routes';
import { handleClosureApi } from './closure-routes';
import { handleRoundApi } from './round-routes';
import type { FileEvidenceStore } from '../adapters/local/file-evidence';
import { validateQuery } from './validate-query';
import { assertRawPatchAllowed, personFromDirectory, trustedEdit, trustedRecord, trustedUpdate } from './trusted-writes';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import { IMPORT_BUSY_TIMEOUT_MS, importInWorker, workerDatabaseFile } from './import-in-worker';

export type ApiContext = Readonly<{
  store: TrackerStore;
  directory: Directory;
  now: () => Date;
  /** closure evidence files beside the database (absent: proposals take links only) */
  evidence?: FileEvidenceStore;
}>;

function listParam(value: string): ListKey {
  const list = LISTS.find((l) => l.key === value);
  if (!list) {
    throw new InvalidValueError('list', value, `allowed: ${LISTS.map((l) => l.key).join(', ')}`);
  }
  return list.key;
}

function trackedParam(value: string): TrackedList {
  if (!(TRACKED_LISTS as readonly string[]).includes(value)) {
    throw new InvalidValueError('list', value, `allowed: ${TRACKED_LISTS.join(', ')}`);
  }
  return value as TrackedList;
}

function idParam(value: string): ItemId {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new InvalidValueError('id', value, 'must be a positive whole number');
  }
  return asItemId(n);
}

/** `?asOf=YYYY-MM-DD`, or today in London. */
function asOfParam(url: URL, ctx: ApiContext): IsoDate {
  const asOf = url.searchParams.get('asOf') ?? londonDateOf(ctx.now());
  if (!isIsoDate(asOf)) {
    throw new InvalidValueError('asOf', asOf, 'must be a date written YYYY-MM-DD');
  }
  return asOf;
}

function versionOf(value: unknown, field = 'version'): string {
  if (typeof value !== 'string' || value === '') {
    throw new InvalidValueError(field, value, 'is required: the version the edit started from');
  }
  return value;
}

function objectOf(field: string, value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidValueError(field, value, 'must be an object of fields');
  }
  return value as Record<string, unknown>;
}

async function actorOf(ctx: ApiContext, req: IncomingMessage): Promise<Person> {
  const id = req.headers['x-tracker-user'];
  if (typeof id !== 'string' || id === '') {
    throw new HttpError(401, 'UNAUTHENTICATED', 'choose who you are (X-Tracker-User) before changing anything');
  }
  const person = await ctx.directory.get(id);
  if (!person) {
    throw new HttpError(401, 'UNAUTHENTICATED', `${id} is not in the directory`);
  }
  return person;
}

async function requireSecretary(ctx: ApiContext, req: IncomingMessage): Promise<Person> {
  const actor = await actorOf(ctx, req);
  if (actor.role !== 'secretary') {
    throw new ForbiddenError('only a board secretary may write lists directly');
  }
  return actor;
}

type Route = Readonly<{
  method: string;
  pattern: RegExp;
  handle: (ctx: ApiContext, req: IncomingMessage, res: ServerResponse, params: string[], url: URL) => Promise<void>;
}>;

const ROUTES: readonly Route[] = [
  {
    method: 'GET',
    pattern: /^\/api\/health$/,
    handle: async (_ctx, _req, res) => sendJson(res, 200, { ok: true }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/people$/,
    handle: async (ctx, _req, res, _p, url) => {
      const text = url.searchParams.get('search') ?? '';
      if (text.length > 100) {
        throw new InvalidValueError('search', text, 'at most 100 characters');
      }
      const top = Number(url.searchParams.get('top') ?? 10);
      if (!Number.isInteger(top) || top < 1 || top > 100) {
        throw new InvalidValueError('top', url.searchParams.get('top'), 'must be 1 to 100');
      }
      sendJson(res, 200, { people: await ctx.directory.search(text, top) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/me$/,
    handle: async (ctx, req, res) => sendJson(res, 200, { person: await actorOf(ctx, req) }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/my-items$/,
    handle: async (ctx, req, res, _p, url) => {
      const actor = await actorOf(ctx, req);
      const asOf = asOfParam(url, ctx);
      sendJson(res, 200, { asOf, items: await myItems(ctx.store, actor.id, asOf) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/items\/([a-z]+)\/(\d+)$/,
    handle: async (ctx, req, res, [list, id]) => {
      const l = trackedParam(list as string);
      const itemId = idParam(id as string);
      // reading needs no identity; whether this person may update it does
      const actor = await actorOf(ctx, req).catch(() => null);
      sendJson(res, 200, await itemFor(ctx.store, actor, l, itemId));
    },
  },
  {
    method: 'PATCH',
    pattern: /^\/api\/items\/([a-z]+)\/(\d+)$/,
    handle: async (ctx, req, res, [list, id]) => {
      const actor = await actorOf(ctx, req);
      const body = (await readJson(req)) as Record<string, unknown>;
      const item = await saveEdit(ctx.store, {
        list: trackedParam(list as string),
        id: idParam(id as string),
        version: versionOf(body.version),
        edit: await trustedEdit(ctx.directory, validateEdit(body.edit)),
        actor,
        at: ctx.now().toISOString(),
      });
      sendJson(res, 200, { item });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/items$/,
    handle: async (ctx, _req, res, _p, url) => {
      const asOf = asOfParam(url, ctx);
      const params = Object.fromEntries(['owner', 'lifecycle', 'due'].map((k) => [k, url.searchParams.get(k) ?? undefined]));
      const filter = readFilter(params);
      const owner = filter.owner === 'anyone' ? null : filter.owner;
      const scope = { owner, lifecycle: filter.lifecycle, due: filter.due };
      const page = url.searchParams.get('page');
      // ?page= (empty for the first) answers a page at a time; SQLite is not bounded, so the pages follow at once
      sendJson(res, 200, page === null ? { items: await listItems(ctx.store, scope, asOf) } : await listItemsPage(ctx.store, scope, asOf, page === '' ? null : page, false));
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/inspections$/,
    handle: async (ctx, _req, res) => sendJson(res, 200, { inspections: await listInspections(ctx.store) }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/inspections\/(\d+)$/,
    handle: async (ctx, _req, res, [id]) => sendJson(res, 200, await inspectionDetail(ctx.store, idParam(id as string))),
  },
  {
    method: 'GET',
    pattern: /^\/api\/workstreams$/,
    handle: async (ctx, _req, res) => sendJson(res, 200, { workstreams: await listWorkstreams(ctx.store) }),
  },
  {
    method: 'POST',
    pattern: /^\/api\/workstreams\/(\d+)\/highlights$/,
    handle: async (ctx, req, res, [id]) => {
      const actor = await actorOf(ctx, req);
      const body = (await readJson(req)) as Record<string, unknown>;
      const item = await saveHighlight(ctx.store, {
        id: idParam(id as string),
        version: versionOf(body.version),
        report: validateHighlight(body.report),
        actor,
        at: ctx.now().toISOString(),
      });
      sendJson(res, 200, { item });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/workstreams\/(\d+)$/,
    handle: async (ctx, _req, res, [id]) => sendJson(res, 200, await workstreamDetail(ctx.store, idParam(id as string))),
  },
  {
    method: 'GET',
    pattern: /^\/api\/unassigned$/,
    handle: async (ctx, _req, res, _p, url) => {
      const asOf = asOfParam(url, ctx);
      sendJson(res, 200, { items: await unassignedItems(ctx.store, asOf) });
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/assign$/,
    handle: async (ctx, req, res) => {
      const actor = await actorOf(ctx, req);
      const body = (await readJson(req)) as { targets?: unknown; owner?: unknown };
      if (!Array.isArray(body.targets) || body.targets.length === 0 || body.targets.length > 500) {
        throw new InvalidValueError('targets', body.targets, 'must be a list of 1 to 500 { list, id, version }');
      }
      const targets = body.targets.map((t: unknown) => {
        const x = (t ?? {}) as Record<string, unknown>;
        return { list: trackedParam(String(x.list)), id: idParam(String(x.id)), version: versionOf(x.version) };
      });
      const { owner } = validateEdit({ owner: body.owner });
      if (!owner) {
        throw new InvalidValueError('owner', body.owner, 'choose a person to assign');
      }
      const known = await personFromDirectory(ctx.directory, 'owner', owner);
      sendJson(res, 200, { results: await assignOwner(ctx.store, targets, known, actor, ctx.now().toISOString()) });
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/templates$/,
    handle: async (ctx, _req, res) => sendJson(res, 200, { themes: await listTemplates(ctx.store) }),
  },
  {
    method: 'POST',
    pattern: /^\/api\/adopt$/,
    handle: async (ctx, req, res) => {
      const actor = await actorOf(ctx, req);
      const body = (await readJson(req)) as Record<string, unknown>;
      if (!Array.isArray(body.templateIds) || body.templateIds.length === 0 || body.templateIds.length > 200) {
        throw new InvalidValueError('templateIds', body.templateIds, 'choose 1 to 200 toolkit lines');
      }
      const edit = await trustedEdit(ctx.directory, validateEdit({ owner: body.owner ?? null, dueText: body.dueText ?? null }));
      sendJson(
        res,
        200,
        await adoptTemplates(
          ctx.store,
          { templateIds: body.templateIds.map((id: unknown) => idParam(String(id))), objectiveId: idParam(String(body.objectiveId)), owner: edit.owner ?? null, dueText: edit.dueText ?? null },
          actor
        )
      );
    },
  },
  {
    method: 'POST',
    pattern: /^\/api\/import$/,
    handle: async (ctx, req, res) => {
      const actor = await actorOf(ctx, req);
      // refused before the body is read; runImport checks the same again for every caller
      assertMayImport(actor);
      const body = await readJsonBytes(req, IMPORT_BODY_BYTES);
      const people = directoryPeopleLookup(ctx.directory);
      const at = ctx.now().toISOString();
      // off the event loop when the worker can open the database too (always, in `tracker serve`)
      const dbFile = ctx.store instanceof SqliteStore ? workerDatabaseFile(ctx.store.db) : null;
      sendJson(
        res,
        200,
        dbFile
          ? await importInWorker(people, { dbFile, busyTimeoutMs: IMPORT_BUSY_TIMEOUT_MS, body, author: actor, at })
          : await importFromRequest(ctx.store, people, body, actor, at)
      );
    },
  },
  {
    method: 'GET',
    pattern: /^\/api\/plans$/,
    handle: async (ctx, _req, res) => sendJson(res, 200, { plans: await listPlans(ctx.store) }),
  },
  {
    method: 'GET',
    pattern: /^\/api\/plans\/(\d+)$/,
    handle: async (ctx, _req, res, [id]) => sendJson(res, 200, await planDetail(ctx.store, idParam(id as string))),
  },
  {
    method: 'GET',
    pattern: /^\/api\/summary$/,
    handle: async (ctx, _req, res) => sendJson(res, 200, await summarise(ctx.store)),
  },
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

/** Dispatches an /api request; returns false when no route matches. */
export async function handleApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  if (await handleReminderApi(ctx, req, res, url)) {
    return true;
  }
  if (await handlePackApi(ctx, req, res, url)) {
    return true;
  }
  if (await handleClosureApi(ctx, req, res, url)) {
    return true;
  }
  if (await handleRoundApi(ctx, req, res, url)) {
    return true;
  }
  const candidates = ROUTES.filter((r) => r.pattern.test(url.pathname));
  if (candidates.length === 0) {
    return false;
  }
  const route = candidates.find((r) => r.method === req.method);
  if (!route) {
    throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${url.pathname}`);
  }
  const params = (route.pattern.exec(url.pathname) ?? []).slice(1);
  await route.handle(ctx, req, res, params, url);
  return true;
}
