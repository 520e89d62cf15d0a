/**
 * The /api use cases the tab calls: people, my items, items and their edits, inspections,
 * workstreams and highlight reports, unassigned items, templates, imports, plans, the summary.
 */
import { directoryPeopleLookup } from '../adapters/local/directory-people-lookup';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import { InvalidValueError } from '../core/errors';
import { validateHighlight } from '../core/highlight-report';
import { validateEdit } from '../core/item-edit';
import { readFilter } from '../core/item-filter';
import { assertMayImport } from '../import/import-report';
import { saveHighlight } from '../services/highlights';
import { inspectionDetail, listInspections } from '../services/inspections';
import { itemFor } from '../services/item-access';
import { myItems, saveEdit } from '../services/items';
import { listItems } from '../services/list-items';
import { listItemsPage } from '../services/list-items-page';
import { listPlans, planDetail } from '../services/plans';
import { summarise } from '../services/summary';
import { adoptTemplates, listTemplates } from '../services/templates';
import { assignOwner, unassignedItems } from '../services/unassigned';
import { listWorkstreams, workstreamDetail } from '../services/workstreams';
import { actorOf, asOfParam, idParam, trackedParam, versionOf, type Route } from './api-context';
import { readJson, readJsonBytes, sendJson } from './http-util';
import { IMPORT_BUSY_TIMEOUT_MS, importInWorker, workerDatabaseFile } from './import-in-worker';
import { IMPORT_BODY_BYTES, importFromRequest } from './import-request';
import { personFromDirectory, trustedEdit } from './trusted-writes';

export const USE_CASE_ROUTES: readonly Route[] = [
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
];
