import { Button, Spinner, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { MoreItems } from './MoreItems';
import type { IsoDate } from '../../../core/dates';
import { describeFilter, type ListedItem } from '../../../core/item-filter';
import { PROTECTED_CHARACTERISTICS } from '../../../schema/lists';
import type { ItemRoute } from '../../app/useRoute';
import { ExportButtons } from '../../shared/ExportButtons';
import { ItemFilterBar } from '../../shared/ItemFilterBar';
import { LoadError } from '../../shared/LoadStatus';
import { ChangeBadge } from '../../shared/ChangeBadge';
import { boardColumn, dueColumn, ownerColumn, ragColumn, refColumn, titleColumn, type ItemColumn } from '../../shared/item-table/item-columns';
import { DetailSwitch } from '../../shared/item-table/DetailSwitch';
import { ItemTable } from '../../shared/item-table/ItemTable';
import { useScreenStyles } from '../../shared/screen.styles';
import { PAGE_SIZE } from '../../shared/useFilteredItems';
import type { AllItemsState } from './useAllItems';

export type AllItemsScreenProps = Readonly<{ state: AllItemsState; asOf: IsoDate; selected: ItemRoute | null; onOpen: (route: ItemRoute) => void }>;

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** One line per item: what it is, its reference, owner, due, RAG and board; where it sits on demand. */
const CHANGED: ItemColumn<ListedItem> = {
  id: 'changed',
  header: 'Since last board',
  cell: (item) => <ChangeBadge list={item.list} id={item.id} />,
  width: 170,
  minWidth: 90,
  card: 'top',
};
const COLUMNS: readonly ItemColumn<ListedItem>[] = [titleColumn(), refColumn(), ownerColumn(), dueColumn(), ragColumn(), CHANGED, boardColumn()];

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
  const [where, setWhere] = useState(false);
  const focusRow = useRef<number | null>(null);

  // After "Show more", focus moves to the first of the new rows, not back to the top.
  useEffect(() => {
    if (focusRow.current !== null) {
      tableRef.current?.querySelectorAll<HTMLButtonElement>('[data-testid^="row-"]')[focusRow.current]?.focus();
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
        <Text role="status" aria-live="polite" aria-atomic="true" data-testid="result-count">
          {count}
        </Text>
        {state.status === 'loading' && state.loaded > 0 ? <Spinner size="tiny" aria-label="Updating" /> : null}
        {state.shown.length > 0 ? <DetailSwitch label="Show where each item sits" checked={where} onChange={setWhere} /> : null}
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
      <MoreItems more={state.more} loaded={state.loaded} />
      {state.status === 'error' ? <LoadError what="the items" error={state.error} onRetry={state.reload} /> : null}
      {state.status === 'loading' && state.loaded === 0 ? <Spinner label="Loading items" /> : null}
      {state.shown.length > 0 ? (
        <div ref={tableRef}>
          <ItemTable
            label="Items"
            items={state.shown}
            columns={COLUMNS}
            asOf={asOf}
            onOpen={(i) => onOpen({ list: i.list, id: i.id })}
            testId={(i) => `row-${i.list}-${i.id}`}
            isSelected={(i) => selected?.list === i.list && selected.id === i.id}
            sort={state.sort}
            onSortChange={state.setSort}
            detail={(i) => (i.context ? `Where: ${i.context}` : null)}
            showDetail={where}
          />
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
