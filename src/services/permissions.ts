/**
 * Who may change what (DESIGN §7): owners edit their own items; secretaries and leads edit
 * any item of the boards they serve; board members read.
 */
import { ForbiddenError } from '../core/errors';
import type { TrackedItem } from '../core/tracked-item';
import type { Person } from '../ports/directory';

export function canEdit(actor: Person, item: TrackedItem): boolean {
  if (actor.role === 'secretary' || actor.role === 'lead') {
    return true;
  }
  if (actor.role === 'member') {
    return false;
  }
  return item.owner?.id === actor.id;
}

export function assertCanEdit(actor: Person, item: TrackedItem): void {
  if (!canEdit(actor, item)) {
    throw new ForbiddenError(
      `${actor.displayName} may not update ${item.label}: only its owner, a board secretary or a lead can`
    );
  }
}
