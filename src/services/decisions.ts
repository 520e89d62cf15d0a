/**
 * Recording what a board meeting decided, as use cases over the ports (both modes): a decision
 * against an item, or a new action agreed at the meeting. Only a secretary or lead of the item's
 * board may record either (DESIGN §7); members and owners may not, whatever the tab shows.
 */
import { agreedActionTitle, agreedActionUpdate, checkMeetingDate, recordDecision } from '../core/decision';
import { parseDue } from '../core/due-date';
import { InvalidValueError } from '../core/errors';
import type { ItemId, PersonRef, Stored, TrackedList } from '../core/model';
import { dueFields, newAction, slug } from '../core/records';
import type { TrackedItem } from '../core/tracked-item';
import type { Person } from '../ports/directory';
import type { TrackerStore } from '../ports/tracker-store';
import { boardIdOf } from './board-of';
import { getItem, toTracked } from './items';
import { assertServes } from './permissions';

type Meeting = Readonly<{ list: TrackedList; id: ItemId; actor: Person; at: string; meetingDate: unknown; meetingId?: unknown }>;

/** A decision minuted against an item: one add-only Update of kind 'decision'. */
export async function recordDecisionOn(store: TrackerStore, request: Meeting & Readonly<{ text: unknown }>): Promise<Stored<'updates'>> {
  const item = await getItem(store, request.list, request.id);
  await assertServes(store, request.actor, request.list, request.id, ['secretary', 'lead'], `record a decision on ${item.label}`);
  return store.add('updates', recordDecision(item, request.actor, request, request.at));
}

/** Where an action agreed about an item goes: beside it (an action), under it (a workstream), else under its board's first workstream. */
async function workstreamFor(store: TrackerStore, item: TrackedItem): Promise<ItemId> {
  if (item.list === 'workstreams') {
    return item.id;
  }
  if (item.list === 'actions' && item.parentId !== null) {
    return item.parentId as ItemId;
  }
  const boardId = await boardIdOf(store, item.list, item.id);
  const found = boardId === null ? null : (await store.query('workstreams', { where: [{ field: 'boardId', op: 'eq', value: boardId }, { field: 'kind', op: 'eq', value: 'workstream' }], top: 1 })).items[0];
  if (!found) {
    throw new InvalidValueError('list', item.list, `${item.label}'s board has no workstream to hold a new action: record a decision instead`);
  }
  return found.id;
}

export type AgreedActionRequest = Meeting & Readonly<{ title: unknown; owner?: PersonRef | null; dueText?: unknown }>;

/** A new action agreed at the meeting, on the same board as the item, its history saying so. */
export async function addAgreedAction(store: TrackerStore, request: AgreedActionRequest): Promise<TrackedItem> {
  const item = await getItem(store, request.list, request.id);
  await assertServes(store, request.actor, request.list, request.id, ['secretary', 'lead'], `add an action to ${item.label}'s board`);
  // everything is checked before anything is written
  const title = agreedActionTitle(request.title);
  const meetingDate = checkMeetingDate(request.meetingDate);
  if (request.dueText !== undefined && request.dueText !== null && typeof request.dueText !== 'string') {
    throw new InvalidValueError('dueText', request.dueText, 'must be text, as you would write the due date');
  }
  const due = parseDue((request.dueText as string | null | undefined) ?? null, 'dueText');
  const owner = request.owner ?? null;
  const saved = await store.add(
    'actions',
    newAction({
      kind: 'action',
      title,
      workstreamId: await workstreamFor(store, item),
      owner,
      ownerText: owner?.displayName ?? null,
      ...dueFields(due),
      sourceKey: `agreed:${meetingDate}:${request.at}:${slug(title)}`,
    })
  );
  const action = toTracked('actions', saved);
  await store.add('updates', agreedActionUpdate(action, request.actor, { meetingDate, meetingId: request.meetingId }, request.at));
  return action;
}
