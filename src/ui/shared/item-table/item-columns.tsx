/**
 * The columns lists of items are made of: each says what it shows in a row (on one line), how it
 * sorts (the list's own sort, so a header sorts every match, not only the rows on screen) and how
 * wide it starts. Screens pick the ones they need; a column of their own follows the same shape.
 */
import { Link, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { IsoDate } from '../../../core/dates';
import type { SortKey } from '../../../core/item-filter';
import { daysOverdue, type TrackedItem } from '../../../core/tracked-item';
import { formatDue, formatOverdue } from '../format';
import { RagBadge } from '../RagBadge';
import { useItemTableStyles } from './ItemTable.styles';

/** what a cell may need beyond its item */
export type CellContext = Readonly<{ asOf: IsoDate; open: () => void; selected: boolean; testId: string }>;

export type ItemColumn<T> = Readonly<{
  id: string;
  header: ReactNode;
  cell: (item: T, context: CellContext) => ReactNode;
  /** the list's sort this column's header applies; none: not sortable */
  sortKey?: SortKey;
  /** starting width in px (people can drag it wider or narrower) */
  width: number;
  minWidth?: number;
  /** where a phone's card shows it: beside the RAG on top, or in the line under the title @default 'meta' */
  card?: 'top' | 'meta' | 'none';
}>;

function OpenTitle({ item, context }: { item: TrackedItem; context: CellContext }) {
  const styles = useItemTableStyles();
  return (
    <Link as="button" className={styles.open} onClick={context.open} aria-current={context.selected ? 'true' : undefined} data-testid={context.testId} title={item.title}>
      {item.title}
    </Link>
  );
}

/** text kept to one line, cut short with an ellipsis, whole on hover */
export function OneLine({ text, className }: { text: string; className?: string }) {
  const styles = useItemTableStyles();
  return (
    <span className={mergeClasses(styles.oneLine, className)} title={text}>
      {text}
    </span>
  );
}

function Due({ item, asOf }: { item: TrackedItem; asOf: IsoDate }) {
  const styles = useItemTableStyles();
  if (item.list === 'workstreams') {
    return <span>—</span>;
  }
  const overdue = daysOverdue(item, asOf);
  const full = formatDue(item.due);
  return (
    <span className={styles.oneLine} title={overdue > 0 ? `${full}; ${formatOverdue(overdue)}` : full}>
      {overdue > 0 ? <span className={styles.overdue}>{formatOverdue(overdue)} · </span> : null}
      {item.due.text ?? 'No due date'}
    </span>
  );
}

function Rag({ item }: { item: TrackedItem }) {
  const styles = useItemTableStyles();
  return (
    <span className={styles.ragCell}>
      <RagBadge rag={item.rag} kind={item.list === 'workstreams' ? 'Project RAG' : 'RAG'} />
      {item.lifecycle !== 'open' ? <span className={styles.muted}>{item.lifecycle.replace('-', ' ')}</span> : null}
    </span>
  );
}

export function ownerName(item: TrackedItem): string {
  if (item.owner) {
    return item.owner.displayName;
  }
  return item.ownerText ? `No owner (written: ${item.ownerText})` : 'No owner';
}

export const titleColumn = <T extends TrackedItem>(header = 'Item'): ItemColumn<T> => ({
  id: 'title',
  header,
  cell: (item, context) => <OpenTitle item={item} context={context} />,
  sortKey: 'title',
  width: 400,
  minWidth: 160,
  card: 'none',
});

/** "Action OC1-01", "Recommendation 4": what the item is, with its reference */
export const refColumn = <T extends TrackedItem>(header = 'Ref', text: (item: T) => string = (item) => item.label): ItemColumn<T> => ({
  id: 'ref',
  header,
  cell: (item) => <OneLine text={text(item)} />,
  sortKey: 'ref',
  width: 150,
  minWidth: 70,
  card: 'top',
});

export const ownerColumn = <T extends TrackedItem>(): ItemColumn<T> => ({
  id: 'owner',
  header: 'Owner',
  cell: (item) => <OneLine text={ownerName(item)} />,
  sortKey: 'owner',
  width: 170,
  minWidth: 80,
});

/** the owner as the source wrote it (a role, initials), for lists of items with no person as owner */
export const ownerTextColumn = <T extends TrackedItem>(): ItemColumn<T> => ({
  id: 'owner-text',
  header: 'Owner as written',
  cell: (item) => <OneLine text={item.ownerText ?? '—'} />,
  width: 170,
  minWidth: 80,
});

export const dueColumn = <T extends TrackedItem>(): ItemColumn<T> => ({
  id: 'due',
  header: 'Due',
  cell: (item, { asOf }) => <Due item={item} asOf={asOf} />,
  sortKey: 'due',
  width: 240,
  minWidth: 90,
});

export const ragColumn = <T extends TrackedItem>(): ItemColumn<T> => ({
  id: 'rag',
  header: 'RAG',
  cell: (item) => <Rag item={item} />,
  sortKey: 'rag',
  // never narrower than the widest word ("Not set") with the cell's padding
  width: 110,
  minWidth: 90,
  card: 'top',
});

export const boardColumn = <T extends TrackedItem & { board: string | null }>(): ItemColumn<T> => ({
  id: 'board',
  header: 'Board',
  cell: (item) => <OneLine text={item.board ?? '—'} />,
  sortKey: 'board',
  width: 220,
  minWidth: 90,
});
