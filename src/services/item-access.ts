/**
 * An item as one person sees it: with its history, its board and whether they may update it,
 * so the tab shows a form only to someone whose save can succeed (DESIGN §7).
 */
import type { ItemId, TrackedList } from '../core/model';
import type { Person } from '../ports/directory';
import type { ItemWithHistory } from '../ports/tracker-client';
import type { TrackerStore } from '../ports/tracker-store';
import { boardTitleOf } from './board-of';
import { getItem, historyOf } from './items';
import { canEdit } from './permissions';

export async function itemFor(store: TrackerStore, actor: Person | null, list: TrackedList, id: ItemId): Promise<ItemWithHistory> {
  const [item, history, board] = await Promise.all([getItem(store, list, id), historyOf(store, list, id), boardTitleOf(store, list, id)]);
  return { item, history, board, canUpdate: actor !== null && canEdit(actor, item, board) };
}
