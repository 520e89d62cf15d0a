/**
 * Two-key closure and the inspection facts as use cases over the ports (both modes): who may
 * act on which board is checked here, the rules are the core's (core/closure.ts,
 * core/inspection-facts.ts), and each step is saved with its Update in one write.
 */
import {
  acceptClosure,
  pendingProposal,
  proposeClosure,
  returnClosure,
  type ClosableList,
  type ClosureChange,
  type StoredFileRef,
} from '../core/closure';
import { checkEvidenceFile } from '../core/evidence-file';
import { InvalidValueError, NotFoundError, VersionConflictError } from '../core/errors';
import { closedByForce, recordAuthorisation, recordSuperseded, type FactChange } from '../core/inspection-facts';
import type { IsoDate } from '../core/dates';
import type { ListedItem } from '../core/item-filter';
import type { ItemId, Stored, Version } from '../core/model';
import type { TrackedItem } from '../core/tracked-item';
import { servesBoard } from '../core/board-roles';
import type { Person } from '../ports/directory';
import type { EvidenceStore } from '../ports/evidence-store';
import type { TrackerStore } from '../ports/tracker-store';
import { boardTitleOf } from './board-of';
import { getItem, historyOf, toTracked } from './items';
import { listItems } from './list-items';
import { assertCanEdit, assertServes } from './permissions';

type Step = Readonly<{ list: ClosableList; id: ItemId; version: Version; actor: Person; at: string }>;

export type ProposeRequest = Step &
  Readonly<{ note: unknown; link?: unknown; file?: Readonly<{ name: string; bytes: Uint8Array }> | null }>;

function closable(list: string): ClosableList {
  if (list !== 'actions' && list !== 'recommendations') {
    throw new InvalidValueError('list', list, 'closure applies to actions and inspection items (actions, recommendations)');
  }
  return list;
}

async function current(store: TrackerStore, step: Step): Promise<TrackedItem> {
  const item = await getItem(store, closable(step.list), step.id);
  if (item.version !== step.version) {
    throw new VersionConflictError(step.version, item);
  }
  return item;
}

async function save(store: TrackerStore, step: Step, version: Version, change: ClosureChange | FactChange): Promise<TrackedItem> {
  try {
    const saved = await store.updateWithHistory(step.list, step.id, version, change.patch as never, change.update);
    return toTracked(step.list, saved);
  } catch (error) {
    if (error instanceof VersionConflictError) {
      throw new VersionConflictError(step.version, toTracked(step.list, error.current as Stored<ClosableList>));
    }
    throw error;
  }
}

const asClosable = (item: TrackedItem) => ({ ...item, list: item.list as ClosableList });

/**
 * The owner (or a secretary or lead of the item's board) proposes closure. Everything is
 * checked before the file is stored, so a refused proposal leaves no file behind.
 */
export async function proposeClosureOf(store: TrackerStore, evidence: EvidenceStore | null, request: ProposeRequest): Promise<TrackedItem> {
  const item = await current(store, request);
  const ownItem = item.owner?.id === request.actor.id;
  assertCanEdit(request.actor, item, ownItem ? null : await boardTitleOf(store, request.list, request.id));
  const upload = request.file ?? null;
  const checked = upload ? checkEvidenceFile(upload.name, upload.bytes.byteLength) : null;
  // dry run of the rules (note, link, lifecycle) before any byte is stored
  proposeClosure(asClosable(item), request.actor, { note: request.note, link: request.link, file: checked }, request.at);
  let file: StoredFileRef | null = checked;
  let version = request.version;
  if (upload && checked) {
    if (!evidence) {
      throw new InvalidValueError('evidenceFile', checked.name, 'files cannot be stored here; give a link instead');
    }
    file = await evidence.attach(request.list, request.id, checked, upload.bytes);
    // on SharePoint an attachment gives the item a new ETag: write the proposal at that version
    version = (await getItem(store, request.list, request.id)).version;
  }
  const change = proposeClosure(asClosable(item), request.actor, { note: request.note, link: request.link, file }, request.at);
  return save(store, request, version, change);
}

/** A lead or the board's secretary accepts: GREEN / closed; on an inspection item, "closed by the force". */
export async function acceptClosureOf(
  store: TrackerStore,
  request: Step & Readonly<{ note?: unknown; reference?: unknown }>
): Promise<TrackedItem> {
  const item = await current(store, request);
  await assertServes(store, request.actor, request.list, request.id, ['secretary', 'lead'], `accept the closure of ${item.label}`);
  const proposal = pendingProposal(await historyOf(store, request.list, request.id));
  const change = acceptClosure(asClosable(item), request.actor, proposal?.author ?? null, { note: request.note }, request.at);
  if (request.list !== 'recommendations') {
    return save(store, request, request.version, change);
  }
  const rec = (await store.get('recommendations', request.id)) as Stored<'recommendations'>;
  const reference = typeof request.reference === 'string' && request.reference.trim() !== '' ? request.reference.trim().slice(0, 255) : null;
  const facts = [...(rec.closureFacts ?? []), closedByForce(request.actor, request.at, reference)];
  return save(store, request, request.version, { ...change, patch: { ...change.patch, closureFacts: facts } as never });
}

