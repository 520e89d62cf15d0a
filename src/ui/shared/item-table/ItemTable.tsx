/**
 * A list of items as people scan it at a desk: one line per item in a Fluent Table whose columns
 * sort (the list's own sort, through useTableSort) and resize (useTableColumnSizing: by dragging, or
 * by keyboard from a header's context menu), with each
 * item's long text (its parent's words, parts, notes) shown under it only when asked for. On a
 * phone the same items are cards, one under another, so nothing is pushed off the screen.
 */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  createTableColumn,
  mergeClasses,
  useTableColumnSizing_unstable,
  useTableFeatures,
  useTableSort,
  type TableColumnDefinition,
  type TableColumnSizingOptions,
} from '@fluentui/react-components';
import { Fragment, useMemo, useRef, useState, type ReactNode } from 'react';
import type { IsoDate } from '../../../core/dates';
import type { ItemSort } from '../../../core/item-filter';
import type { TrackedItem } from '../../../core/tracked-item';
import type { CellContext, ItemColumn } from './item-columns';
import { useMenus } from '../deferred-menus';
import { useItemTableStyles } from './ItemTable.styles';
import { useNarrow } from './useNarrow';

export type ItemTableProps<T extends TrackedItem> = Readonly<{
  /** names the table (and its scrolling region) for screen readers */
  label: string;
  items: readonly T[];
  columns: readonly ItemColumn<T>[];
  asOf: IsoDate;
  onOpen: (item: T) => void;
  /** the data-testid of an item's open control */
  testId: (item: T) => string;
  isSelected?: (item: T) => boolean;
  /** the list's sort: the headers show and change it; none: the headers do not sort */
  sort?: ItemSort;
  onSortChange?: (sort: ItemSort) => void;
  /** the long text under an item (its parent's words, parts, notes) */
  detail?: (item: T) => ReactNode;
  /** whether `detail` shows: off by default, so each item is one line (see DetailSwitch) */
  showDetail?: boolean;
  /** cards at any width (a meeting's side panel), not only on a phone */
  cards?: boolean;
}>;

const keyOf = (item: TrackedItem): string => `${item.list}-${item.id}`;

export function ItemTable<T extends TrackedItem>(props: ItemTableProps<T>) {
  const { label, items, columns, asOf, onOpen, testId, isSelected, detail, showDetail = false, cards = false } = props;
  const styles = useItemTableStyles();
  const narrow = useNarrow() || cards;
  const details = showDetail ? (detail ?? null) : null;
  const context = (item: T): CellContext => ({ asOf, open: () => onOpen(item), selected: isSelected?.(item) ?? false, testId: testId(item) });
  return (
    <div className={styles.root}>
      {narrow ? (
        <ul className={styles.cards} aria-label={label}>
          {items.map((item) => (
            <Card key={keyOf(item)} item={item} columns={columns} context={context(item)} detail={details ? details(item) : null} />
          ))}
        </ul>
      ) : (
        <DeskTable {...props} context={context} details={details} />
      )}
    </div>
  );
}

function Card<T extends TrackedItem>({ item, columns, context, detail }: { item: T; columns: readonly ItemColumn<T>[]; context: CellContext; detail: ReactNode }) {
  const styles = useItemTableStyles();
  const title = columns.find((c) => c.id === 'title');
  const top = columns.filter((c) => c.card === 'top');
  const meta = columns.filter((c) => c.id !== 'title' && (c.card ?? 'meta') === 'meta');
  return (
    <li className={mergeClasses(styles.card, context.selected && styles.cardSelected)}>
      <span className={styles.cardTop}>
        {top.map((c) => (
          <Fragment key={c.id}>{c.cell(item, context)}</Fragment>
        ))}
      </span>
      {title ? <span className={styles.cardTitle}>{title.cell(item, context)}</span> : null}
      <span className={styles.cardMeta}>
        {meta.map((c) => (
          <span key={c.id} className={styles.cardMetaItem}>
            {c.cell(item, context)}
          </span>
        ))}
      </span>
      {detail ? <div className={styles.detail}>{detail}</div> : null}
    </li>
  );
}

