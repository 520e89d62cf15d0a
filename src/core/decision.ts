/**
 * Decisions minuted at a board meeting (DESIGN §6): a decision recorded against an item, or a
 * new action the meeting agreed. Each is an Update of kind 'decision' in the item's history —
 * who, when, the meeting's date (reportDate) and, in a Teams meeting, the meeting's id as the
 * reference — so the next pack lists it under "Decisions made". Pure: who may record on which
 * board is checked by the service; time is passed in.
 */
import type { BoardSnapshot } from './board-changes';
import { isIsoDate, type IsoDate } from './dates';
import { longDate } from './board-pack';
import { InvalidValueError } from './errors';
import type { ItemId, PersonRef, TrackedList, Update } from './model';
import type { Rag } from './rag';

/** What a decision Update's body holds (JSON). */
export type DecisionBody = Readonly<{ decision: string; meetingDate: IsoDate; meetingId: string | null; agreedAction?: true }>;

export type DecisionInput = Readonly<{ text: unknown; meetingDate: unknown; meetingId?: unknown }>;

const MAX_TEXT = 2000;
const MAX_REF = 255;

function requiredText(field: string, value: unknown, max: number): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidValueError(field, value ?? null, 'is required');
  }
  if (value.length > max) {
    throw new InvalidValueError(field, `${value.slice(0, 40)}…`, `at most ${max} characters`);
  }
  return value.trim();
}

/** The meeting's day: an ISO day (the tab turns dd/mm/yyyy into one before it sends it). */
export function checkMeetingDate(value: unknown): IsoDate {
  if (!isIsoDate(value)) {
    throw new InvalidValueError('meetingDate', value ?? null, 'must be a day, typed as dd/mm/yyyy');
  }
  return value;
}

function meetingIdOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (typeof value !== 'string' || value.length > MAX_REF) {
    throw new InvalidValueError('meetingId', value, `must be the meeting's id, at most ${MAX_REF} characters`);
  }
  return value;
}

type Target = Readonly<{ list: TrackedList; id: ItemId; rag: Rag | null }>;

function decisionUpdate(item: Target, actor: PersonRef, at: string, body: DecisionBody, text: string): Update {
  return {
    list: item.list,
    itemId: item.id,
    kind: 'decision',
    at,
    author: actor.id,
    authorName: actor.displayName,
    previousRag: item.rag,
    newRag: item.rag,
    text,
    body: JSON.stringify(body),
    reportDateText: body.meetingId,
    reportDate: body.meetingDate,
    benefitRag: null,
    sourceKey: null,
  };
}

/** A decision minuted against an item: the text is required, the meeting's day a real day. */
export function recordDecision(item: Target, actor: PersonRef, input: DecisionInput, at: string): Update {
  const decision = requiredText('decision', input.text, MAX_TEXT);
  const body: DecisionBody = { decision, meetingDate: checkMeetingDate(input.meetingDate), meetingId: meetingIdOf(input.meetingId) };
  return decisionUpdate(item, actor, at, body, `Decision at the meeting of ${longDate(body.meetingDate)}: ${decision}`);
}

/** The new action's first history line: agreed at the meeting of <date>. */
export function agreedActionUpdate(action: Target & Readonly<{ title: string }>, actor: PersonRef, input: Omit<DecisionInput, 'text'>, at: string): Update {
  const meetingDate = checkMeetingDate(input.meetingDate);
  const body: DecisionBody = { decision: `New action: ${action.title}`, meetingDate, meetingId: meetingIdOf(input.meetingId), agreedAction: true };
  return decisionUpdate(action, actor, at, body, `Agreed at the meeting of ${longDate(meetingDate)}`);
}

/** The new action's title: required, as an action's title is. */
export const agreedActionTitle = (value: unknown): string => requiredText('title', value, 255);

/** Reads a decision Update's body; null for other updates or a body this app did not write. */
export function decisionOf(update: Pick<Update, 'kind' | 'body'>): DecisionBody | null {
  if (update.kind !== 'decision' || !update.body) {
    return null;
  }
  try {
    const body = JSON.parse(update.body) as DecisionBody;
    return typeof body.decision === 'string' && isIsoDate(body.meetingDate) ? body : null;
  } catch {
    return null;
  }
}

/** A line of a pack's "Decisions made". */
export type DecisionMade = Readonly<{ list: TrackedList; id: number; item: string; decision: string; date: IsoDate; by: string }>;

/** The day the board last met, as its last frozen pack says (its meeting, else the day it was frozen). */
export const previousBoardDay = (last: Pick<BoardSnapshot, 'meeting' | 'takenAt'> | null): IsoDate | null =>
  last ? (last.meeting ?? (last.takenAt.slice(0, 10) as IsoDate)) : null;

/**
 * "Decisions made": decisions dated since the board's previous frozen pack, up to this meeting,
 * oldest first. A decision on the previous board's own day is in: it was minuted at that
 * meeting, after its pack was prepared. `items` names each of the board's items ("Action
 * OD1-01 Launch …"); other boards' decisions are left out.
 */
export function decisionsMade(
  updates: readonly Pick<Update, 'list' | 'itemId' | 'kind' | 'body' | 'author' | 'authorName' | 'at'>[],
  items: ReadonlyMap<string, string>,
  after: IsoDate | null,
  upTo: IsoDate
): DecisionMade[] {
  const out: DecisionMade[] = [];
  for (const u of updates) {
    const d = decisionOf(u);
    const item = items.get(`${u.list}:${u.itemId}`);
    if (!d || item === undefined || d.meetingDate > upTo || (after !== null && d.meetingDate < after)) {
      continue;
    }
    out.push({ list: u.list, id: u.itemId, item, decision: d.decision, date: d.meetingDate, by: u.authorName ?? u.author });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.item.localeCompare(b.item, 'en', { numeric: true }));
}
