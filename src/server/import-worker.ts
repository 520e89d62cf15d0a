/**
 * The local server's import, in a worker thread: reading the request's body (JSON, base64)
 * and the file (exceljs, CSV), checking
 * every row, planning and applying all run here, over a SQLite connection of the worker's own,
 * so the server's event loop keeps answering other requests meanwhile. The apply stays one
 * transaction (BEGIN IMMEDIATE … COMMIT on this connection): it lands whole or not at all.
 * Owners are looked up in the server's directory, by message (see import-in-worker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PersonRef } from '../core/model';
import { SqliteStore } from '../adapters/sqlite/sqlite-store';
import type { PeopleLookup, PersonQuery } from '../ports/people-lookup';
import { importFromRequest } from './import-request';
import { errorToMessage, type FromImportWorker, type ImportJob, type ToImportWorker } from './import-worker-messages';

async function work(port: NonNullable<typeof parentPort>, job: ImportJob): Promise<FromImportWorker> {
  const waiting = new Map<number, (answers: ReadonlyArray<PersonRef | null>) => void>();
  let asked = 0;
  port.on('message', (m: ToImportWorker) => {
    waiting.get(m.id)?.(m.answers);
    waiting.delete(m.id);
  });
  const people: PeopleLookup = {
    find: (queries: readonly PersonQuery[]) =>
      new Promise((resolve) => {
        asked += 1;
        waiting.set(asked, resolve);
        port.postMessage({ type: 'people', id: asked, queries } satisfies FromImportWorker);
      }),
  };
  const store = new SqliteStore({ file: job.dbFile, busyTimeoutMs: job.busyTimeoutMs });
  try {
    return { type: 'done', report: await importFromRequest(store, people, job.body, job.author, job.at) };
  } catch (error) {
    return { type: 'failed', error: errorToMessage(error) };
  } finally {
    store.close();
    // nothing more to hear: let the thread end once the answer is posted
    port.removeAllListeners('message');
  }
}

if (parentPort) {
  const port = parentPort;
  void work(port, workerData as ImportJob).then((answer) => port.postMessage(answer));
}
