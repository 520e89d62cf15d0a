/**
 * Writes a seed plan through the store port. Every record is matched by its source key
 * first, so loading twice adds nothing the second time (and an interrupted load resumes).
 * Reads and writes go in bulk: on SharePoint, 544 seed records take a few dozen requests.
 */
import type { ItemId, ListKey, ListRecords } from '../core/model';
import type { ListQuery, TrackerStore } from '../ports/tracker-store';
import type { Planned, SeedPlan } from './seed-plan';

export type LoadCounts = Record<'created' | 'existing', number>;

/** keys per `in` query: short enough for SharePoint's URL, many to a $batch */
const KEYS_PER_QUERY = 20;

/** The ids of the records already stored under these source keys, in a few batched reads. */
async function existingIds(store: TrackerStore, list: ListKey, keys: readonly string[]): Promise<Map<string, ItemId>> {
  const found = new Map<string, ItemId>();
  const queries: Array<readonly [ListKey, ListQuery]> = [];
  for (let i = 0; i < keys.length; i += KEYS_PER_QUERY) {
    const chunk = keys.slice(i, i + KEYS_PER_QUERY);
    queries.push([list, { where: [{ field: 'sourceKey', op: 'in', value: chunk }], top: chunk.length }]);
  }
  for (const page of await store.queryMany(queries)) {
    for (const item of page.items) {
      const key = (item as { sourceKey?: string | null }).sourceKey;
      if (key) {
        found.set(key, item.id);
      }
    }
  }
  return found;
}

export async function loadSeed(store: TrackerStore, plan: SeedPlan): Promise<LoadCounts> {
  const counts: LoadCounts = { created: 0, existing: 0 };
  const ids = new Map<string, ItemId>();

  // Per list, in waves (a record may refer to one before it in the same list, as an
  // objective to its strand): resolve references, find what is already there, add the rest in
  // bulk (one transaction on SQLite, $batch requests on SharePoint).
  const putWave = async <L extends ListKey>(list: L, planned: readonly Planned<ListRecords[L]>[]): Promise<void> => {
    const records = planned.map(({ record, refs }) => {
      const resolved: Record<string, unknown> = { ...record };
      for (const [field, key] of Object.entries(refs)) {
        resolved[field] = ids.get(key);
      }
      return resolved as ListRecords[L];
    });
    const keyOf = (r: ListRecords[L]): string | null => (r as { sourceKey?: string | null }).sourceKey ?? null;
    const existing = await existingIds(store, list, records.map(keyOf).filter((k): k is string => k !== null));
    const missing = records.filter((r) => {
      const key = keyOf(r);
      return key === null || !existing.has(key);
    });
    const added = await store.addMany(list, missing);
    counts.existing += records.length - missing.length;
    counts.created += added.length;
    for (const [key, id] of existing) {
      ids.set(key, id);
    }
    for (const item of added) {
      const key = keyOf(item as unknown as ListRecords[L]);
      if (key) {
        ids.set(key, item.id);
      }
    }
  };

  const put = async <L extends ListKey>(list: L, planned: readonly Planned<ListRecords[L]>[]): Promise<void> => {
    let waiting = planned;
    while (waiting.length > 0) {
      const ready = waiting.filter(({ refs }) => Object.values(refs).every((key) => ids.has(key)));
      if (ready.length === 0) {
        const stuck = waiting[0];
        const unknown = Object.values(stuck?.refs ?? {}).find((key) => !ids.has(key));
        throw new Error(`seed: ${list} ${String((stuck?.record as { sourceKey?: string } | undefined)?.sourceKey)} refers to unknown ${unknown}`);
      }
      await putWave(list, ready);
      waiting = waiting.filter((p) => !ready.includes(p));
    }
  };

  await put('boards', plan.boards);
  await put('workstreams', plan.workstreams);
  await put('actions', plan.actions);
  await put('inspections', plan.inspections);
  await put('recommendations', plan.recommendations);
  await put('updates', plan.highlights);
  return counts;
}
