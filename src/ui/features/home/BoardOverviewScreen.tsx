import { Button, Link, Spinner, Subtitle2, Text, Title2 } from '@fluentui/react-components';
import type { BoardOverview } from '../../../core/board-overview';
import type { IsoDate } from '../../../core/dates';
import type { ListedItem } from '../../../core/item-filter';
import type { Person } from '../../../ports/directory';
import type { ItemRoute } from '../../app/useRoute';
import { formatDay, formatDue, formatInstant } from '../../shared/format';
import { LoadError } from '../../shared/LoadStatus';
import { RagBadge } from '../../shared/RagBadge';
import { useScreenStyles } from '../../shared/screen.styles';
import { ScrollTable } from '../../shared/ScrollTable';
import type { BoardOverviewState } from './useBoardOverview';

export type BoardOverviewScreenProps = Readonly<{
  state: BoardOverviewState;
  me: Person | null;
  asOf: IsoDate;
  onOpen: (item: ItemRoute) => void;
}>;

/** A filtered All items view of one board, as a link a person can also bookmark. */
const allItems = (b: BoardOverview, params: Record<string, string>): string =>
  `#/all?${new URLSearchParams({ ...(b.boardId !== null ? { board: String(b.boardId) } : {}), ...params }).toString()}`;

function count(n: number, href: string, what: string) {
  return n === 0 ? <Text>0</Text> : <Link href={href} aria-label={`${n} ${what}`}>{n}</Link>;
}

function ItemList({ title, items, onOpen }: { title: string; items: readonly ListedItem[]; onOpen: (item: ItemRoute) => void }) {
  const styles = useScreenStyles();
  if (items.length === 0) {
    return null;
  }
  return (
    <ul className={styles.list} aria-label={title}>
      {items.map((i) => (
        <li key={`${i.list}-${i.id}`}>
          <RagBadge rag={i.rag} />{' '}
          {/* a title that wraps (on a phone) reads from the start like the text around it, not centred */}
          <Button appearance="transparent" size="small" style={{ textAlign: 'start' }} onClick={() => onOpen({ list: i.list, id: i.id })} data-testid={`overview-${i.list}-${i.id}`}>
            {i.label}: {i.title.length > 90 ? `${i.title.slice(0, 90)}…` : i.title}
          </Button>
          <Text className={styles.muted}>
            {' '}
            {i.owner?.displayName ?? i.ownerText ?? 'No owner'} · {formatDue(i.due)}
          </Text>
        </li>
      ))}
    </ul>
  );
}

/**
 * The home of a board secretary or lead: each board they serve, what is overdue, RED, AMBER and
 * unassigned, and what changed since the last board (a summary; the board pack has the rest).
 * A board member's home: the boards' RED and AMBER items.
 */
export function BoardOverviewScreen({ state, me, asOf, onOpen }: BoardOverviewScreenProps) {
  const styles = useScreenStyles();
  const member = me?.role === 'member';
  const heading = member ? 'Red and amber' : 'Board overview';
  return (
    <section className={styles.root} aria-labelledby="overview-heading" data-testid="board-overview">
      <Title2 as="h1" id="overview-heading">
        {heading}
      </Title2>
      <Text>
        {member ? 'The boards’ open RED and AMBER items' : 'Your boards'} as of {formatDay(asOf)}.
      </Text>
      {state.status === 'error' ? <LoadError what="the boards" error={state.error} /> : null}
      {state.status === 'loading' ? <Spinner label="Loading the boards" /> : null}
      {state.status === 'ready' && state.boards.length === 0 ? <Text>No board has open items.</Text> : null}
      {state.status === 'ready' && !member && state.boards.length > 0 ? (
        <ScrollTable label="Boards at a glance" columns={['Board', 'Open', 'Overdue', 'RED', 'AMBER', 'Unassigned', 'Changed since last board']}>
          {state.boards.map((b) => {
            const changed = b.board ? state.changes.get(b.board) : undefined;
            return (
              <tr key={b.board ?? ''} data-testid="overview-row">
                <th scope="row" className={styles.td}>
                  {b.board ?? 'No board'}
                </th>
                <td className={styles.td}>{count(b.open, allItems(b, {}), `open items of ${b.board ?? 'no board'}`)}</td>
                <td className={styles.td}>{count(b.overdue.length, allItems(b, { due: 'overdue' }), `overdue items of ${b.board ?? 'no board'}`)}</td>
                <td className={styles.td}>{count(b.red.length, allItems(b, { rag: 'RED' }), `RED items of ${b.board ?? 'no board'}`)}</td>
                <td className={styles.td}>{count(b.amber.length, allItems(b, { rag: 'AMBER' }), `AMBER items of ${b.board ?? 'no board'}`)}</td>
                <td className={styles.td}>{count(b.unassigned.length, '#/unassigned', `unassigned items of ${b.board ?? 'no board'}`)}</td>
                <td className={styles.td}>
                  {changed ? `${changed.count}${changed.since ? ` since ${formatInstant(changed.since)}` : ' (no board frozen yet)'}` : '—'}
                </td>
              </tr>
            );
          })}
        </ScrollTable>
      ) : null}
      {state.status === 'ready'
        ? state.boards.map((b) => {
            const shown = member ? [...b.red, ...b.amber] : b.red;
            return shown.length === 0 ? null : (
              <section key={b.board ?? ''} aria-label={`${member ? 'RED and AMBER' : 'RED'} items of ${b.board ?? 'no board'}`}>
                <Subtitle2 as="h2">
                  {b.board ?? 'No board'}: {member ? `${b.red.length} RED, ${b.amber.length} AMBER` : `${b.red.length} RED`}
                </Subtitle2>
                <ItemList title={`${member ? 'RED and AMBER' : 'RED'} items of ${b.board ?? 'no board'}`} items={shown} onOpen={onOpen} />
              </section>
            );
          })
        : null}
    </section>
  );
}
