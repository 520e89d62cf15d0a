/**
 * Imports as separate processes do them: killed part way, or two at once on one database.
 * The signal that an import is inside its transaction is SQLite's own: its write lock is held,
 * so another connection cannot begin an immediate transaction.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { recRows } from '../import/helpers';

const dir = mkdtempSync(join(tmpdir(), 'tracker-import-proc-'));

function tracker(...args: string[]): { child: ChildProcess; done: Promise<{ code: number | null; signal: string | null; out: string; err: string }> } {
  const child = spawn(process.execPath, ['bin/tracker.mjs', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const done = new Promise<{ code: number | null; signal: string | null; out: string; err: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, out, err }))
  );
  return { child, done };
}

/** Whether some connection holds the database's write lock right now. */
function writeLockHeld(db: string): boolean {
  const probe = new Database(db, { timeout: 0 });
  try {
    probe.exec('BEGIN IMMEDIATE');
    probe.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      return true;
    }
    throw error;
  } finally {
    probe.close();
  }
}

const rows = (db: string): number => {
  const conn = new Database(db, { readonly: true });
  try {
    return (conn.prepare('SELECT COUNT(*) AS n FROM recommendations').get() as { n: number }).n;
  } finally {
    conn.close();
  }
};

describe('imports as processes', () => {
  it('kill -9 in the middle of an import leaves nothing of it', { timeout: 180_000 }, async () => {
    const db = join(dir, 'killed.db');
    const csv = join(dir, 'big.csv');
    writeFileSync(csv, recRows(20_000));
    expect(await main(['seed', '--db', db], { out: () => undefined, err: () => undefined })).toBe(0);
    const before = rows(db);
    const { child, done } = tracker('import', csv, '--db', db);
    let exited = false;
    void done.then(() => (exited = true));
    // wait until the import is writing (holds the lock), then kill it without warning
    await expect.poll(() => exited || writeLockHeld(db), { timeout: 150_000, interval: 20 }).toBe(true);
    expect(exited, 'the import finished before it could be caught writing').toBe(false);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    expect(rows(db)).toBe(before);
    expect(writeLockHeld(db)).toBe(false);
  });

  it('two imports of one file at once: one imports, the other says what happened in words', { timeout: 180_000 }, async () => {
    const db = join(dir, 'race.db');
    const csv = join(dir, 'race.csv');
    writeFileSync(csv, recRows(3_000));
    expect(await main(['summary', '--db', db], { out: () => undefined, err: () => undefined })).toBe(0);
    const [a, b] = await Promise.all([tracker('import', csv, '--db', db).done, tracker('import', csv, '--db', db).done]);
    const outcomes = [a, b].map((r) => `${r.code}: ${r.out}${r.err}`);
    for (const o of outcomes) {
      expect(o, o).not.toMatch(/UNIQUE|SQLITE_|constraint/);
    }
    expect(outcomes.some((o) => /^0: imported 3000, rejected 0/.test(o)), outcomes.join('\n---\n')).toBe(true);
    const other = outcomes.find((o) => !/^0: imported 3000, rejected 0/.test(o)) ?? '';
    expect(other, other).toMatch(
      /^(0: imported 0, rejected 0\n {2}0 created, 0 updated, 3000 unchanged|1: tracker import: the database is busy: another import or seed is writing to it; nothing was changed|1: tracker import: race\.csv: nothing was imported: (another import or seed added the same items first|the database is busy: another import or seed is writing to it) while this file was being checked\. Import it again: rows already there will be left unchanged\.)/
    );
    expect(rows(db)).toBe(3_000);
  });
});
