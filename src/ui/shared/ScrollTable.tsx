import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { useItemTableStyles } from './item-table/ItemTable.styles';
import { useNarrow } from './item-table/useNarrow';
import { useScreenStyles } from './screen.styles';

export type ScrollTableProps = Readonly<{
  /** names the region for screen readers; on a desk the region scrolls sideways if the columns need it */
  label: string;
  columns: readonly ReactNode[];
  caption?: ReactNode;
  children: ReactNode;
}>;

/**
 * On a phone the same table is laid out as cards (the item table's card style): each row a card,
 * its first cell the card's title, every other cell a "column: value" pair that wraps, so nothing
 * (a RAG badge in the 4th column) is pushed off the screen. The markup stays a table, so a screen
 * reader still hears each cell with its column header; the header row is hidden only from sight.
 */
const useCardStyles = makeStyles({
  table: { display: 'block', minWidth: 0, width: '100%' },
  caption: { display: 'block' },
  /** out of sight, not out of the accessibility tree: the cells keep their headers */
  head: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, alignItems: 'baseline' },
  cell: { display: 'block', padding: 0, borderBottom: 'none', minWidth: 0, maxWidth: '100%' },
  title: { flexBasis: '100%', fontWeight: tokens.fontWeightSemibold },
  /** the column's name before its value; hidden from screen readers, which hear the header itself */
  label: { color: tokens.colorNeutralForeground2, marginInlineEnd: tokens.spacingHorizontalXS },
});

type CellProps = { className?: string; children?: ReactNode };

/** a row as a card: the item table's card, its cells labelled by their columns */
function cardRow(row: ReactNode, columns: readonly ReactNode[], card: string, styles: ReturnType<typeof useCardStyles>): ReactNode {
  if (!isValidElement<CellProps>(row)) {
    return row;
  }
  const cells = Children.toArray(row.props.children).map((cell, i) => {
    if (!isValidElement<CellProps>(cell)) {
      return cell;
    }
    const column = columns[i];
    return cloneElement(
      cell as ReactElement<CellProps>,
      { className: mergeClasses(cell.props.className, styles.cell, i === 0 && styles.title) },
      i > 0 && column !== undefined && column !== '' ? (
        <span className={styles.label} aria-hidden>
          {column}:
        </span>
      ) : null,
      cell.props.children
    );
  });
  return cloneElement(row, { className: mergeClasses(row.props.className, card, styles.row), 'data-card': '' } as CellProps, ...cells);
}

/**
 * A table in a labelled region, with a header row of columns. At a desk the region scrolls on its
 * own when the columns are wider than the screen (WCAG: a scrollable region must be reachable by
 * keyboard, hence its tab stop); on a phone (the item table's breakpoint) its rows are cards.
 */
export function ScrollTable({ label, columns, caption, children }: ScrollTableProps) {
  const styles = useScreenStyles();
  const cards = useCardStyles();
  const card = useItemTableStyles().card;
  const narrow = useNarrow();
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={narrow ? undefined : 0}>
      <table className={mergeClasses(styles.table, narrow && cards.table)}>
        {caption ? <caption className={mergeClasses(styles.caption, narrow && cards.caption)}>{caption}</caption> : null}
        <thead className={narrow ? cards.head : undefined}>
          <tr>
            {columns.map((column, i) => (
              <th key={i} className={styles.th} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={narrow ? cards.body : undefined}>{narrow ? Children.map(children, (row) => cardRow(row, columns, card, cards)) : children}</tbody>
      </table>
    </div>
  );
}
