/**
 * Inspection items close in two separate steps the force does not both control (DESIGN §1):
 * "closed by the force" (the two-key closure accepted) and "authorised for closure by the
 * inspectorate" (HMICFRS's own decision, recorded with its reference). "Superseded" names the
 * later recommendation that replaces it. Each is a dated fact with who recorded it and a
 * reference, kept on the item (ClosureFacts) and as an Update in its history.
 */
import { isIsoDate, type IsoDate } from './dates';
import { InvalidValueError, RuleViolationError } from './errors';
import type { ItemId, PersonRef, Recommendation, Update } from './model';
import type { Lifecycle, Rag } from './rag';
import { dayOf } from './closure';

export type InspectionFactKind = 'closed' | 'authorised' | 'superseded';

export type InspectionFact = Readonly<{
  fact: InspectionFactKind;
  /** the day it happened (the board's or the inspectorate's date, not when it was typed) */
  on: IsoDate;
  /** who recorded it, and when */
  by: string;
  byName: string;
  recordedAt: string;
  /** a board minute, the inspectorate's letter or report reference */
  ref: string | null;
  /** for "superseded": the later recommendation */
  supersededBy?: Readonly<{ id: ItemId; label: string }>;
}>;

export const FACT_WORDS: Readonly<Record<InspectionFactKind, string>> = {
  closed: 'Closed by the force',
  authorised: 'Authorised for closure by the inspectorate',
  superseded: 'Superseded',
};

type FactItem = Readonly<{ id: ItemId; label: string; rag: Rag | null; lifecycle: Lifecycle; closureFacts: readonly InspectionFact[] }>;

export type FactChange = Readonly<{
  patch: Readonly<{ lifecycle: Lifecycle; closureFacts: readonly InspectionFact[] }>;
  update: Update;
}>;

function day(field: string, value: unknown): IsoDate {
  if (!isIsoDate(value)) {
    throw new InvalidValueError(field, value ?? null, 'must be a date written YYYY-MM-DD');
  }
  return value;
}

function ref(value: unknown, required: boolean): string | null {
  if (typeof value === 'string' && value.trim() !== '') {
    if (value.length > 255) {
      throw new InvalidValueError('reference', `${value.slice(0, 40)}…`, 'at most 255 characters');
    }
    return value.trim();
  }
  if (required) {
    throw new InvalidValueError('reference', value ?? null, 'is required');
  }
  return null;
}

function history(item: FactItem, actor: PersonRef, at: string, fact: InspectionFact): Update {
  const tail = [fact.supersededBy ? `by ${fact.supersededBy.label}` : null, fact.ref ? `ref ${fact.ref}` : null].filter(Boolean).join(', ');
  return {
    list: 'recommendations',
    itemId: item.id,
    kind: 'closure',
    at,
    author: actor.id,
    authorName: actor.displayName,
    previousRag: item.rag,
    newRag: item.rag,
    text: `${FACT_WORDS[fact.fact]} on ${fact.on}${tail ? ` (${tail})` : ''}`,
    body: JSON.stringify({ step: 'fact', ...fact }),
    reportDateText: null,
    reportDate: null,
    benefitRag: null,
    sourceKey: null,
  };
}

/** The fact added when a recommendation's closure is accepted. */
export function closedByForce(actor: PersonRef, at: string, reference: string | null): InspectionFact {
  return { fact: 'closed', on: dayOf(at), by: actor.id, byName: actor.displayName, recordedAt: at, ref: reference };
}

/** The inspectorate authorised closure: only after the force closed it; its reference is required. */
export function recordAuthorisation(
  item: FactItem,
  actor: PersonRef,
  input: Readonly<{ on: unknown; reference: unknown }>,
  at: string
): FactChange {
  if (item.lifecycle !== 'closed') {
    throw new RuleViolationError('lifecycle', 'authorise-needs-closed', `${item.label} must be closed by the force before the inspectorate’s authorisation is recorded`);
  }
  const fact: InspectionFact = { fact: 'authorised', on: day('on', input.on), by: actor.id, byName: actor.displayName, recordedAt: at, ref: ref(input.reference, true) };
  return { patch: { lifecycle: 'authorised', closureFacts: [...item.closureFacts, fact] }, update: history(item, actor, at, fact) };
}

/**
 * A later recommendation supersedes this one: the fact and the history are written on this one
 * alone; the later one shows what it supersedes by reading them (services/closure-view.ts).
 */
export function recordSuperseded(
  item: FactItem,
  actor: PersonRef,
  later: Pick<Recommendation, 'number' | 'itemKind'> & { id: ItemId },
  input: Readonly<{ on: unknown; reference?: unknown }>,
  at: string
): FactChange {
  if (later.id === item.id) {
    throw new InvalidValueError('supersededBy', later.id, 'must be another recommendation');
  }
  if (item.lifecycle === 'superseded') {
    throw new RuleViolationError('lifecycle', 'already-superseded', `${item.label} is already superseded`);
  }
  const label = `${later.itemKind.charAt(0).toUpperCase()}${later.itemKind.slice(1)} ${later.number}`;
  const fact: InspectionFact = {
    fact: 'superseded',
    on: day('on', input.on),
    by: actor.id,
    byName: actor.displayName,
    recordedAt: at,
    ref: ref(input.reference, false),
    supersededBy: { id: later.id, label },
  };
  return { patch: { lifecycle: 'superseded', closureFacts: [...item.closureFacts, fact] }, update: history(item, actor, at, fact) };
}

/** Counts that keep the steps apart: proposed, closed by the force, authorised, superseded. */
export type LifecycleCounts = Readonly<Record<Lifecycle, number>>;

export function countLifecycles(items: ReadonlyArray<{ lifecycle: Lifecycle }>): LifecycleCounts {
  const counts: Record<Lifecycle, number> = { open: 0, 'closure-proposed': 0, closed: 0, authorised: 0, superseded: 0 };
  for (const item of items) {
    counts[item.lifecycle] += 1;
  }
  return counts;
}