/** A lead or the board's secretary returns the proposal with a reason. */
export async function returnClosureOf(store: TrackerStore, request: Step & Readonly<{ reason: unknown }>): Promise<TrackedItem> {
  const item = await current(store, request);
  await assertServes(store, request.actor, request.list, request.id, ['secretary', 'lead'], `return the closure of ${item.label}`);
  return save(store, request, request.version, returnClosure(asClosable(item), request.actor, { reason: request.reason }, request.at));
}

async function recommendation(store: TrackerStore, step: Step): Promise<{ item: TrackedItem; rec: Stored<'recommendations'> }> {
  if (step.list !== 'recommendations') {
    throw new InvalidValueError('list', step.list, 'inspectorate facts apply to inspection items (recommendations)');
  }
  const item = await current(store, step);
  return { item, rec: (await store.get('recommendations', step.id)) as Stored<'recommendations'> };
}

const factItem = (item: TrackedItem, rec: Stored<'recommendations'>) => ({ ...item, closureFacts: rec.closureFacts ?? [] });

/** The board's secretary or lead records that the inspectorate authorised closure (date, reference). */
export async function recordAuthorisationOf(
  store: TrackerStore,
  request: Step & Readonly<{ on: unknown; reference: unknown }>
): Promise<TrackedItem> {
  const { item, rec } = await recommendation(store, request);
  await assertServes(store, request.actor, request.list, request.id, ['secretary', 'lead'], `record the inspectorate’s decision on ${item.label}`);
  return save(store, request, request.version, recordAuthorisation(factItem(item, rec), request.actor, request, request.at));
}

/** The board's secretary or lead records that a later recommendation supersedes this one. */
export async function recordSupersededOf(
  store: TrackerStore,
  request: Step & Readonly<{ by: ItemId; on: unknown; reference?: unknown }>
): Promise<TrackedItem> {
  const { item, rec } = await recommendation(store, request);
  await assertServes(store, request.actor, request.list, request.id, ['secretary', 'lead'], `record that ${item.label} is superseded`);
  const later = await store.get('recommendations', request.by);
  if (!later) {
    throw new NotFoundError('recommendation', request.by);
  }
  return save(store, request, request.version, recordSuperseded(factItem(item, rec), request.actor, later, request, request.at));
}

/** What the person can do about an item's closure now: the editor shows only these. */
export type ClosureRights = Readonly<{ canPropose: boolean; canDecide: boolean; proposedBy: string | null; canRecordFacts: boolean }>;

export async function closureRightsOf(store: TrackerStore, actor: Person, list: ClosableList, id: ItemId): Promise<ClosureRights> {
  const item = await getItem(store, closable(list), id);
  const board = await boardTitleOf(store, list, id);
  const serves = actor.role !== 'member' && servesBoard(actor.serves, board);
  const proposal = item.lifecycle === 'closure-proposed' ? pendingProposal(await historyOf(store, list, id)) : null;
  const proposedBy = proposal?.author ?? null;
  return {
    canPropose: item.lifecycle === 'open' && actor.role !== 'member' && (serves || item.owner?.id === actor.id),
    canDecide: item.lifecycle === 'closure-proposed' && serves && proposedBy?.toLowerCase() !== actor.id.toLowerCase(),
    proposedBy,
    canRecordFacts: list === 'recommendations' && serves && item.lifecycle !== 'superseded',
  };
}

/**
 * "Closures to review": items with closure proposed, on the boards the person serves as
 * secretary or lead, not proposed by them. Read through the lifecycle index; the list's other
 * filters apply in memory as on every list.
 */
export async function closuresToReview(store: TrackerStore, actor: Person, asOf: IsoDate): Promise<ListedItem[]> {
  if (actor.role === 'member' || (actor.serves ?? []).length === 0) {
    return [];
  }
  const proposed = await listItems(store, { owner: null, lifecycle: 'closure-proposed', due: 'any' }, asOf);
  const out: ListedItem[] = [];
  for (const item of proposed) {
    const board = await boardTitleOf(store, item.list, item.id);
    if (!servesBoard(actor.serves, board)) {
      continue;
    }
    const proposal = pendingProposal(await historyOf(store, item.list, item.id));
    if (proposal?.author.toLowerCase() !== actor.id.toLowerCase()) {
      out.push({ ...item, board: board ?? item.board });
    }
  }
  return out;
}
