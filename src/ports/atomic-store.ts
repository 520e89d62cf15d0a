/**
 * A store that can run a unit of work all-or-nothing. SQLite can (one transaction); SharePoint
 * cannot, so work there is written to be re-run: every import row is matched by its source key,
 * and a second run changes nothing that the first already wrote.
 */
export interface AtomicStore {
  /**
   * Runs `work` in one transaction: everything it writes lands, or nothing does (also when the
   * process is killed part way). `work` must not wait on anything but this store, so no other
   * caller's writes can fall inside the transaction. Another writer holding the store, or having
   * taken the same unique keys first, is a TrackerError with code IMPORT_CONFLICT.
   */
  atomically<T>(work: () => Promise<T>): Promise<T>;
}

export function isAtomicStore(store: object): store is AtomicStore {
  return typeof (store as Partial<AtomicStore>).atomically === 'function';
}
