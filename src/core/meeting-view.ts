/**
 * The meeting view (DESIGN §6): one board's items as a saved view shows them in a channel or
 * meeting tab — red and amber, due in 30 days, overdue, changed since the last board, open
 * recommendations, or all. Pure: the day is passed in, and so is which items changed since the
 * board's last frozen pack (board-changes.ts), so the view is exactly what it says.
 */
import { itemKey, type ChangeIndex } from './board-changes';
import type { IsoDate } from './dates';
import { matchesFilter, NO_FILTER, sortItems, type ItemFilter, type ItemSort, type ListedItem } from './item-filter';
import type { ItemId } from './model';
import type { Rag } from './rag';

export const MEETING_VIEW_IDS = ['redAmber', 'due30', 'overdue', 'changed', 'openRecs', 'all'] as const;
export type MeetingViewId = (typeof MEETING_VIEW_IDS)[number];

type ViewRule = Readonly<{
  name: string;
  /** the part an All items filter can say */
  filter: Partial<ItemFilter>;
  sort: ItemSort;
  /** RAGs the view keeps; none: any */
  rags?: readonly Rag[];
  /** only items changed since the last board */
  changedOnly?: boolean;
}>;

const WORST_FIRST: ItemSort = { key: 'rag', descending: false };
const BY_DUE: ItemSort = { key: 'due', descending: false };

export const MEETING_VIEWS: Readonly<Record<MeetingViewId, ViewRule>> = {
  redAmber: { name: 'Red and amber', filter: {}, sort: WORST_FIRST, rags: ['RED', 'AMBER'] },
  due30: { name: 'Due in 30 days', filter: { due: 'next-30' }, sort: BY_DUE },
  overdue: { name: 'Overdue', filter: { due: 'overdue' }, sort: BY_DUE },
  changed: { name: 'Changed since last board', filter: {}, sort: WORST_FIRST, changedOnly: true },
  openRecs: { name: 'Open recommendations', filter: { list: 'recommendations' }, sort: BY_DUE },
  all: { name: 'All open items', filter: {}, sort: WORST_FIRST },
};

export function isMeetingView(value: string | null | undefined): value is MeetingViewId {
  return (MEETING_VIEW_IDS as readonly string[]).includes(value ?? '');
}

export type MeetingViewContext = Readonly<{ asOf: IsoDate; boardId: ItemId; changes: ChangeIndex }>;

/** The board's open items the view shows, in the view's order. */
export function meetingViewItems<T extends ListedItem>(items: readonly T[], view: MeetingViewId, { asOf, boardId, changes }: MeetingViewContext): T[] {
  const rule = MEETING_VIEWS[view];
  const filter: ItemFilter = { ...NO_FILTER, ...rule.filter, boardId };
  const kept = items.filter(
    (i) =>
      matchesFilter(i, filter, { asOf, me: '' }) &&
      (rule.rags === undefined || (i.rag !== null && rule.rags.includes(i.rag))) &&
      (!rule.changedOnly || (changes.get(itemKey(i))?.length ?? 0) > 0)
  );
  return sortItems(kept, rule.sort, asOf);
}

const COUNT_ORDER: readonly Rag[] = ['RED', 'AMBER', 'GREEN', 'WHITE'];

/** "7 items: 3 RED, 4 AMBER" — RAG in words, worst first, only the RAGs present. */
export function describeMeetingCounts(items: readonly Pick<ListedItem, 'rag'>[]): string {
  const total = `${items.length} item${items.length === 1 ? '' : 's'}`;
  const parts = [...COUNT_ORDER, null]
    .map((rag) => [rag, items.filter((i) => i.rag === rag).length] as const)
    .filter(([, n]) => n > 0)
    .map(([rag, n]) => `${n} ${rag ?? 'NOT SET'}`);
  return parts.length === 0 ? total : `${total}: ${parts.join(', ')}`;
}

/**
 * Whether a new action agreed about `item` has somewhere to go (the service's rule): an action
 * goes beside it, a workstream item under it, and anything else under a workstream of its board;
 * a board of recommendations only (the HMICFRS tracker) has none, so a decision is what is offered.
 */
export function canHoldAgreedAction(item: Pick<ListedItem, 'list'>, boardItems: readonly Pick<ListedItem, 'list'>[]): boolean {
  return item.list !== 'recommendations' || boardItems.some((i) => i.list === 'workstreams');
}
