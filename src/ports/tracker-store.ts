/**
 * The store port: what the app needs from wherever the lists live (SQLite locally,
 * SharePoint in Microsoft 365). The query model is SharePoint's: the first filter must be on
 * an indexed column, order only by indexed columns, and read in pages of at most 500, so what
 * works locally keeps working on a list of 50,000 items.
 */
import type { ItemId, ListKey, ListRecords, Stored, Update, Version } from '../core/model';

export type ConditionOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'in' | 'isNull' | 'notNull';

export type Condition = Readonly<{
  /** a domain field key from the schema (or 'id') */
  field: string;
  op: ConditionOp;
  value?: unknown;
}>;

export type ListQuery = Readonly<{
  /** all must hold; the first must be on an indexed field */
  where: readonly Condition[];
  orderBy?: ReadonlyArray<Readonly<{ field: string; descending?: boolean }>>;
  /** page size, 1..500 @default 100 */
  top?: number;
  /** the `next` of a previous page */
  cursor?: string | null;
}>;

export type Page<T> = Readonly<{ items: readonly T[]; next: string | null }>;

export const MAX_PAGE = 500;

/**
 * One write of a bulk write: the item's id and new version, or why this one was refused
 * (DuplicateKeyError, VersionConflictError — whose `current` is null here —, NotFoundError);
 * a refusal of one never refuses the others.
 */
export type Written = Readonly<{ ok: true; id: ItemId; version: Version }> | Readonly<{ ok: false; error: Error }>;

/** A change for `updateEach`: an item at the version it was read at, and what to set. */
export type Change<L extends ListKey> = Readonly<{ id: ItemId; version: Version; patch: Partial<ListRecords[L]> }>;

/** operations per SharePoint $batch request (PnPjs splits a batch into requests of 20 unless told; SharePoint takes 100) */
export const SHAREPOINT_BATCH_LIMIT = 100;

export interface TrackerStore {
  /** one item, or null when it does not exist */
  get<L extends ListKey>(list: L, id: ItemId): Promise<Stored<L> | null>;
  /** one page of items matching the query */
  query<L extends ListKey>(list: L, query: ListQuery): Promise<Page<Stored<L>>>;
  /**
   * The first pages of several queries at once: what a screen needs, in one round trip where
   * the backend can batch (SharePoint $batch). Results are in the order asked.
   */
  queryMany<L extends ListKey>(requests: ReadonlyArray<readonly [L, ListQuery]>): Promise<Array<Page<Stored<L>>>>;
  /** adds an item and returns it with its id and first version */
  add<L extends ListKey>(list: L, record: ListRecords[L]): Promise<Stored<L>>;
  /**
   * Adds several items of one list, returned in the order given: seeding and bulk loads.
   * SQLite adds them in one transaction; SharePoint in $batch requests of at most
   * SHAREPOINT_BATCH_LIMIT operations. If SharePoint refuses one, the error is thrown and
   * the others may be in: callers match by source key, so a re-run adds only what is missing.
   */
  addMany<L extends ListKey>(list: L, records: readonly ListRecords[L][]): Promise<Array<Stored<L>>>;
  /**
   * Adds each record on its own, with a result per record in the order given: a job's bulk
   * claims (the reminder ledger), where a duplicate key refuses that record only. SharePoint
   * sends them in $batch requests of at most SHAREPOINT_BATCH_LIMIT and reads nothing back.
   */
  addEach<L extends ListKey>(list: L, records: readonly ListRecords[L][]): Promise<Written[]>;
  /** Changes each item if it is still at its version, with a result per change; $batch on SharePoint. */
  updateEach<L extends ListKey>(list: L, changes: ReadonlyArray<Change<L>>): Promise<Written[]>;
  /**
   * Changes an item if it is still at `expectedVersion`; otherwise throws VersionConflictError
   * carrying the current item. Returns the item at its new version.
   */
  update<L extends ListKey>(
    list: L,
    id: ItemId,
    expectedVersion: Version,
    patch: Partial<ListRecords[L]>
  ): Promise<Stored<L>>;
  /**
   * An edit and the Update that records it, together: on SQLite in one transaction, on
   * SharePoint in one $batch. The update's itemId is taken from `id`.
   */
  updateWithHistory<L extends 'actions' | 'recommendations' | 'workstreams'>(
    list: L,
    id: ItemId,
    expectedVersion: Version,
    patch: Partial<ListRecords[L]>,
    update: Update
  ): Promise<Stored<L>>;
}

/** `addEach` / `updateEach` for stores without batches: one write at a time, each refusal kept. */
export async function writeEachInTurn<T>(inputs: readonly T[], write: (input: T) => Promise<{ id: ItemId; version: Version }>): Promise<Written[]> {
  const out: Written[] = [];
  for (const input of inputs) {
    try {
      const item = await write(input);
      out.push({ ok: true, id: item.id, version: item.version });
    } catch (error) {
      out.push({ ok: false, error: error instanceof Error ? error : new Error(String(error)) });
    }
  }
  return out;
}

/** Every page of several queries: the first pages together, then each one's remaining pages. */
export async function queryAllMany<L extends ListKey>(
  store: TrackerStore,
  requests: ReadonlyArray<readonly [L, Omit<ListQuery, 'cursor'>]>
): Promise<Stored<L>[][]> {
  const firstPages = await store.queryMany(requests.map(([list, q]) => [list, { ...q, top: q.top ?? MAX_PAGE }] as const));
  return Promise.all(
    firstPages.map(async (page, i) => {
      const [list, q] = requests[i] as readonly [L, Omit<ListQuery, 'cursor'>];
      const out = [...page.items];
      let cursor = page.next;
      while (cursor !== null) {
        const next: Page<Stored<L>> = await store.query(list, { ...q, top: q.top ?? MAX_PAGE, cursor });
        out.push(...next.items);
        cursor = next.next;
      }
      return out;
    })
  );
}

/** Reads every page of a query: for jobs and exports, never for a screen. */
export async function queryAll<L extends ListKey>(
  store: TrackerStore,
  list: L,
  query: Omit<ListQuery, 'cursor'>
): Promise<Stored<L>[]> {
  const out: Stored<L>[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Stored<L>> = await store.query(list, { ...query, top: query.top ?? MAX_PAGE, cursor });
    out.push(...page.items);
    cursor = page.next;
  } while (cursor !== null);
  return out;
}
