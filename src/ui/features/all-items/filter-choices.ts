/**
 * The choices All items' Owner and Board filters offer: the people and boards seen in any load,
 * so choosing one never empties the choices. A board is offered by its board record's title
 * (the item's `board`), never by the plan, workstream or report it sits under (its `context`).
 */
import type { ListedItem } from '../../../core/item-filter';
import type { ItemId } from '../../../core/model';

export type Known = Readonly<{ owners: ReadonlyMap<string, string>; boards: ReadonlyMap<ItemId, string> }>;

export const NOTHING_KNOWN: Known = { owners: new Map(), boards: new Map() };

/** Adds the owners and boards of a load to those already seen. */
export function remember(known: Known, loaded: readonly ListedItem[]): Known {
  const owners = new Map(known.owners);
  const boards = new Map(known.boards);
  for (const i of loaded) {
    if (i.owner) {
      owners.set(i.owner.id, i.owner.displayName);
    }
    if (i.boardId !== null && i.board) {
      boards.set(i.boardId, i.board);
    }
  }
  return { owners, boards };
}

/** everyone seen but the person looking (who has "Mine"), by name */
export function ownerChoices(known: Known, user: string): ReadonlyArray<Readonly<{ id: string; name: string }>> {
  return [...known.owners].filter(([id]) => id !== user).map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}

export function boardChoices(known: Known): ReadonlyArray<Readonly<{ id: ItemId; title: string }>> {
  return [...known.boards].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title));
}
