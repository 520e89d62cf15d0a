/**
 * The longest stall of the local server while it imports 20,000 rows (issue 9): the server
 * runs in this process over a database file, as `tracker serve` runs it; a 20,000-row CSV is
 * posted to /api/import while /api/health is asked every 20 ms. Reported: the event loop's
 * worst delay over the import, the slowest of those other answers, and — since CI machines are
 * loaded — the worst delay over as long a time with no import at all.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LocalDirectory } from '../src/adapters/local/local-directory';
import { SqliteStore } from '../src/adapters/sqlite/sqlite-store';
import { LOCAL_PEOPLE } from '../src/seed/people';
import { startLocalServer } from '../src/server/create-server';
import { makeCsv } from './import-rows';

/** One GET on a fresh connection (no keep-alive socket the server may be closing meanwhile). */
function health(base: string): Promise<void> {
  return new Promise((resolve, reject) => {
    get(`${base}/api/health`, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve());
    }).on('error', reject);
  });
}

export type ImportStall = Readonly<{
  rows: number;
  stallMs: number;
  slowestAnswerMs: number;
  answers: number;
  importMs: number;
  created: number;
  /** the same measure with no import running, for as long (at most 10 s): what the machine's load alone costs */
  idleStallMs: number;
}>;

/** The event loop's worst delay (ms) while `during` runs, /api/health asked every 20 ms meanwhile. */
async function worstDelay<T>(url: string, during: () => Promise<T>): Promise<{ value: T; stallMs: number; slowestAnswerMs: number; answers: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  let running = true;
  let slowestAnswerMs = 0;
  let answers = 0;
  const ask = async (): Promise<void> => {
    while (running) {
      const t = performance.now();
      await health(url);
      slowestAnswerMs = Math.max(slowestAnswerMs, performance.now() - t);
      answers += 1;
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  histogram.enable();
  const asking = ask();
  try {
    return { value: await during(), stallMs: histogram.max / 1e6, slowestAnswerMs, answers };
  } finally {
    running = false;
    await asking;
    histogram.disable();
  }
}

export async function importStall(rows = 20_000): Promise<ImportStall> {
  const dir = mkdtempSync(join(tmpdir(), 'tracker-bench-stall-'));
  const store = new SqliteStore({ file: join(dir, 'stall.db') });
  const server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: 'dist', port: 0 });
  const secretary = LOCAL_PEOPLE.find((p) => p.role === 'secretary');
  try {
    const body = JSON.stringify({ fileName: 'stall.csv', contentBase64: Buffer.from(makeCsv(rows)).toString('base64') });
    const started = performance.now();
    const during = await worstDelay(server.url, async () => {
      const res = await fetch(`${server.url}/api/import`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: server.sessionCookie, 'X-Tracker-User': secretary?.id ?? '' },
        body,
      });
      return { ok: res.ok, status: res.status, report: (await res.json()) as { applied?: { created: number } | null } };
    });
    const importMs = performance.now() - started;
    const { report } = during.value;
    if (!during.value.ok || !report.applied) {
      throw new Error(`bench: the import failed: ${during.value.status} ${JSON.stringify(report).slice(0, 300)}`);
    }
    const idle = await worstDelay(server.url, () => new Promise((r) => setTimeout(r, Math.min(importMs, 10_000))));
    return { rows, stallMs: during.stallMs, slowestAnswerMs: during.slowestAnswerMs, answers: during.answers, importMs, created: report.applied.created, idleStallMs: idle.stallMs };
  } finally {
    await server.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
