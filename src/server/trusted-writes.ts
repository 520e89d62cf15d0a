/**
 * What the local server decides itself rather than taking from a request body, so the audit
 * trail means something even though local mode has no sign-in:
 * - history is add-only: an Update can be added, never changed;
 * - what the server keeps itself (frozen snapshots, the reminder ledger, update rounds, the
 *   bot's conversations) is never written through the raw list endpoints at all;
 * - a tracked item (action, recommendation, workstream) is never overwritten unconditionally
 *   (`If-Match: *`): every change starts from a version;
 * - an Update's author is the person making the request, not what the body says;
 * - a person named in a record (an owner) must be in the directory, and their display name
 *   is the directory's (a free-text name would hide the item from that person's My items).
 */
import { ForbiddenError, InvalidValueError } from '../core/errors';
import type { ListKey, PersonRef, TrackedList } from '../core/model';
import type { Directory, Person } from '../ports/directory';
import { listDef } from '../schema/lookup';

const TRACKED: readonly ListKey[] = ['actions', 'recommendations', 'workstreams'];

/**
 * Lists the server writes itself, each through its own endpoint or job, with why a raw write
 * is refused. A snapshot is what the board was shown: editing it would rewrite "changed since
 * last board". The reminder ledger is what stops a reminder going twice: editing it would
 * resend or silence reminders. A round is opened only by the board's secretary (/api/rounds
 * checks which board); a bot conversation is where a person's reminders go.
 */
const SERVER_KEPT: Readonly<Partial<Record<ListKey, string>>> = {
  snapshots: 'a frozen board pack is never edited: freeze a new one from the Board pack screen',
  reminderLog: 'the reminder ledger is written only by the reminder run',
  updateRounds: 'a round is opened from the Update rounds screen by the board’s secretary',
  botConversations: 'a conversation is recorded by the bot when a person installs the app',
};

/** Refuses any raw write (add, change, delete) to a list the server keeps itself. */
export function assertRawWriteAllowed(list: ListKey): void {
  const why = SERVER_KEPT[list];
  if (why !== undefined) {
    throw new ForbiddenError(`${list} cannot be written directly: ${why}`);
  }
}

/** Refuses raw writes that would rewrite history or skip the version check. */
export function assertRawPatchAllowed(list: ListKey, ifMatch: unknown): void {
  assertRawWriteAllowed(list);
  if (list === 'updates') {
    throw new ForbiddenError('history is add-only: an update cannot be changed once recorded');
  }
  if (TRACKED.includes(list) && typeof ifMatch === 'string' && ifMatch.trim() === '*') {
    throw new InvalidValueError('If-Match', ifMatch, `must be the version the change started from: ${list} keep their history, so an unconditional overwrite is refused`);
  }
}

/** The person as the directory knows them, or an error naming the field and the id. */
export async function personFromDirectory(directory: Directory, field: string, ref: PersonRef): Promise<PersonRef> {
  const person = await directory.get(ref.id);
  if (!person) {
    throw new InvalidValueError(field, ref.id, 'is not in the directory: choose a person from the people picker');
  }
  return { id: person.id, displayName: person.displayName };
}

/** An optional person (null clears it) resolved through the directory. */
export async function ownerFromDirectory<T extends PersonRef | null | undefined>(directory: Directory, ref: T, field = 'owner'): Promise<T> {
  return (ref ? await personFromDirectory(directory, field, ref) : ref) as T;
}

/**
 * A record (or patch) for a raw list write, with every person field resolved through the
 * directory and, for history, the author set to the actor.
 */
export async function trustedRecord(list: ListKey, record: Record<string, unknown>, actor: Person, directory: Directory): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { ...record };
  for (const field of listDef(list).fields) {
    const value = out[field.key];
    if (field.type === 'User' && value !== null && value !== undefined) {
      out[field.key] = await personFromDirectory(directory, `${list}.${field.key}`, value as PersonRef);
    }
  }
  if (list === 'updates') {
    out.author = actor.id;
    out.authorName = actor.displayName;
  }
  return out;
}

/** The Update recorded with a raw edit of a tracked item: authored by the actor, whatever the body said. */
export function trustedUpdate(update: Record<string, unknown>, list: TrackedList, actor: Person): Record<string, unknown> {
  return { ...update, list, author: actor.id, authorName: actor.displayName };
}

/** An owner's edit with the new owner (if any) resolved through the directory. */
export async function trustedEdit<E extends Readonly<{ owner?: PersonRef | null }>>(directory: Directory, edit: E): Promise<E> {
  return edit.owner ? { ...edit, owner: await personFromDirectory(directory, 'owner', edit.owner) } : edit;
}
