/**
 * The embedded store (local mode, CLI, tests): the TrackerStore port over better-sqlite3.
 * Each row has a version that every update checks and bumps, the SQLite twin of an ETag.
 */
import Database from 'better-sqlite3';
import { DuplicateKeyError, NotFoundError, TrackerError, VersionConflictError } from '../../core/errors';
import type { ItemId, ListKey, ListRecords, Stored, Update, Version } from '../../core/model';
import { checkQuery, fieldDef, listDef } from '../../schema/lookup';
import type { AtomicStore } from '../../ports/atomic-store';
import { writeEachInTurn, type Change, type ListQuery, type Page, type TrackerStore, type Written } from '../../ports/tracker-store';
import { decodeField, encodeConditionValue, encodeField, type SqlValue } from './columns';
import { readJsonField } from '../../schema/json-shapes';
import { migrate } from './migrations';

const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;

const SQL_OPS = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' } as const;

export type SqliteStoreOptions = Readonly<{
  /** file path, or ':memory:' @default ':memory:' */
  file?: string;
  /** the clock for `modified`; a parameter so tests are deterministic */
  now?: () => Date;
  /** how long a write waits for another connection's write lock (better-sqlite3's default: 5 s) */
  busyTimeoutMs?: number;
}>;

export class SqliteStore implements TrackerStore, AtomicStore {
  readonly db: Database.Database;
  private readonly now: () => Date;

  constructor(options: SqliteStoreOptions = {}) {
    this.db = new Database(options.file ?? ':memory:', options.busyTimeoutMs === undefined ? {} : { timeout: options.busyTimeoutMs });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.now = options.now ?? (() => new Date());
    migrate(this.db);
  }

  close(): void {
    this.db.close();
  }

