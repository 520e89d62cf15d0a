import { Caption1, Spinner, Subtitle2, Text, Title2, mergeClasses } from '@fluentui/react-components';
import type { IsoDate } from '../../../core/dates';
import { daysOverdue, type TrackedItem } from '../../../core/tracked-item';
import type { ItemRoute } from '../../app/useRoute';
import { formatDue, formatOverdue } from '../../shared/format';
import { ExportButtons } from '../../shared/ExportButtons';
import { ItemFilterBar } from '../../shared/ItemFilterBar';
import { LoadError } from '../../shared/LoadStatus';
import { RagBadge } from '../../shared/RagBadge';
import { ChangeBadge } from '../../shared/ChangeBadge';
import { useMyItemsStyles } from './MyItems.styles';
import { MY_ITEMS_FILTER, type MyItemsState } from './useMyItems';

export type MyItemsProps = Readonly<{
  state: MyItemsState;
  asOf: IsoDate;
  selected: ItemRoute | null;
  onOpen: (route: ItemRoute) => void;
}>;

function ItemRow({ item, asOf, selected, onOpen }: { item: TrackedItem; asOf: IsoDate; selected: boolean; onOpen: () => void }) {
  const styles = useMyItemsStyles();
  const overdue = daysOverdue(item, asOf);
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.item, selected && styles.selected)}
        onClick={onOpen}
        aria-current={selected ? 'true' : undefined}
        data-testid={`item-${item.list}-${item.id}`}
      >
        <RagBadge rag={item.rag} kind={item.list === 'workstreams' ? 'Project RAG' : 'RAG'} /> <ChangeBadge list={item.list} id={item.id} />
        <Text weight="semibold" className={styles.title}>
          {item.title}
        </Text>
        <span className={styles.meta}>
          <Caption1>{item.label}</Caption1>
          {item.list === 'workstreams' ? null : <Caption1>{formatDue(item.due)}</Caption1>}
          {overdue > 0 ? <Caption1 className={styles.overdue}>{formatOverdue(overdue)}</Caption1> : null}
          {item.lifecycle !== 'open' ? <Caption1>{item.lifecycle.replace('-', ' ')}</Caption1> : null}
          {item.flags.length > 0 ? <Caption1>⚑ {item.flags.join(', ')}</Caption1> : null}
        </span>
      </button>
    </li>
  );
}

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
          <ul className={styles.list}>
            {group.items.map((item) => (
              <ItemRow
                key={`${item.list}-${item.id}`}
                item={item}
                asOf={asOf}
                selected={selected?.list === item.list && selected.id === item.id}
                onOpen={() => onOpen({ list: item.list, id: item.id })}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
