/**
 * Two-key closure (DESIGN §1, §7): an owner proposes completion with evidence and a note; the
 * item shows "closure proposed" and keeps its RAG until a lead or the board's secretary accepts
 * it (GREEN / closed) or returns it with a reason. Nobody accepts their own proposal. Each step
 * is an Update in the item's history (kind "closure"), its details as JSON in the body.
 * Pure: who may act on which board is checked by the services; time is passed in.
 */
import { londonDateOf, type IsoDate } from './dates';
import { InvalidValueError, RuleViolationError } from './errors';
import type { ItemId, PersonRef, Update } from './model';
import type { Lifecycle, Rag } from './rag';

/** The lists whose items have a lifecycle, so can be closed. */
export type ClosableList = 'actions' | 'recommendations';
export const CLOSABLE_LISTS: readonly ClosableList[] = ['actions', 'recommendations'];

/** A file kept as evidence: beside the database locally, an item attachment on SharePoint. */
export type EvidenceFile = Readonly<{ name: string; size: number; type: string }>;
/** An evidence file as recorded in the proposal: where it can be opened, when known. */
export type StoredFileRef = EvidenceFile & Readonly<{ url?: string }>;

export type ClosureStep =
  | Readonly<{ step: 'propose'; note: string; link: string | null; file: StoredFileRef | null }>
  | Readonly<{ step: 'accept'; note: string | null }>
  | Readonly<{ step: 'return'; reason: string }>;

/** What a closure step reads of the item. */
export type ClosableItem = Readonly<{
  list: ClosableList;
  id: ItemId;
  label: string;
  rag: Rag | null;
  lifecycle: Lifecycle;
}>;

export type ClosureChange = Readonly<{ patch: Readonly<{ lifecycle: Lifecycle; rag?: Rag }>; update: Update }>;

const MAX_NOTE = 2000;
const MAX_LINK = 2000;

function text(field: string, value: unknown, required: boolean): string | null {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    if (required) {
      throw new InvalidValueError(field, value ?? null, 'is required');
    }
    return null;
  }
  if (typeof value !== 'string') {
    throw new InvalidValueError(field, value, 'must be text');
  }
  if (value.length > MAX_NOTE) {
    throw new InvalidValueError(field, `${value.slice(0, 40)}…`, `at most ${MAX_NOTE} characters`);
  }
  return value.trim();
}

/** An evidence link must be a web address people can open (https, or http on an intranet). */
export function checkEvidenceLink(value: unknown): string | null {
  const link = text('evidenceLink', value, false);
  if (link === null) {
    return null;
  }
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new InvalidValueError('evidenceLink', link, 'must be a web address (https://…)');
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || link.length > MAX_LINK) {
    throw new InvalidValueError('evidenceLink', link, 'must be a web address (https://…)');
  }
  return url.toString();
}

function record(item: ClosableItem, actor: PersonRef, at: string, step: ClosureStep, newRag: Rag | null, summary: string): Update {
  return {
    list: item.list,
    itemId: item.id,
    kind: 'closure',
    at,
    author: actor.id,
    authorName: actor.displayName,
    previousRag: item.rag,
    newRag,
    text: summary,
    body: JSON.stringify(step),
    reportDateText: null,
    reportDate: null,
    benefitRag: null,
    sourceKey: null,
  };
}

export type ProposalInput = Readonly<{ note: unknown; link?: unknown; file?: StoredFileRef | null }>;

/** An owner proposes completion: evidence (a link or a file) and a note; the RAG stays as it was. */
export function proposeClosure(item: ClosableItem, actor: PersonRef, input: ProposalInput, at: string): ClosureChange {
  if (item.lifecycle !== 'open') {
    throw new RuleViolationError('lifecycle', 'closure-needs-open', `${item.label} is ${lifecycleWords(item.lifecycle)}, so closure cannot be proposed`);
  }
  const note = text('note', input.note, true) as string;
  const link = checkEvidenceLink(input.link);
  const file = input.file ?? null;
  if (link === null && file === null) {
    throw new RuleViolationError('evidence', 'closure-needs-evidence', 'a closure proposal needs evidence: a link or a file');
  }
  const step: ClosureStep = { step: 'propose', note, link, file };
  const evidence = [link, file?.name].filter(Boolean).join('; ');
  return {
    patch: { lifecycle: 'closure-proposed' },
    update: record(item, actor, at, step, item.rag, `Closure proposed: ${note}\nEvidence: ${evidence}`),
  };
}

/** A lead or the board's secretary accepts: GREEN and closed. Never the person who proposed it. */
export function acceptClosure(
  item: ClosableItem,
  actor: PersonRef,
  proposer: string | null,
  input: Readonly<{ note?: unknown }>,
  at: string
): ClosureChange {
  if (item.lifecycle !== 'closure-proposed') {
    throw new RuleViolationError('lifecycle', 'closure-not-proposed', `${item.label} has no closure proposed to accept`);
  }
  if (proposer !== null && proposer.toLowerCase() === actor.id.toLowerCase()) {
    throw new RuleViolationError('closure', 'closure-own-proposal', 'you proposed this closure, so someone else (a lead or the board’s secretary) must accept it');
  }
  const note = text('note', input.note, false);
  return {
    patch: { lifecycle: 'closed', rag: 'GREEN' },
    update: record(item, actor, at, { step: 'accept', note }, 'GREEN', `Closure accepted${note ? `: ${note}` : ''}`),
  };
}

/** A lead or the board's secretary returns the proposal with a reason; the item is open again. */
export function returnClosure(item: ClosableItem, actor: PersonRef, input: Readonly<{ reason: unknown }>, at: string): ClosureChange {
  if (item.lifecycle !== 'closure-proposed') {
    throw new RuleViolationError('lifecycle', 'closure-not-proposed', `${item.label} has no closure proposed to return`);
  }
  const reason = text('reason', input.reason, true) as string;
  return {
    patch: { lifecycle: 'open' },
    update: record(item, actor, at, { step: 'return', reason }, item.rag, `Closure returned: ${reason}`),
  };
}

/** Reads a closure Update's body; null for other updates or a body this app did not write. */
export function closureStepOf(update: Pick<Update, 'kind' | 'body'>): ClosureStep | null {
  if (update.kind !== 'closure' || !update.body) {
    return null;
  }
  try {
    const step = JSON.parse(update.body) as ClosureStep;
    return step.step === 'propose' || step.step === 'accept' || step.step === 'return' ? step : null;
  } catch {
    return null;
  }
}

/** The pending proposal in a history (newest first): the latest closure step, if it is a proposal. */
export function pendingProposal<U extends Pick<Update, 'kind' | 'body' | 'author' | 'at'>>(
  historyNewestFirst: readonly U[]
): (U & { step: Extract<ClosureStep, { step: 'propose' }> }) | null {
  for (const update of historyNewestFirst) {
    const step = closureStepOf(update);
    if (step) {
      return step.step === 'propose' ? { ...update, step } : null;
    }
  }
  return null;
}

export function lifecycleWords(lifecycle: Lifecycle): string {
  switch (lifecycle) {
    case 'closure-proposed':
      return 'closure proposed';
    case 'closed':
      return 'closed';
    case 'authorised':
      return 'authorised for closure by the inspectorate';
    case 'superseded':
      return 'superseded';
    default:
      return 'open';
  }
}

/** The day a step happened, in the force's own time zone. */
export const dayOf = (at: string): IsoDate => londonDateOf(new Date(at));