  /** See AtomicStore: BEGIN IMMEDIATE takes the write lock up front, so two importers queue. */
  async atomically<T>(work: () => Promise<T>): Promise<T> {
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (error) {
      throw concurrentWrite(error) ?? error;
    }
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.inTransaction) {
        this.db.exec('ROLLBACK');
      }
      throw concurrentWrite(error) ?? error;
    }
  }

  /** Runs `fn` in one transaction (seeding and imports are all-or-nothing). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  async get<L extends ListKey>(list: L, id: ItemId): Promise<Stored<L> | null> {
    return this.getSync(list, id);
  }

  getSync<L extends ListKey>(list: L, id: ItemId): Stored<L> | null {
    const row = this.db.prepare(`SELECT * FROM ${q(listDef(list).key)} WHERE id = ?`).get(id) as
      | Record<string, unknown>
      | undefined;
    return row ? this.decode(list, row) : null;
  }

  async query<L extends ListKey>(list: L, query: ListQuery): Promise<Page<Stored<L>>> {
    return this.querySync(list, query);
  }

  querySync<L extends ListKey>(list: L, query: ListQuery): Page<Stored<L>> {
    checkQuery(list, query);
    const params: SqlValue[] = [];
    const where = query.where.map((c) => {
      const col = c.field === 'id' ? 'id' : fieldDef(list, c.field).internalName;
      const field = c.field === 'id' ? null : fieldDef(list, c.field);
      const enc = (v: unknown): SqlValue => (field ? encodeConditionValue(field, v) : (v as SqlValue));
      switch (c.op) {
        case 'isNull':
          return `${q(col)} IS NULL`;
        case 'notNull':
          return `${q(col)} IS NOT NULL`;
        case 'in': {
          const values = Array.isArray(c.value) ? c.value : [];
          params.push(...values.map(enc));
          return values.length === 0 ? '0' : `${q(col)} IN (${values.map(() => '?').join(', ')})`;
        }
        default:
          params.push(enc(c.value));
          return `${q(col)} ${SQL_OPS[c.op]} ?`;
      }
    });
    const order = (query.orderBy ?? [])
      .map((o) => `${q(o.field === 'id' ? 'id' : fieldDef(list, o.field).internalName)} ${o.descending ? 'DESC' : 'ASC'}`)
      .concat('id ASC');
    const top = query.top ?? 100;
    const offset = decodeCursor(query.cursor);
    const rows = this.db
      .prepare(
        `SELECT * FROM ${q(list)} WHERE ${where.join(' AND ')} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`
      )
      .all(...params, top + 1, offset) as Record<string, unknown>[];
    const items = rows.slice(0, top).map((r) => this.decode(list, r));
    return { items, next: rows.length > top ? encodeCursor(offset + top) : null };
  }

  queryMany<L extends ListKey>(requests: ReadonlyArray<readonly [L, ListQuery]>): Promise<Array<Page<Stored<L>>>> {
    return Promise.all(requests.map(([list, query]) => this.query(list, query)));
  }

  async add<L extends ListKey>(list: L, record: ListRecords[L]): Promise<Stored<L>> {
    return this.addSync(list, record);
  }

  async addMany<L extends ListKey>(list: L, records: readonly ListRecords[L][]): Promise<Array<Stored<L>>> {
    return this.transaction(() => records.map((record) => this.addSync(list, record)));
  }

  addEach<L extends ListKey>(list: L, records: readonly ListRecords[L][]): Promise<Written[]> {
    return writeEachInTurn(records, async (record) => this.addSync(list, record));
  }

  updateEach<L extends ListKey>(list: L, changes: ReadonlyArray<Change<L>>): Promise<Written[]> {
    return writeEachInTurn(changes, async (c) => this.updateSync(list, c.id, c.version, c.patch));
  }

  addSync<L extends ListKey>(list: L, record: ListRecords[L]): Stored<L> {
    const values = this.encode(list, record as Record<string, unknown>);
    values.modified = this.now().toISOString();
    const cols = Object.keys(values);
    const result = uniqueChecked(list, values, () =>
      this.db
        .prepare(`INSERT INTO ${q(list)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`)
        .run(...cols.map((c) => values[c] as SqlValue))
    );
    return this.getSync(list, Number(result.lastInsertRowid) as ItemId) as Stored<L>;
  }

  async update<L extends ListKey>(
    list: L,
    id: ItemId,
    expectedVersion: Version,
    patch: Partial<ListRecords[L]>
  ): Promise<Stored<L>> {
    return this.updateSync(list, id, expectedVersion, patch);
  }

  updateSync<L extends ListKey>(
    list: L,
    id: ItemId,
    expectedVersion: Version,
    patch: Partial<ListRecords[L]>
  ): Stored<L> {
    const values = this.encode(list, patch as Record<string, unknown>, true);
    values.modified = this.now().toISOString();
    const cols = Object.keys(values);
    const expected = parseVersion(expectedVersion);
    const result = uniqueChecked(list, values, () => this.db
      .prepare(
        `UPDATE ${q(list)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')}, version = version + 1 WHERE id = ? AND (version = ? OR ? IS NULL)`
      )
      .run(...cols.map((c) => values[c] as SqlValue), id, expected, expected));
    if (result.changes === 0) {
      const current = this.getSync(list, id);
      if (!current) {
        throw new NotFoundError(list, id);
      }
      throw new VersionConflictError(expectedVersion, current);
    }
    return this.getSync(list, id) as Stored<L>;
  }

  async updateWithHistory<L extends 'actions' | 'recommendations' | 'workstreams'>(
    list: L,
    id: ItemId,
    expectedVersion: Version,
    patch: Partial<ListRecords[L]>,
    update: Update
  ): Promise<Stored<L>> {
    return this.transaction(() => {
      const saved = this.updateSync(list, id, expectedVersion, patch);
      this.addSync('updates', { ...update, list, itemId: id });
      return saved;
    });
  }

  /** Counts rows of a list (benchmarks and summaries; not part of the port). */
  count(list: ListKey): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM ${q(list)}`).get() as { n: number }).n;
  }

  private encode(list: ListKey, record: Record<string, unknown>, partial = false): Record<string, SqlValue> {
    const out: Record<string, SqlValue> = {};
    for (const field of listDef(list).fields) {
      if (partial && !(field.key in record)) {
        continue;
      }
      Object.assign(out, encodeField(field, record[field.key]));
    }
    return out;
  }

  private decode<L extends ListKey>(list: L, row: Record<string, unknown>): Stored<L> {
    const out: Record<string, unknown> = {
      id: row.id,
      version: formatVersion(row.version as number),
      modified: row.modified,
    };
    const unreadable: string[] = [];
    for (const field of listDef(list).fields) {
      if (field.type === 'Json') {
        const read = readJsonField(field, row[field.internalName]);
        out[field.key] = read.value;
        if (read.problem) {
          unreadable.push(read.problem);
        }
      } else {
        out[field.key] = decodeField(field, row);
      }
    }
    if (unreadable.length > 0) {
      out.unreadable = unreadable;
    }
    return out as unknown as Stored<L>;
  }
}

/** Runs a write, turning SQLite's unique-constraint failure into the port's DuplicateKeyError. */
function uniqueChecked<T>(list: ListKey, values: Record<string, SqlValue>, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const e = error as { code?: string; message?: string };
    if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      const column = /UNIQUE constraint failed: [^.]+\.(\S+)/.exec(e.message ?? '')?.[1] ?? '';
      const field = listDef(list).fields.find((f) => f.internalName === column);
      throw new DuplicateKeyError(list, field?.key ?? column, values[column]);
    }
    throw error;
  }
}

/** SQLite's words for "someone else got there first", as a TrackerError; null for anything else. */
function concurrentWrite(error: unknown): TrackerError | null {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new TrackerError('IMPORT_CONFLICT', 'the database is busy: another import or seed is writing to it');
  }
  // addSync has already turned the constraint into DuplicateKeyError; a raw one may come from elsewhere
  if ((error instanceof DuplicateKeyError && error.field === 'sourceKey') || (code === 'SQLITE_CONSTRAINT_UNIQUE' && /SourceKey/i.test((error as Error).message))) {
    return new TrackerError('IMPORT_CONFLICT', 'another import or seed added the same items first');
  }
  return null;
}

/** Versions look like SharePoint's ETags ("\"3\""), so the UI treats both alike. */
export function formatVersion(n: number): Version {
  return `"${n}"`;
}

function parseVersion(version: Version): number | null {
  if (version === '*') {
    return null;
  }
  const n = Number(version.replace(/"/g, ''));
  return Number.isInteger(n) ? n : -1;
}

function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeCursor(cursor: string | null | undefined): number {
  if (!cursor) {
    return 0;
  }
  const m = /^o:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? Number(m[1]) : 0;
}
