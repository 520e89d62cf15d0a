import type { TrackedItem } from '../../../core/tracked-item';

/** Who can update an item, in words a board member can act on (ask that person). */
export function whoCanUpdate(item: Pick<TrackedItem, 'owner' | 'ownerText'>, board: string | null): string {
  const owner = item.owner
    ? `Its owner is ${item.owner.displayName}.`
    : item.ownerText
      ? `No person is its owner yet (the source names “${item.ownerText}”); a board secretary can assign one.`
      : 'No person is its owner yet; a board secretary can assign one.';
  return `Only its owner, a board secretary or a lead can update this. ${owner}${board ? ` Its board: ${board}.` : ''}`;
}
