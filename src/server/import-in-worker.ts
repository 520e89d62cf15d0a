/**
 * Runs a local-server import in a worker thread (import-worker.ts) and answers its questions
 * about people from the server's directory. Why a worker and its own connection, not chunks:
 * better-sqlite3 is synchronous, so an import's one transaction on the server's connection
 * holds the event loop for as long as it writes; yielding inside it would let other requests'
 * writes fall into the import's transaction (and its rollback). The worker's connection writes
 * while the server's connection keeps reading (WAL); a save made meanwhile waits for the
 * import's commit (busy timeout) rather than failing.
 *
 * From the sources (tests, `npm run bench`, a clone's CLI) the worker is TypeScript, loaded
 * through tsx; the compiled server (dist-node/, `npm run build`) has it as import-worker.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportReport } from '../core/import-report';
import type { PeopleLookup } from '../ports/people-lookup';
import { errorFromMessage, type FromImportWorker, type ImportJob, type ToImportWorker } from './import-worker-messages';

/** A save waits this long for an import's commit; a second import this long for the first. */
export const IMPORT_BUSY_TIMEOUT_MS = 30_000;

// names in variables: the bundler must not treat them as assets to copy
const COMPILED_WORKER = './import-worker.mjs';
const SOURCE_WORKER = './import-worker.ts';

function startWorker(job: ImportJob): Worker {
  const here = import.meta.url;
  if (!/\.ts$/.test(new URL(here).pathname)) {
    // a worker inherits node's options; one that only fits `node -e` (the server started that way) would stop it
    const execArgv = process.execArgv.filter((a, i, all) => !a.startsWith('--input-type') && all[i - 1] !== '--input-type');
    return new Worker(new URL(COMPILED_WORKER, here), { workerData: job, execArgv });
  }
  // a worker does not inherit the loader this thread was given: register tsx in it first
  const tsxPackage = createRequire(here).resolve('tsx/package.json');
  const exportsMap = JSON.parse(readFileSync(tsxPackage, 'utf8')).exports['./esm/api'].import.default as string;
  const tsx = pathToFileURL(join(dirname(tsxPackage), exportsMap)).href;
  const entry = new URL(SOURCE_WORKER, here).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(`${boot}.catch((e) => { console.error(e); process.exit(1); });`, { eval: true, workerData: job });
}

export function importInWorker(people: PeopleLookup, job: ImportJob): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    let settled = false;
    const settle = (fn: () => void): void => {
      if (!settled) {
        settled = true;
        fn();
        // its work is done (the store is closed before it answers); a loader's port may keep it alive
        void worker.terminate();
      }
    };
    worker.on('message', (m: FromImportWorker) => {
      if (m.type === 'people') {
        people.find(m.queries).then(
          (answers) => worker.postMessage({ type: 'people', id: m.id, answers } satisfies ToImportWorker),
          // the worker waits on this answer: without one it cannot go on
          (error: unknown) => settle(() => reject(error))
        );
      } else if (m.type === 'done') {
        settle(() => resolve(m.report));
      } else {
        settle(() => reject(errorFromMessage(m.error)));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`the import worker stopped (exit code ${code}) before it answered`))));
  });
}

/** The database file a store writes to, when the worker can open it too (not an in-memory one). */
export function workerDatabaseFile(db: { name: string; memory: boolean }): string | null {
  return db.memory || db.name === '' || !existsSync(db.name) ? null : db.name;
}
