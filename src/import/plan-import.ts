/**
 * Decides what an import would do, reading but never writing: each row is matched to an
 * existing item (recommendations by inspection + number, actions by reference, otherwise by
 * parent + text) and becomes a create, an update of the fields that differ, or nothing.
 * The tab shows this plan before the user confirms; the CLI applies it at once.
 */
import { parseDue } from '../core/due-date';
import { InvalidValueError } from '../core/errors';
import { dueFields, slug } from '../core/records';
import type { Action, ItemId, Part, Recommendation, Stored } from '../core/model';
import type { Rag } from '../core/rag';
import { headlineOf } from '../core/parts';
import { canonicalParts } from './parts-cell';
import { flagsFor, responsibleOrgFromComment } from '../core/rules';
import type { TrackerStore } from '../ports/tracker-store';
import { queryAll } from '../ports/tracker-store';
import type { ImportKind } from './headers';
import type { ParsedRow, Rejection } from './parse-rows';
import { yieldToEventLoop } from './yield';

export type ParentSpec = Readonly<{
  list: 'inspections' | 'workstreams';
  /** how it is found: title, or an objective's reference */
  title: string;
  ref: string | null;
  kind: 'inspection' | 'objective' | 'strand' | 'workstream';
  publishedText: string | null;
  scope?: 'national' | 'force' | null;
  /** the parent's own parent (an objective's strand) */
  parent: ParentSpec | null;
  existingId: ItemId | null;
}>;

export type ImportChange =
  | Readonly<{ op: 'create'; row: number; list: 'actions' | 'recommendations'; record: Action | Recommendation; parent: ParentSpec }>
  | Readonly<{
      op: 'update';
      row: number;
      list: 'actions' | 'recommendations';
      id: ItemId;
      version: string;
      patch: Partial<Action & Recommendation>;
      fields: readonly string[];
    }>
  | Readonly<{ op: 'unchanged'; row: number }>;

export type ImportPlan = Readonly<{
  kind: ImportKind;
  changes: readonly ImportChange[];
  rejected: readonly Rejection[];
  ignoredColumns: readonly string[];
}>;


/**
 * The incoming record as it updates an existing item: a row whose status is a progress word
 * (no RAG word, no parts to take one from) keeps the item's RAG, and its flags follow that RAG.
 */
function keepingRag<T extends Action | Recommendation>(incoming: T, r: ParsedRow, existing: { rag: Rag | null }): T {
  if (r.ragGiven || r.parts.length > 0) {
    return incoming;
  }
  const rag = existing.rag;
  return { ...incoming, rag, flags: flagsFor({ rag, ragRationale: incoming.ragRationale, responsibleOrg: incoming.responsibleOrg }) };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

async function findOne<L extends 'inspections' | 'workstreams'>(
  store: TrackerStore,
  list: L,
  field: 'title' | 'ref',
  value: string
): Promise<Stored<L> | null> {
  const page = await store.query(list, { where: [{ field, op: 'eq', value }], top: 1 });
  return page.items[0] ?? null;
}

function trackedFields(r: ParsedRow) {
  const responsibleOrg =
    r.responsibleOrg ?? (r.rag === 'WHITE' ? (responsibleOrgFromComment(r.comment)?.replace(/\.$/, '') ?? null) : null);
  return {
    ...dueFields(r.due),
    ownerText: r.ownerText,
    owner: r.owner,
    rag: r.rag,
    lifecycle: r.lifecycle,
    ragRationale: r.ragRationale,
    responsibleOrg,
    flags: flagsFor({ rag: r.rag, ragRationale: r.ragRationale, responsibleOrg }),
  };
}

function recommendationOf(r: ParsedRow, inspectionId: ItemId | null): Recommendation {
  // An item with parts shows its worst open part (parts.ts): its own fields are that headline.
  const fields = headlineOf(trackedFields(r), r.parts);
  return {
    inspectionId: (inspectionId ?? 0) as ItemId,
    number: r.number as string,
    itemKind: r.itemKind,
    title: r.text,
    ...fields,
    flags: flagsFor({ rag: fields.rag, ragRationale: fields.ragRationale, responsibleOrg: fields.responsibleOrg }),
    appliesToForce: r.appliesToForce ?? r.rag !== 'WHITE',
    comment: r.comment,
    groupHeading: null,
    subActions: [],
    parts: r.parts,
    sourceKey: `import:${slug([r.inspection, r.publishedText, r.scope].filter(Boolean).join(' '))}:${slug(r.number as string)}`,
  };
}

function actionOf(r: ParsedRow, kind: ImportKind, parentKey: string, workstreamId: ItemId | null): Action {
  return {
    kind: kind === 'deliverables' ? 'deliverable' : 'action',
    ref: r.ref,
    title: r.text,
    workstreamId,
    ...trackedFields(r),
    progress: r.comment,
    protectedCharacteristics: r.protectedCharacteristics,
    equalityDuties: r.equalityDuties,
    templateRef: null,
    sourceKey: r.ref ? `import:action:${slug(r.ref)}` : `import:${parentKey}:${slug(r.text)}`,
  };
}

/** The fields an import may change on an existing item (never its identity or parent). */
const UPDATABLE = [
  'title', 'itemKind', 'dueText', 'dueDate', 'duePrecision', 'dueKind', 'internalDeadline', 'ownerText', 'owner',
  'rag', 'lifecycle', 'ragRationale', 'responsibleOrg', 'appliesToForce', 'comment', 'progress',
  'protectedCharacteristics', 'equalityDuties', 'parts',
] as const;

/** Parts compare by their fields, whatever order the store returned the keys in. */
const comparable = (field: string, value: unknown): unknown => (field === 'parts' && Array.isArray(value) ? canonicalParts(value as Part[]) : value);

function diff(existing: Record<string, unknown>, incoming: Record<string, unknown>, presentColumns: ReadonlySet<string>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const field of UPDATABLE) {
    if (!(field in existing) || !(field in incoming) || !presentColumns.has(field)) {
      continue;
    }
    // An export writes the person's name where no owner text was kept; reading it back is no change.
    const ownerName = (existing.owner as { displayName?: string } | null)?.displayName;
    if (field === 'ownerText' && existing.ownerText === null && incoming.ownerText === ownerName) {
      continue;
    }
    if (!same(comparable(field, existing[field]), comparable(field, incoming[field]))) {
      patch[field] = incoming[field];
    }
  }
  return patch;
}

