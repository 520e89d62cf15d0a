import { Spinner, Subtitle2, Text, Title2 } from '@fluentui/react-components';
import type { IsoDate } from '../../../core/dates';
import type { TrackedItem } from '../../../core/tracked-item';
import type { ItemRoute } from '../../app/useRoute';
import { ExportButtons } from '../../shared/ExportButtons';
import { ItemFilterBar } from '../../shared/ItemFilterBar';
import { LoadError } from '../../shared/LoadStatus';
import { dueColumn, ragColumn, refColumn, titleColumn, type ItemColumn } from '../../shared/item-table/item-columns';
import { ItemTable } from '../../shared/item-table/ItemTable';
import { ChangeBadge } from '../../shared/ChangeBadge';
import { useMyItemsStyles } from './MyItems.styles';
import { MY_ITEMS_FILTER, type MyItemsState } from './useMyItems';

export type MyItemsProps = Readonly<{
  state: MyItemsState;
  asOf: IsoDate;
  selected: ItemRoute | null;
  onOpen: (route: ItemRoute) => void;
}>;

/** a flag the source raised on an item ("rationale missing"), beside its due date */
const FLAGS: ItemColumn<TrackedItem> = {
  id: 'flags',
  header: 'Flags',
  cell: (item) => (item.flags.length > 0 ? <span title={item.flags.join(', ')}>⚑ {item.flags.join(', ')}</span> : null),
  width: 140,
  minWidth: 60,
};
const CHANGED: ItemColumn<TrackedItem> = {
  id: 'changed',
  header: 'Since last board',
  cell: (item) => <ChangeBadge list={item.list} id={item.id} />,
  width: 150,
  minWidth: 90,
  card: 'top',
};
/** one line per item: what it is, its reference, due, RAG; no owner column (they are all mine) */
const COLUMNS: readonly ItemColumn<TrackedItem>[] = [titleColumn(), refColumn(), dueColumn(), ragColumn(), CHANGED, FLAGS];

/** My items: what I own across workstreams, actions and recommendations, overdue first. */
export function MyItems({ state, asOf, selected, onOpen }: MyItemsProps) {
  const styles = useMyItemsStyles();
  return (
    <section className={styles.root} aria-labelledby="my-items-heading">
      <div className={styles.header}>
        <Title2 as="h1" id="my-items-heading">
          My items
        </Title2>
        <Text role="status" aria-live="polite">
          {state.status === 'ready'
            ? (state.filtered ?? `${state.items.length} item${state.items.length === 1 ? '' : 's'}, ${state.overdueCount} overdue`)
            : state.status === 'loading'
              ? 'Loading…'
              : ''}
        </Text>
        {state.status === 'ready' ? <ExportButtons title="My items" items={state.list.results} fileName={`my-items-${asOf}`} /> : null}
      </div>
      {state.items.length > 0 ? (
        <ItemFilterBar
          label="Search and filter my items"
          filter={state.list.filter}
          onFilterChange={state.list.setFilter}
          sort={state.list.sort}
          onSortChange={state.list.setSort}
          controls={['due', 'rag', 'lifecycle', 'list']}
          base={MY_ITEMS_FILTER}
        />
      ) : null}
      {state.status === 'ready' && state.items.length > 0 && state.groups.length === 0 ? <Text>None of your items match. Clear the filters to see them all.</Text> : null}
      {state.status === 'loading' && state.items.length === 0 ? <Spinner label="Loading your items" /> : null}
      {state.status === 'error' ? <LoadError what="your items" error={state.error} onRetry={state.reload} /> : null}
      {state.status === 'ready' && state.items.length === 0 ? (
        <Text>Nothing is assigned to you. Choose another person at the top to see their items.</Text>
      ) : null}
      {state.groups.map((group) => (
        <section key={group.key} className={styles.group} aria-labelledby={`group-${group.key}`}>
          <Subtitle2 as="h2" id={`group-${group.key}`}>
            {group.title} ({group.items.length})
          </Subtitle2>
          <ItemTable
            label={`${group.title}: my items`}
            items={group.items}
            columns={COLUMNS}
            asOf={asOf}
            onOpen={(item) => onOpen({ list: item.list, id: item.id })}
            testId={(item) => `item-${item.list}-${item.id}`}
            isSelected={(item) => selected?.list === item.list && selected.id === item.id}
            sort={state.list.sort}
            onSortChange={state.list.setSort}
          />
        </section>
      ))}
    </section>
  );
}