function DeskTable<T extends TrackedItem>(props: ItemTableProps<T> & { context: (item: T) => CellContext; details: ((item: T) => ReactNode) | null }) {
  const { label, items, columns, sort, onSortChange, context, details } = props;
  const styles = useItemTableStyles();
  const definitions: TableColumnDefinition<T>[] = useMemo(
    () => columns.map((c) => createTableColumn<T>({ columnId: c.id, renderHeaderCell: () => c.header, renderCell: (item) => c.cell(item, context(item)) })),
    // the definitions carry only ids and headers for Fluent's hooks; cells render below
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [columns]
  );
  const sizing: TableColumnSizingOptions = useMemo(
    () => Object.fromEntries(columns.map((c) => [c.id, { defaultWidth: c.width, idealWidth: c.width, minWidth: c.minWidth ?? 60 }])),
    [columns]
  );
  const sortColumn = sort ? columns.find((c) => c.sortKey === sort.key)?.id : undefined;
  const {
    sort: { getSortDirection, toggleColumnSort },
    columnSizing_unstable: sizingState,
    tableRef,
  } = useTableFeatures({ columns: definitions, items: items as T[] }, [
    useTableSort({
      sortState: { sortColumn, sortDirection: sort?.descending ? 'descending' : 'ascending' },
      onSortChange: (_e, next) => {
        const key = columns.find((c) => c.id === next.sortColumn)?.sortKey;
        if (key && onSortChange) {
          onSortChange({ key, descending: next.sortDirection === 'descending' });
        }
      },
    }),
    useTableColumnSizing_unstable({ columnSizingOptions: sizing }),
  ]);
  const sortable = onSortChange !== undefined;
  // the headers' menus load once the table has painted
  const region = useRef<HTMLDivElement>(null);
  const [menus, loadMenus] = useMenus(true, () => region.current?.querySelector('thead') ?? null);
  const [asked, setAsked] = useState<string | null>(null);
  return (
    <div ref={region} className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <Table ref={tableRef} size="small" sortable={sortable} aria-label={label} {...sizingState.getTableProps()} className={styles.table}>
        <TableHeader>
          <TableRow>
            {columns.map((c) => {
              const cell = (
                <TableHeaderCell
                  {...sizingState.getTableHeaderCellProps(c.id)}
                  // only a column that sorts is a button: a header holding a control (Select all) must not be
                  sortable={sortable && c.sortKey !== undefined}
                  {...(sortable && c.sortKey ? { sortDirection: getSortDirection(c.id), onClick: (e: React.MouseEvent) => toggleColumnSort(e, c.id) } : {})}
                  // before the menus' code is here, asking for the menu fetches it, and it opens when in
                  {...(menus
                    ? {}
                    : {
                        onContextMenu: (e: React.MouseEvent) => {
                          e.preventDefault();
                          setAsked(c.id);
                          loadMenus();
                        },
                      })}
                >
                  {c.header}
                </TableHeaderCell>
              );
              // Fluent's keyboard resizing: the header's context menu (Shift+F10, the Menu key or a right
              // click) offers "Resize with the keyboard"; then the arrow keys change the width (Shift for
              // finer steps) and Enter, Space or Escape ends it, focus back on the header.
              return menus ? (
                <menus.HeaderMenu key={c.id} onResize={sizingState.enableKeyboardMode(c.id)} defaultOpen={asked === c.id}>
                  {cell}
                </menus.HeaderMenu>
              ) : (
                <Fragment key={c.id}>{cell}</Fragment>
              );
            })}
          </TableRow>
        </TableHeader>
        <TableBody>
          {items.map((item) => {
            const ctx = context(item);
            const more = details ? details(item) : null;
            return (
              <Fragment key={keyOf(item)}>
                <TableRow className={ctx.selected ? styles.selected : undefined} aria-current={ctx.selected ? 'true' : undefined}>
                  {columns.map((c) => (
                    <TableCell key={c.id} {...sizingState.getTableCellProps(c.id)}>
                      {c.cell(item, ctx)}
                    </TableCell>
                  ))}
                </TableRow>
                {more ? (
                  <TableRow aria-label={`More on ${item.label}`}>
                    <TableCell colSpan={columns.length} className={styles.detail}>
                      {more}
                    </TableCell>
                  </TableRow>
                ) : null}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
