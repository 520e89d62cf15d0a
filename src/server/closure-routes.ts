/**
 * The local server's closure endpoints (two-key closure and the inspection facts), over the
 * same use cases as Microsoft 365 mode, and the evidence files kept beside the database:
 *   GET  /api/closure/<list>/<id>                      what this person may do, the pending proposal, the facts
 *   POST /api/closure/<list>/<id>/propose|accept|return
 *   POST /api/closure/recommendations/<id>/authorise|supersede
 *   GET  /api/closure/recommendations/<id>/supersede-options
 *   GET  /api/closures/review?asOf=                    "Closures to review"
 *   GET  /api/evidence/<list>/<id>/<name>              an evidence file, as a download
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FileEvidenceStore } from '../adapters/local/file-evidence';
import type { ClosableList } from '../core/closure';
import { MAX_EVIDENCE_BYTES } from '../core/evidence-file';
import { isIsoDate, londonDateOf, type IsoDate } from '../core/dates';
import { InvalidValueError } from '../core/errors';
import { asItemId, type ItemId } from '../core/model';
import type { Person } from '../ports/directory';
import { acceptClosureOf, proposeClosureOf, recordAuthorisationOf, recordSupersededOf, returnClosureOf } from '../services/closure';
import { closureViewOf, reviewList, supersedeOptionsOf } from '../services/closure-view';
import type { ApiContext } from './api-routes';
import { HttpError, readJson, sendJson } from './http-util';

/** A file travels as base64 in JSON: 10 MB of evidence is about 13.4 MB of text. */
const PROPOSE_BODY_BYTES = Math.ceil((MAX_EVIDENCE_BYTES * 4) / 3) + 64 * 1024;

function closableParam(value: string): ClosableList {
  if (value !== 'actions' && value !== 'recommendations') {
    throw new InvalidValueError('list', value, 'closure applies to actions and inspection items (actions, recommendations)');
  }
  return value;
}

function idParam(field: string, value: unknown): ItemId {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new InvalidValueError(field, value, 'must be a positive whole number');
  }
  return asItemId(n);
}

function versionOf(value: unknown): string {
  if (typeof value !== 'string' || value === '') {
    throw new InvalidValueError('version', value, 'is required: the version the step started from');
  }
  return value;
}

async function actorOf(ctx: ApiContext, req: IncomingMessage): Promise<Person> {
  const id = req.headers['x-tracker-user'];
  const person = typeof id === 'string' && id !== '' ? await ctx.directory.get(id) : null;
  if (!person) {
    throw new HttpError(401, 'UNAUTHENTICATED', 'choose who you are (X-Tracker-User) first');
  }
  return person;
}

function fileOf(value: unknown): { name: string; bytes: Uint8Array } | null {
  if (value === null || value === undefined) {
    return null;
  }
  const f = value as Record<string, unknown>;
  if (typeof f !== 'object' || typeof f.name !== 'string' || typeof f.contentBase64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(f.contentBase64)) {
    throw new InvalidValueError('evidenceFile', typeof value, 'must be { name, contentBase64 }');
  }
  return { name: f.name, bytes: new Uint8Array(Buffer.from(f.contentBase64, 'base64')) };
}

async function step(ctx: ApiContext, req: IncomingMessage, list: ClosableList, id: ItemId, limit?: number) {
  const actor = await actorOf(ctx, req);
  const body = await readJson(req, limit);
  return { body, base: { list, id, version: versionOf(body.version), actor, at: ctx.now().toISOString() } };
}

function sendEvidence(evidence: FileEvidenceStore | undefined, res: ServerResponse, list: ClosableList, id: ItemId, name: string): Promise<void> {
  if (!evidence) {
    throw new HttpError(404, 'NOT_FOUND', 'no evidence files are kept here');
  }
  return evidence.read(list, id, name).then((file) => {
    if (!file) {
      throw new HttpError(404, 'NOT_FOUND', `${name} is not attached to ${list} ${id}`);
    }
    // a download, never rendered in the tab's origin
    res.writeHead(200, {
      'Content-Type': file.type,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(file.bytes);
  });
}

function asOfOf(value: string | null, ctx: ApiContext): IsoDate {
  const asOf = value ?? londonDateOf(ctx.now());
  if (!isIsoDate(asOf)) {
    throw new InvalidValueError('asOf', asOf, 'must be a date written YYYY-MM-DD');
  }
  return asOf;
}

/** An evidence file's name from the path; a malformed escape (`%`, `%E0%A4%A`) names no file: 400, not a URIError's 500. */
function fileNameParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new InvalidValueError('name', raw, 'is not a file name (a % that begins no escape)');
  }
}

/** Handles /api/closure…, /api/closures/review and /api/evidence…; false for any other path. */
export async function handleClosureApi(ctx: ApiContext, req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const path = url.pathname;
  if (req.method === 'GET' && path === '/api/closures/review') {
    sendJson(res, 200, { items: await reviewList(ctx.store, await actorOf(ctx, req), asOfOf(url.searchParams.get('asOf'), ctx)) });
    return true;
  }
  const file = /^\/api\/evidence\/([a-z]+)\/(\d+)\/([^/]+)$/.exec(path);
  if (file) {
    if (req.method !== 'GET') {
      throw new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed on ${path}`);
    }
    await sendEvidence(ctx.evidence, res, closableParam(file[1] as string), idParam('id', file[2]), fileNameParam(file[3] as string));
    return true;
  }
  const m = /^\/api\/closure\/([a-z]+)\/(\d+)(?:\/([a-z-]+))?$/.exec(path);
  if (!m) {
    return false;
  }
  const list = closableParam(m[1] as string);
  const id = idParam('id', m[2]);
  const action = m[3] ?? '';
  switch (`${req.method} ${action}`) {
    case 'GET ':
      sendJson(res, 200, await closureViewOf(ctx.store, await actorOf(ctx, req), list, id));
      return true;
    case 'GET supersede-options':
      sendJson(res, 200, { options: await supersedeOptionsOf(ctx.store, id) });
      return true;
    case 'POST propose': {
      const { body, base } = await step(ctx, req, list, id, PROPOSE_BODY_BYTES);
      const item = await proposeClosureOf(ctx.store, ctx.evidence ?? null, { ...base, note: body.note, link: body.link, file: fileOf(body.file) });
      sendJson(res, 200, { item });
      return true;
    }
    case 'POST accept': {
      const { body, base } = await step(ctx, req, list, id);
      sendJson(res, 200, { item: await acceptClosureOf(ctx.store, { ...base, note: body.note, reference: body.reference }) });
      return true;
    }
    case 'POST return': {
      const { body, base } = await step(ctx, req, list, id);
      sendJson(res, 200, { item: await returnClosureOf(ctx.store, { ...base, reason: body.reason }) });
      return true;
    }
    case 'POST authorise': {
      const { body, base } = await step(ctx, req, list, id);
      sendJson(res, 200, { item: await recordAuthorisationOf(ctx.store, { ...base, on: body.on, reference: body.reference }) });
      return true;
    }
    case 'POST supersede': {
      const { body, base } = await step(ctx, req, list, id);
      const by = idParam('supersededBy', body.by);
      sendJson(res, 200, { item: await recordSupersededOf(ctx.store, { ...base, by, on: body.on, reference: body.reference }) });
      return true;
    }
    default:
      throw new HttpError(action === '' || ['propose', 'accept', 'return', 'authorise', 'supersede', 'supersede-options'].includes(action) ? 405 : 404, 'NO_ROUTE', `${req.method} ${path} is not a closure step`);
  }
}
