/**
 * What the server and its import worker say to each other: the job (sent as workerData), the
 * worker's people questions and the server's answers, and the outcome. Errors cross the
 * thread as plain data and become TrackerErrors again, so the API answers as it would in-process.
 */
import { TrackerError, type TrackerErrorCode } from '../core/errors';
import type { ImportReport } from '../core/import-report';
import type { PersonRef } from '../core/model';
import type { Person } from '../ports/directory';
import type { PersonQuery } from '../ports/people-lookup';

export type ImportJob = Readonly<{
  /** the server's database file; the worker opens its own connection to it */
  dbFile: string;
  /** how long the worker's connection waits for another writer's lock */
  busyTimeoutMs: number;
  /** POST /api/import's body as it arrived (import-request.ts reads it in the worker) */
  body: Uint8Array;
  author: Person;
  at: string;
}>;

export type ErrorMessage = Readonly<{ tracker: boolean; code: string; message: string; field?: string; value?: unknown }>;

export type FromImportWorker =
  | Readonly<{ type: 'people'; id: number; queries: readonly PersonQuery[] }>
  | Readonly<{ type: 'done'; report: ImportReport }>
  | Readonly<{ type: 'failed'; error: ErrorMessage }>;

export type ToImportWorker = Readonly<{ type: 'people'; id: number; answers: ReadonlyArray<PersonRef | null> }>;

export function errorToMessage(error: unknown): ErrorMessage {
  if (error instanceof TrackerError) {
    const e = error as TrackerError & { field?: string; value?: unknown };
    // a value that cannot be cloned (it should not happen) is named by its type instead
    const value = typeof e.value === 'function' || typeof e.value === 'symbol' ? typeof e.value : e.value;
    return { tracker: true, code: e.code, message: e.message, field: e.field, value };
  }
  return { tracker: false, code: 'INTERNAL', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

export function errorFromMessage(m: ErrorMessage): Error {
  if (!m.tracker) {
    return new Error(`import worker: ${m.message}`);
  }
  const error = new TrackerError(m.code as TrackerErrorCode, m.message);
  return Object.assign(error, m.field === undefined ? {} : { field: m.field, value: m.value });
}
