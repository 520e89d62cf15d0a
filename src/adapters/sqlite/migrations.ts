/**
 * Schema migrations for the embedded store, tracked in SQLite's `user_version`.
 * Tables come from the one list schema; a later schema version is applied additively
 * (new columns, new indexes), as provisioning does on SharePoint.
 */
import type Database from 'better-sqlite3';
import { LISTS, SCHEMA_VERSION } from '../../schema/lists';
import { columnsOf } from './columns';

const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function createTables(db: Database.Database): void {
  for (const list of LISTS) {
    const cols = list.fields.flatMap(columnsOf).map((c) => `${q(c.name)} ${c.type}`);
    db.exec(
      `CREATE TABLE IF NOT EXISTS ${q(list.key)} (id INTEGER PRIMARY KEY AUTOINCREMENT, version INTEGER NOT NULL DEFAULT 1, modified TEXT NOT NULL, ${cols.join(', ')})`
    );
  }
}

/** Adds what the schema has and the database lacks (lists, columns, indexes); never drops or rewrites. */
function applyAdditive(db: Database.Database): void {
  createTables(db); // a list the schema gained since (IF NOT EXISTS leaves the others alone)
  for (const list of LISTS) {
    const existing = new Set(
      (db.prepare(`PRAGMA table_info(${q(list.key)})`).all() as Array<{ name: string }>).map((c) => c.name)
    );
    for (const col of list.fields.flatMap(columnsOf)) {
      if (!existing.has(col.name)) {
        db.exec(`ALTER TABLE ${q(list.key)} ADD COLUMN ${q(col.name)} ${col.type}`);
      }
    }
    for (const field of list.fields) {
      if (field.indexed || field.unique) {
        const unique = field.unique ? 'UNIQUE ' : '';
        db.exec(
          `CREATE ${unique}INDEX IF NOT EXISTS ${q(`ix_${list.key}_${field.internalName}`)} ON ${q(list.key)} (${q(field.internalName)})`
        );
      }
    }
  }
}

/** Steps by version; each runs once. Step 1 is the first schema. */
const STEPS: ReadonlyArray<(db: Database.Database) => void> = [createTables];

export function migrate(db: Database.Database): { from: number; to: number } {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > SCHEMA_VERSION) {
    throw new Error(`the database is schema version ${from}, newer than this app (${SCHEMA_VERSION}); upgrade the app`);
  }
  db.transaction(() => {
    for (let v = from; v < STEPS.length; v += 1) {
      STEPS[v]?.(db);
    }
    applyAdditive(db);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
  return { from, to: SCHEMA_VERSION };
}
