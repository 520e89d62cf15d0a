/**
 * POST /api/import's body — `{ fileName, contentBase64, preview?, strict? }` — checked and
 * decoded. The server hands the raw body to the import worker, which calls this there: a
 * workbook's JSON and base64 are megabytes, and parsing them is work the event loop is spared.
 */
import { InvalidValueError } from '../core/errors';
import type { ImportReport } from '../core/import-report';
import type { Person } from '../ports/directory';
import type { PeopleLookup } from '../ports/people-lookup';
import type { TrackerStore } from '../ports/tracker-store';
import { runImport } from '../import/import-report';
import { parseJsonBody } from './http-util';

/** An import carries the file as base64 in JSON: room for a workbook of several thousand rows. */
export const IMPORT_BODY_BYTES = 12 * 1024 * 1024;

export type ImportRequest = Readonly<{ fileName: string; bytes: Uint8Array; preview: boolean; strict: boolean }>;

export function readImportRequest(raw: Uint8Array): ImportRequest {
  const body = parseJsonBody(raw);
  const fileName = typeof body.fileName === 'string' && body.fileName.trim() !== '' ? body.fileName.slice(0, 200) : null;
  if (!fileName) {
    throw new InvalidValueError('fileName', body.fileName, 'is required');
  }
  if (typeof body.contentBase64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(body.contentBase64)) {
    throw new InvalidValueError('contentBase64', typeof body.contentBase64, 'must be the file as base64');
  }
  const bytes = new Uint8Array(Buffer.from(body.contentBase64, 'base64'));
  return { fileName, bytes, preview: body.preview === true, strict: body.strict === true };
}

/** The import a request asks for, run for `author` at `at` (in the worker, or in-process). */
export function importFromRequest(store: TrackerStore, people: PeopleLookup, raw: Uint8Array, author: Person, at: string): Promise<ImportReport> {
  const request = readImportRequest(raw);
  return runImport(store, people, request.fileName, request.bytes, { preview: request.preview, strict: request.strict, author, at });
}
