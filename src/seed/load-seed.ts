/**
 * Writes a seed plan through the store port. Every record is matched by its source key
 * first, so loading twice adds nothing the second time (and an interrupted load resumes).
 */
import type { ItemId, ListKey, ListRecords, Stored } from '../core/model';
import type { TrackerStore } from '../ports/tracker-store';
import type { Planned, SeedPlan } from './seed-plan';

export type LoadCounts = Record<'created' | 'existing', number>;

async function findBySourceKey<L extends ListKey>(store: TrackerStore, list: L, key: string): Promise<Stored<L> | null> {
  const page = await store.query(list, { where: [{ field: 'sourceKey', op: 'eq', value: key }], top: 1 });
  return page.items[0] ?? null;
}

export async function loadSeed(store: TrackerStore, plan: SeedPlan): Promise<LoadCounts> {
  const counts: LoadCounts = { created: 0, existing: 0 };
  const ids = new Map<string, ItemId>();

  const put = async <L extends ListKey>(list: L, planned: readonly Planned<ListRecords[L]>[]): Promise<void> => {
    for (const { record, refs } of planned) {
      const resolved: Record<string, unknown> = { ...record };
      for (const [field, key] of Object.entries(refs)) {
        const id = ids.get(key);
        if (id === undefined) {
          throw new Error(`seed: ${list} ${String((record as { sourceKey?: string }).sourceKey)} refers to unknown ${key}`);
        }
        resolved[field] = id;
      }
      const sourceKey = (record as { sourceKey: string | null }).sourceKey;
      const existing = sourceKey ? await findBySourceKey(store, list, sourceKey) : null;
      const stored = existing ?? (await store.add(list, resolved as ListRecords[L]));
      counts[existing ? 'existing' : 'created'] += 1;
      if (sourceKey) {
        ids.set(sourceKey, stored.id);
      }
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
