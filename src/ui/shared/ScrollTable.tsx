import type { ReactNode } from 'react';
import { useScreenStyles } from './screen.styles';

export type ScrollTableProps = Readonly<{
  /** names the region for screen readers; the region scrolls sideways on a phone */
  label: string;
  columns: readonly ReactNode[];
  caption?: ReactNode;
  children: ReactNode;
}>;

/**
 * A table in a focusable, labelled region that scrolls on its own when the screen is narrow
 * (WCAG: a scrollable region must be reachable by keyboard), with a header row of columns.
 */
export function ScrollTable({ label, columns, caption, children }: ScrollTableProps) {
  const styles = useScreenStyles();
  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <table className={styles.table}>
        {caption ? <caption className={styles.caption}>{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column, i) => (
              <th key={i} className={styles.th} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
