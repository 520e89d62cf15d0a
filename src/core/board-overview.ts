/**
 * A board at a glance, for the people who run it: per board, what is open, overdue, RED, AMBER
 * and unassigned, as of a day. The summary the home of a secretary or lead shows; the full
 * dashboard is the board pack's. Pure: items and the day are passed in.
 */
import type { IsoDate } from './dates';
import type { ListedItem } from './item-filter';
import type { ItemId } from './model';
import { isOpen } from './rag';
import { daysOverdue } from './tracked-item';

export type BoardOverview = Readonly<{
  boardId: ItemId | null;
  /** the board's title, or null for items that belong to none */
  board: string | null;
  open: number;
  overdue: readonly ListedItem[];
  red: readonly ListedItem[];
  amber: readonly ListedItem[];
  unassigned: readonly ListedItem[];
}>;

const byDue = (a: ListedItem, b: ListedItem): number => (a.due.date ?? '9999-12-31').localeCompare(b.due.date ?? '9999-12-31') || a.title.localeCompare(b.title);

/**
 * One entry per board that has open items (only the boards `only` accepts, when given), boards
 * in title order and items without a board last; each list by due date.
 */
export function boardOverviews(items: readonly ListedItem[], asOf: IsoDate, only: ((board: string | null) => boolean) | null = null): BoardOverview[] {
  const groups = new Map<string, ListedItem[]>();
  for (const item of items) {
    if (!isOpen(item.lifecycle) || (only && !only(item.board))) {
      continue;
    }
    const key = item.board ?? '';
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
    .map(([board, open]) => ({
      boardId: open[0]?.boardId ?? null,
      board: board === '' ? null : board,
      open: open.length,
      overdue: open.filter((i) => daysOverdue(i, asOf) > 0).sort(byDue),
      red: open.filter((i) => i.rag === 'RED').sort(byDue),
      amber: open.filter((i) => i.rag === 'AMBER').sort(byDue),
      unassigned: open.filter((i) => i.owner === null).sort(byDue),
    }));
}
