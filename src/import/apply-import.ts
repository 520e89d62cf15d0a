/**
 * Carries out an import plan through the store port. Parents that do not exist yet
 * (an inspection, an objective) are created once; updates carry the version the plan read,
 * so an item someone changed meanwhile is reported, not overwritten.
 */
import { VersionConflictError } from '../core/errors';
import { parseDue } from '../core/due-date';
import { newWorkstream, slug } from '../core/records';
import type { Action, ItemId, PersonRef, Recommendation, Update } from '../core/model';
import type { TrackerStore } from '../ports/tracker-store';
import type { ImportPlan, ParentSpec } from './plan-import';
import type { Rejection } from './parse-rows';

export type ImportResult = Readonly<{
  created: number;
  updated: number;
  unchanged: number;
  rejected: readonly Rejection[];
}>;


export async function applyImport(
  store: TrackerStore,
  plan: ImportPlan,
  author: PersonRef,
  at: string,
  fileName: string
): Promise<ImportResult> {
  const parentIds = new Map<string, ItemId>();
  const rejected: Rejection[] = [...plan.rejected];
  let created = 0;
  let updated = 0;
  let unchanged = 0;

  const ensureParent = async (spec: ParentSpec): Promise<ItemId> => {
    if (spec.existingId !== null) {
      return spec.existingId;
    }
    const key = `import:${spec.kind}:${slug(spec.ref ?? spec.title)}`;
    const known = parentIds.get(key);
    if (known !== undefined) {
      return known;
    }
    const again = await store.query(spec.list, { where: [{ field: 'sourceKey', op: 'eq', value: key }], top: 1 });
    let id = again.items[0]?.id;
    if (id === undefined) {
      if (spec.list === 'inspections') {
        const published = parseDue(spec.publishedText, 'published');
        id = (
          await store.add('inspections', {
            title: spec.title,
            bodies: [],
            scope: spec.scope ?? null,
            reportType: null,
            publishedText: spec.publishedText,
            published: published.date,
            sourceSummary: null,
            boardId: null,
            sourceKey: key,
          })
        ).id;
      } else {
        const parentId = spec.parent ? await ensureParent(spec.parent) : null;
        id = (
          await store.add(
            'workstreams',
            newWorkstream({ kind: spec.kind === 'inspection' ? 'workstream' : spec.kind, title: spec.title, ref: spec.ref, parentId, sourceKey: key })
          )
        ).id;
      }
    }
    parentIds.set(key, id);
    return id;
  };

  for (const change of plan.changes) {
    if (change.op === 'unchanged') {
      unchanged += 1;
      continue;
    }
    if (change.op === 'create') {
      const parentId = await ensureParent(change.parent);
      if (change.list === 'recommendations') {
        await store.add('recommendations', { ...(change.record as Recommendation), inspectionId: parentId });
      } else {
        await store.add('actions', { ...(change.record as Action), workstreamId: parentId });
      }
      created += 1;
      continue;
    }
    const update: Update = {
      list: change.list,
      itemId: change.id,
      kind: 'import',
      at,
      author: author.id,
      authorName: author.displayName,
      previousRag: null,
      newRag: 'rag' in change.patch ? (change.patch.rag ?? null) : null,
      text: `Imported from ${fileName}, row ${change.row}: ${change.fields.join(', ')}`,
      body: null,
      reportDateText: null,
      reportDate: null,
      benefitRag: null,
      sourceKey: null,
    };
    try {
      await store.updateWithHistory(change.list, change.id, change.version, change.patch as never, update);
      updated += 1;
    } catch (error) {
      if (!(error instanceof VersionConflictError)) {
        throw error;
      }
      rejected.push({ row: change.row, field: 'row', problem: 'changed by someone else since the import was checked; import again', value: '' });
    }
  }
  return { created, updated, unchanged, rejected };
}
