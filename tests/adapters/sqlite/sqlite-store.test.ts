import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../src/adapters/sqlite/sqlite-store';
import { SCHEMA_VERSION } from '../../../src/schema/lists';
import { trackerStoreContract } from '../../ports/tracker-store.contract';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

trackerStoreContract('SQLite', () => new SqliteStore());

describe('SqliteStore migrations', () => {
  it('records the schema version and re-opens an existing file without change', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tracker-')), 't.db');
    const store = new SqliteStore({ file });
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    store.close();
    const again = new SqliteStore({ file });
    expect(again.count('actions')).toBe(0);
    again.close();
  });

  it('adds a column the schema gained to an existing table, keeping its rows', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tracker-')), 't.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE boards (id INTEGER PRIMARY KEY AUTOINCREMENT, version INTEGER NOT NULL DEFAULT 1, modified TEXT NOT NULL, Title TEXT, SourceKey TEXT)');
    raw.exec("INSERT INTO boards (modified, Title, SourceKey) VALUES ('2024-01-01', 'Old board', 'b:1')");
    raw.close();
    const store = new SqliteStore({ file });
    const row = store.db.prepare('SELECT Title, Programme FROM boards').get() as { Title: string; Programme: null };
    expect(row).toEqual({ Title: 'Old board', Programme: null });
    store.close();
  });

  it('adds a list the schema gained to a database of an earlier version', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tracker-')), 't.db');
    const first = new SqliteStore({ file });
    first.db.exec('DROP TABLE botConversations');
    first.db.pragma('user_version = 4');
    first.close();
    const store = new SqliteStore({ file });
    expect(store.count('botConversations')).toBe(0);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    store.close();
  });

  it('refuses a database from a newer version of the app', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tracker-')), 't.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    expect(() => new SqliteStore({ file })).toThrow(/newer than this app/);
  });
});
