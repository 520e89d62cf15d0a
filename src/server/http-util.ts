/** Small HTTP helpers for the local server: bounded JSON bodies, JSON replies, error mapping. */
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidValueError, isTrackerError, type TrackerError } from '../core/errors';

export const MAX_BODY_BYTES = 1024 * 1024;

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

/** The request's body, bounded, once its media type is JSON (parsed by `parseJsonBody`). */
export async function readJsonBytes(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  // the media type exactly (parameters such as charset aside): `application/jsonfoo` is not JSON
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'send the body as application/json');
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    throw new HttpError(413, 'BODY_TOO_LARGE', `the body is larger than ${limit} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      throw new HttpError(413, 'BODY_TOO_LARGE', `the body is larger than ${limit} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A JSON body as the object every route takes. */
export function parseJsonBody(bytes: Uint8Array): Record<string, unknown> {
  const text = new TextDecoder().decode(bytes);
  let body: unknown;
  try {
    body = text === '' ? {} : (JSON.parse(text) as unknown);
  } catch {
    throw new InvalidValueError('body', text.slice(0, 40), 'is not valid JSON');
  }
  // every route takes an object: `null`, a list or a bare value would reach code reading its fields
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new InvalidValueError('body', Array.isArray(body) ? 'a list' : body, 'must be a JSON object { … }');
  }
  return body as Record<string, unknown>;
}

export async function readJson(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Record<string, unknown>> {
  return parseJsonBody(await readJsonBytes(req, limit));
}

/** True when the request that `res` answers accepts gzip. */
export function acceptsGzip(res: ServerResponse): boolean {
  return /\bgzip\b/.test(String(res.req?.headers['accept-encoding'] ?? ''));
}

/**
 * Sends JSON, gzipped when the client accepts it and it is worth it: a list of 5,000 items
 * repeats its boards and objectives, and shrinks about twentyfold.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  const base = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Vary: 'Accept-Encoding', ...headers };
  if (text.length > 2048 && acceptsGzip(res)) {
    res.writeHead(status, { ...base, 'Content-Encoding': 'gzip' });
    res.end(gzipSync(text, { level: 6 }));
    return;
  }
  res.writeHead(status, base);
  res.end(text);
}

const STATUS_OF: Readonly<Record<TrackerError['code'], number>> = {
  INVALID_VALUE: 400,
  RULE_VIOLATION: 422,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  QUERY_NOT_INDEXED: 400,
  FORBIDDEN: 403,
  IMPORT_FORMAT: 400,
  DUPLICATE_KEY: 409,
  IMPORT_TOO_LARGE: 413,
  IMPORT_CONFLICT: 409,
  LIST_THRESHOLD: 400,
  THROTTLED: 503,
  UNAVAILABLE: 503,
};

/** The error body every client reads: `{ error: { code, message, field?, value?, current? } }`. */
export function sendError(res: ServerResponse, error: unknown): void {
  if (error instanceof HttpError) {
    sendJson(res, error.status, { error: { code: error.code, message: error.message } });
    return;
  }
  if (isTrackerError(error)) {
    const e = error as TrackerError & { field?: string; value?: unknown; current?: unknown };
    sendJson(res, STATUS_OF[e.code], {
      error: { code: e.code, message: e.message, field: e.field, value: e.value, current: e.current },
    });
    return;
  }
  console.error(error);
  sendJson(res, 500, { error: { code: 'INTERNAL', message: 'something went wrong; the server log has the details' } });
}
