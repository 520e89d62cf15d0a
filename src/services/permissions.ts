/**
 * Who may change what (DESIGN §7): owners edit their own items; secretaries and leads edit
 * any item of the boards they serve (and only those); board members read.
 */
import { servesBoard, type BoardRole } from '../core/board-roles';
import { ForbiddenError } from '../core/errors';
import type { TrackedList, ItemId } from '../core/model';
import type { TrackedItem } from '../core/tracked-item';
import type { Person } from '../ports/directory';
import type { TrackerStore } from '../ports/tracker-store';
import { boardTitleOf } from './board-of';

/** `boardTitle` is the item's board (see board-of.ts), or null when it has none. */
export function canEdit(actor: Person, item: TrackedItem, boardTitle: string | null): boolean {
  if (actor.role === 'member') {
    return false;
  }
  return servesBoard(actor.serves, boardTitle) || item.owner?.id === actor.id;
}

export function assertCanEdit(actor: Person, item: TrackedItem, boardTitle: string | null): void {
  if (!canEdit(actor, item, boardTitle)) {
    const whose = boardTitle ? `the ${boardTitle} secretary or a lead` : 'a secretary or lead of every board';
    throw new ForbiddenError(`${actor.displayName} may not update ${item.label}: only its owner, ${whose} can`);
  }
}

/** Refuses unless the actor serves the item's board in one of `roles` (accepting closures, rounds). */
export async function assertServes(
  store: TrackerStore,
  actor: Person,
  list: TrackedList,
  id: ItemId,
  roles: readonly BoardRole[],
  doing: string
): Promise<string | null> {
  const boardTitle = await boardTitleOf(store, list, id);
  if (actor.role === 'member' || !servesBoard(actor.serves, boardTitle, roles)) {
    const who = roles.map((r) => (r === 'secretary' ? 'secretary' : 'lead')).join(' or ');
    throw new ForbiddenError(
      `${actor.displayName} may not ${doing}: only a ${who} of ${boardTitle ?? 'every board'} can`
    );
  }
  return boardTitle;
}