/** Which record fields the file actually has columns for: absent columns never blank a field. */
export function fieldsCovered(columns: ReadonlySet<string>): Set<string> {
  const out = new Set<string>(['title']);
  const add = (column: string, ...fields: string[]): void => {
    if (columns.has(column)) {
      fields.forEach((f) => out.add(f));
    }
  };
  add('kind', 'itemKind');
  add('due', 'dueText', 'dueDate', 'duePrecision', 'dueKind', 'internalDeadline');
  add('owner', 'ownerText', 'owner');
  add('ownerEmail', 'owner');
  add('status', 'rag', 'lifecycle');
  add('lifecycle', 'lifecycle');
  add('ragRationale', 'ragRationale');
  add('responsibleOrg', 'responsibleOrg');
  add('appliesToForce', 'appliesToForce');
  add('comment', 'comment', 'progress');
  add('notes', 'comment', 'progress');
  add('protectedCharacteristics', 'protectedCharacteristics');
  add('equalityDuties', 'equalityDuties');
  add('parts', 'parts');
  return out;
}

export async function planImport(
  store: TrackerStore,
  kind: ImportKind,
  rows: readonly ParsedRow[],
  rejectedAlready: readonly Rejection[],
  columns: ReadonlySet<string>,
  ignoredColumns: readonly string[],
  /** told every 500 rows: how many are planned */
  onProgress?: (planned: number) => void
): Promise<ImportPlan> {
  const changes: ImportChange[] = [];
  const rejected: Rejection[] = [...rejectedAlready];
  const seenKeys = new Map<string, number>();
  const covered = fieldsCovered(columns);
  const parentCache = new Map<string, ParentSpec>();
  const childrenCache = new Map<string, Stored<'recommendations'>[] | Stored<'actions'>[]>();

  const parentFor = async (r: ParsedRow): Promise<ParentSpec> => {
    if (kind === 'recommendations') {
      const title = r.inspection as string;
      const published = r.publishedText ? parseDue(r.publishedText, 'published').date : null;
      const key = `i:${title.toLowerCase()}|${published ?? ''}|${r.scope ?? ''}`;
      if (!parentCache.has(key)) {
        // Titles repeat (a national and a force report of one inspection): narrow by date and scope.
        const candidates = (
          await store.query('inspections', { where: [{ field: 'title', op: 'eq', value: title }], top: 50 })
        ).items.filter((i) => (published === null || i.published === published) && (r.scope === null || i.scope === r.scope));
        if (candidates.length > 1) {
          throw new InvalidValueError('inspection', title, `${candidates.length} reports have this title; add a Published or Scope column to tell them apart`);
        }
        parentCache.set(key, { list: 'inspections', title, ref: null, kind: 'inspection', publishedText: r.publishedText, scope: r.scope, parent: null, existingId: candidates[0]?.id ?? null });
      }
      return parentCache.get(key) as ParentSpec;
    }
    if (kind === 'deliverables') {
      const title = r.workstream as string;
      const key = `w:${title.toLowerCase()}`;
      if (!parentCache.has(key)) {
        const found = await findOne(store, 'workstreams', 'title', title);
        parentCache.set(key, { list: 'workstreams', title, ref: null, kind: 'workstream', publishedText: null, parent: null, existingId: found?.id ?? null });
      }
      return parentCache.get(key) as ParentSpec;
    }
    let strand: ParentSpec | null = null;
    if (r.strand) {
      const key = `s:${r.strand.toLowerCase()}`;
      if (!parentCache.has(key)) {
        const found = await findOne(store, 'workstreams', 'title', r.strand);
        parentCache.set(key, { list: 'workstreams', title: r.strand, ref: null, kind: 'strand', publishedText: null, parent: null, existingId: found?.id ?? null });
      }
      strand = parentCache.get(key) as ParentSpec;
    }
    const objective = r.objective ?? (r.ref ? r.ref.replace(/-[^-]*$/, '') : null);
    if (!objective) {
      return strand ?? { list: 'workstreams', title: 'Imported actions', ref: null, kind: 'strand', publishedText: null, parent: null, existingId: (await findOne(store, 'workstreams', 'title', 'Imported actions'))?.id ?? null };
    }
    const key = `o:${objective.toLowerCase()}`;
    if (!parentCache.has(key)) {
      const looksLikeRef = /^[A-Z]{1,4}\s?\d+$/i.test(objective);
      const found = (looksLikeRef ? await findOne(store, 'workstreams', 'ref', objective.replace(/\s/g, '').toUpperCase()) : null) ?? (await findOne(store, 'workstreams', 'title', objective));
      parentCache.set(key, {
        list: 'workstreams',
        title: objective,
        ref: looksLikeRef ? objective.replace(/\s/g, '').toUpperCase() : null,
        kind: 'objective',
        publishedText: null,
        parent: strand,
        existingId: found?.id ?? null,
      });
    }
    return parentCache.get(key) as ParentSpec;
  };

  for (const [i, r] of rows.entries()) {
    if (i > 0 && i % 500 === 0) {
      // a long plan lets the server answer other requests between slices
      onProgress?.(i);
      await yieldToEventLoop();
    }
    let parent: ParentSpec;
    try {
      parent = await parentFor(r);
    } catch (error) {
      if (error instanceof InvalidValueError) {
        rejected.push({ row: r.row, field: error.field, problem: error.problem, value: String(error.value) });
        continue;
      }
      throw error;
    }
    const parentKey = `${parent.kind}:${slug(parent.ref ?? parent.title)}`;
    const incoming = kind === 'recommendations' ? recommendationOf(r, parent.existingId) : actionOf(r, kind, parentKey, parent.existingId);
    const duplicateOf = seenKeys.get(incoming.sourceKey);
    if (duplicateOf !== undefined) {
      rejected.push({ row: r.row, field: kind === 'recommendations' ? 'number' : 'ref', problem: `duplicate of row ${duplicateOf}`, value: r.number ?? r.ref ?? r.text });
      continue;
    }
    seenKeys.set(incoming.sourceKey, r.row);

    let existing: Stored<'recommendations'> | Stored<'actions'> | null = null;
    if (parent.existingId !== null) {
      const cacheKey = `${parent.list}:${parent.existingId}`;
      if (!childrenCache.has(cacheKey)) {
        childrenCache.set(
          cacheKey,
          kind === 'recommendations'
            ? await queryAll(store, 'recommendations', { where: [{ field: 'inspectionId', op: 'eq', value: parent.existingId }] })
            : await queryAll(store, 'actions', { where: [{ field: 'workstreamId', op: 'eq', value: parent.existingId }] })
        );
      }
      const siblings = childrenCache.get(cacheKey) ?? [];
      existing =
        kind === 'recommendations'
          ? ((siblings as Stored<'recommendations'>[]).find((s) => s.number === r.number) ?? null)
          : ((siblings as Stored<'actions'>[]).find((s) => (r.ref ? s.ref === r.ref : s.title === r.text)) ?? null);
    }
    if (!existing && kind === 'actions' && r.ref) {
      const byRef = await store.query('actions', { where: [{ field: 'ref', op: 'eq', value: r.ref }], top: 2 });
      existing = byRef.items[0] ?? null;
    }
    const list = kind === 'recommendations' ? 'recommendations' : 'actions';
    if (!existing) {
      changes.push({ op: 'create', row: r.row, list, record: incoming, parent });
      continue;
    }
    const updating = keepingRag(incoming, r, existing);
    const patch = diff(existing as unknown as Record<string, unknown>, updating as unknown as Record<string, unknown>, covered);
    const fields = Object.keys(patch);
    if (fields.length === 0) {
      changes.push({ op: 'unchanged', row: r.row });
    } else {
      if (covered.has('rag')) {
        patch.flags = updating.flags;
      }
      changes.push({ op: 'update', row: r.row, list, id: existing.id, version: existing.version, patch, fields });
    }
  }
  rejected.sort((a, b) => a.row - b.row);
  return { kind, changes, rejected, ignoredColumns };
}
