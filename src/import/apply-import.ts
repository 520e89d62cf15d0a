/**
 * Carries out an import plan through the store port. Parents that do not exist yet
 * (an inspection, an objective) are created once; new items are added in bulk (one SQLite
 * transaction, SharePoint $batch requests of ≤ 100); updates carry the version the plan read,
 * so an item someone changed meanwhile is reported, not overwritten. Where the store can
 * (SQLite), the whole import is one transaction: it lands whole or not at all. On SharePoint
 * an interrupted import is finished by running it again: rows already written are unchanged.
 */
import { TrackerError, VersionConflictError } from '../core/errors';
import { isAtomicStore } from '../ports/atomic-store';
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
  if (!isAtomicStore(store)) {
    return applyChanges(store, plan, author, at, fileName);
  }
  try {
    return await store.atomically(() => applyChanges(store, plan, author, at, fileName));
  } catch (error) {
    if (error instanceof TrackerError && error.code === 'IMPORT_CONFLICT') {
      throw new TrackerError(
        'IMPORT_CONFLICT',
        `${fileName}: nothing was imported: ${error.message} while this file was being checked. Import it again: rows already there will be left unchanged.`
      );
    }
    throw error;
  }
}

async function applyChanges(
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
    // Reports share titles (a national and a force report of one inspection): their publication and scope tell them apart.
    const name = spec.list === 'inspections' ? [spec.title, spec.publishedText, spec.scope].filter(Boolean).join(' ') : (spec.ref ?? spec.title);
    const key = `import:${spec.kind}:${slug(name)}`;
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

  const newRecommendations: Recommendation[] = [];
  const newActions: Action[] = [];
  for (const change of plan.changes) {
    if (change.op === 'create') {
      const parentId = await ensureParent(change.parent);
      if (change.list === 'recommendations') {
        newRecommendations.push({ ...(change.record as Recommendation), inspectionId: parentId });
      } else {
        newActions.push({ ...(change.record as Action), workstreamId: parentId });
      }
    }
  }
  created += (await store.addMany('recommendations', newRecommendations)).length;
  created += (await store.addMany('actions', newActions)).length;

  for (const change of plan.changes) {
    if (change.op === 'unchanged') {
      unchanged += 1;
      continue;
    }
    if (change.op === 'create') {
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
