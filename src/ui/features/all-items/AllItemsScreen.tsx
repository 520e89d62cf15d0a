import { Button, Caption1, Link, Spinner, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { IsoDate } from '../../../core/dates';
import { describeFilter, type ListedItem } from '../../../core/item-filter';
import { daysOverdue } from '../../../core/tracked-item';
import { PROTECTED_CHARACTERISTICS } from '../../../schema/lists';
import type { ItemRoute } from '../../app/useRoute';
import { ExportButtons } from '../../shared/ExportButtons';
import { formatDue, formatOverdue } from '../../shared/format';
import { ItemFilterBar } from '../../shared/ItemFilterBar';
import { LoadError } from '../../shared/LoadStatus';
import { RagBadge } from '../../shared/RagBadge';
import { ChangeBadge } from '../../shared/ChangeBadge';
import { useScreenStyles } from '../../shared/screen.styles';
import { ScrollTable } from '../../shared/ScrollTable';
import { PAGE_SIZE } from '../../shared/useFilteredItems';
import type { AllItemsState } from './useAllItems';

export type AllItemsScreenProps = Readonly<{ state: AllItemsState; asOf: IsoDate; selected: ItemRoute | null; onOpen: (route: ItemRoute) => void }>;

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  overdue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  open: { textAlign: 'start' },
  rag: { whiteSpace: 'nowrap' },
  /** the item's title is what a person reads first: it keeps a readable width on a phone */
  item: { minWidth: '14rem', overflowWrap: 'break-word' },
  /** an objective's whole text would crowd the row: two lines, the rest on hover and to screen readers */
  context: { display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' },
});

function ownerOf(item: ListedItem): string {
  if (item.owner) {
    return item.owner.displayName;
  }
  return item.ownerText ? `No owner (written: ${item.ownerText})` : 'No owner';
}

function Row({ item, asOf, selected, onOpen }: { item: ListedItem; asOf: IsoDate; selected: boolean; onOpen: () => void }) {
  const styles = useScreenStyles();
  const own = useStyles();
  const overdue = daysOverdue(item, asOf);
  return (
    <tr>
      <td className={`${styles.td} ${own.item}`}>
        <Caption1 block className={styles.muted}>
          {item.label}
        </Caption1>
        <Link as="button" className={own.open} onClick={onOpen} aria-current={selected ? 'true' : undefined} data-testid={`row-${item.list}-${item.id}`}>
          {item.title}
        </Link>
      </td>
      <td className={styles.td}>
        <Text block>{item.board ?? '—'}</Text>
        {item.context ? (
          <Caption1 className={`${styles.muted} ${own.context}`} title={item.context}>
            {item.context}
          </Caption1>
        ) : null}
      </td>
      <td className={styles.td}>{ownerOf(item)}</td>
      <td className={`${styles.td} ${styles.due}`}>
        <Text block>{item.list === 'workstreams' ? '—' : formatDue(item.due)}</Text>
        {overdue > 0 ? <Caption1 className={own.overdue}>{formatOverdue(overdue)}</Caption1> : null}
      </td>
      <td className={`${styles.td} ${own.rag}`}>
        <RagBadge rag={item.rag} kind={item.list === 'workstreams' ? 'Project RAG' : 'RAG'} /> <ChangeBadge list={item.list} id={item.id} />
        {item.lifecycle !== 'open' ? <Caption1 block>{item.lifecycle.replace('-', ' ')}</Caption1> : null}
      </td>
    </tr>
  );
}

/**
 * All items: every action, deliverable, inspection item and workstream a person may report
 * on, searched, filtered and sorted, a page of rows at a time, exportable as filtered.
 */
export function AllItemsScreen({ state, asOf, selected, onOpen }: AllItemsScreenProps) {
  const styles = useScreenStyles();
  const own = useStyles();
  const total = state.results.length;
  const described = describeFilter(state.filter, {
    owner: state.owners.find((o) => o.id === state.filter.owner)?.name,
    board: state.boards.find((b) => b.id === state.filter.boardId)?.title,
  });
  const tableRef = useRef<HTMLDivElement>(null);
  const focusRow = useRef<number | null>(null);

  // After "Show more", focus moves to the first of the new rows, not back to the top.
  useEffect(() => {
    if (focusRow.current !== null) {
      tableRef.current?.querySelectorAll<HTMLButtonElement>('tbody tr button')[focusRow.current]?.focus();
      focusRow.current = null;
    }
  }, [state.shown.length]);

  const count =
    state.status === 'error' && state.loaded === 0
      ? ''
      : state.status === 'loading' && state.loaded === 0
        ? 'Loading…'
        : `${total.toLocaleString('en-GB')} item${total === 1 ? '' : 's'}${described ? ` — ${described}` : ''}${total > state.shown.length ? `; showing the first ${state.shown.length.toLocaleString('en-GB')}` : ''}`;

  return (
    <section className={styles.root} aria-labelledby="all-items-heading">
      <div className={own.header}>
        <Title2 as="h1" id="all-items-heading">
          All items
        </Title2>
        {state.loaded > 0 || state.status === 'ready' ? (
          <ExportButtons title={described ? `All items — ${described}` : 'All items'} items={state.results} fileName={`items-${asOf}`} waiting={state.status !== 'ready'} />
        ) : null}
      </div>
      <ItemFilterBar
        label="Search and filter all items"
        filter={state.filter}
        onFilterChange={state.setFilter}
        sort={state.sort}
        onSortChange={state.setSort}
        controls={['owner', 'due', 'rag', 'lifecycle', 'list', 'board', 'characteristic']}
        owners={state.owners}
        boards={state.boards}
        characteristics={PROTECTED_CHARACTERISTICS}
      />
      <div className={own.header}>
        <Text role="status" aria-live="polite" aria-atomic="true" data-testid="result-count">
          {count}
        </Text>
        {state.status === 'loading' && state.loaded > 0 ? <Spinner size="tiny" aria-label="Updating" /> : null}
      </div>
      {state.status === 'error' ? <LoadError what="the items" error={state.error} onRetry={state.reload} /> : null}
      {state.status === 'loading' && state.loaded === 0 ? <Spinner label="Loading items" /> : null}
      {state.shown.length > 0 ? (
        <div ref={tableRef}>
          <ScrollTable label="Items" columns={['Item', 'Board and where', 'Owner', 'Due', 'RAG']}>
            {state.shown.map((i) => (
              <Row key={`${i.list}-${i.id}`} item={i} asOf={asOf} selected={selected?.list === i.list && selected.id === i.id} onOpen={() => onOpen({ list: i.list, id: i.id })} />
            ))}
          </ScrollTable>
        </div>
      ) : state.status === 'ready' ? (
        <Text>No items match. Try fewer words or clear the filters.</Text>
      ) : null}
      {total > state.shown.length ? (
        <Button
          onClick={() => {
            focusRow.current = state.shown.length;
            state.showMore();
          }}
        >
          Show {Math.min(PAGE_SIZE, total - state.shown.length)} more of {(total - state.shown.length).toLocaleString('en-GB')}
        </Button>
      ) : null}
    </section>
  );
}
