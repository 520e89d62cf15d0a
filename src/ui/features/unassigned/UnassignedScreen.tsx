import { useEffect, useRef } from 'react';
import { Button, Checkbox, Field, MessageBar, MessageBarBody, Spinner, Text, Title2 } from '@fluentui/react-components';
import type { IsoDate } from '../../../core/dates';
import type { Person } from '../../../ports/directory';
import { PersonPicker } from '../../shared/PersonPicker';
import { ExportButtons } from '../../shared/ExportButtons';
import { ItemFilterBar } from '../../shared/ItemFilterBar';
import { describeFilter } from '../../../core/item-filter';
import { PAGE_SIZE } from '../../shared/useFilteredItems';
import { dueColumn, ownerTextColumn, ragColumn, refColumn, type ItemColumn } from '../../shared/item-table/item-columns';
import { ItemTable } from '../../shared/item-table/ItemTable';
import { useScreenStyles } from '../../shared/screen.styles';
import type { TrackedItem } from '../../../core/tracked-item';
import { keyOf, type UnassignedState } from './useUnassigned';

export type UnassignedScreenProps = Readonly<{
  state: UnassignedState;
  asOf: IsoDate;
  searchPeople: (text: string) => Promise<readonly Person[]>;
  /** false: the list only, without selection or Assign (only a board secretary or lead can assign) */
  canAssign: boolean;
}>;

/** Here items are chosen, not opened: the title is words, the checkbox the control. */
const TITLE: ItemColumn<TrackedItem> = {
  id: 'title',
  header: 'Title',
  cell: (i) => (
    <span title={i.title} style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
      {i.title}
    </span>
  ),
  sortKey: 'title',
  width: 420,
  minWidth: 120,
  card: 'none',
};

/** Open items with no person as owner: select some, choose a person, assign. */
export function UnassignedScreen({ state, asOf, searchPeople, canAssign }: UnassignedScreenProps) {
  const styles = useScreenStyles();
  const resultRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  // After Assign the assigned rows leave the list: focus goes to the outcome, which says what happened.
  useEffect(() => {
    if (state.results) {
      resultRef.current?.focus();
    }
  }, [state.results]);
  useEffect(() => {
    if (state.error) {
      errorRef.current?.focus();
    }
  }, [state.error]);
  const all = state.items.data ?? [];
  const items = state.list.shown;
  const matching = state.list.results;
  const described = describeFilter(state.list.filter);
  const summary = state.results
    ? (['assigned', 'changed', 'forbidden', 'failed'] as const)
        .map((o) => [o, state.results?.filter((r) => r.outcome === o).length ?? 0] as const)
        .filter(([, n]) => n > 0)
        .map(([o, n]) => `${n} ${o === 'assigned' ? 'assigned' : o === 'changed' ? 'changed by someone else meanwhile (reload and try again)' : o === 'forbidden' ? 'not yours to assign' : 'failed'}`)
        .join('; ')
    : null;
  const selectAll = (
    <Checkbox
      aria-label={`Select all ${matching.length} matching items`}
      checked={state.selected.size === 0 ? false : matching.every((i) => state.selected.has(keyOf(i))) ? true : 'mixed'}
      onChange={state.toggleAll}
    />
  );
  return (
    <section className={styles.root} aria-labelledby="unassigned-heading">
      <Title2 as="h1" id="unassigned-heading">
        Unassigned
      </Title2>
      <Text role="status" aria-live="polite">
        {state.items.status === 'ready'
          ? `${described ? `${matching.length} of ${all.length}` : all.length} open item${all.length === 1 ? '' : 's'} with no person as owner${described ? ` — ${described}` : ''}${canAssign ? `; ${state.selected.size} selected` : ''}`
          : ''}
      </Text>
      {state.items.status === 'loading' ? <Spinner label="Loading unassigned items" /> : null}
      {state.items.status === 'ready' ? <ExportButtons title={described ? `Unassigned — ${described}` : 'Unassigned'} items={matching} fileName={`unassigned-${asOf}`} /> : null}
      {all.length > 0 ? (
        <ItemFilterBar
          label="Search and filter unassigned items"
          filter={state.list.filter}
          onFilterChange={state.list.setFilter}
          sort={state.list.sort}
          onSortChange={state.list.setSort}
          controls={['due', 'rag', 'list']}
        />
      ) : null}
      {canAssign ? (
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'end' }}>
          <Field label="Assign to" style={{ minWidth: '16rem' }}>
            <PersonPicker value={state.owner} onChange={state.setOwner} search={searchPeople} />
          </Field>
          <Button appearance="primary" disabledFocusable={state.busy} onClick={() => void state.assign()}>
            {state.busy ? 'Assigning…' : `Assign ${state.selected.size} item${state.selected.size === 1 ? '' : 's'}`}
          </Button>
        </div>
      ) : (
        <Text block role="note" data-testid="cannot-assign">
          Only a board secretary or lead can give these items an owner.
        </Text>
      )}
      {state.error ? (
        <MessageBar intent="error" role="alert" ref={errorRef} tabIndex={-1}>
          <MessageBarBody>{state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {summary ? (
        <MessageBar intent={state.results?.every((r) => r.outcome === 'assigned') ? 'success' : 'warning'} ref={resultRef} tabIndex={-1} data-testid="assign-result">
          <MessageBarBody>{summary}.</MessageBarBody>
        </MessageBar>
      ) : null}
      {items.length > 0 ? (
        <ItemTable
          label="Unassigned items"
          items={items}
          columns={[
            ...(canAssign ? [{
              id: 'select',
              header: selectAll,
              cell: (i) => <Checkbox aria-label={`Select ${i.label}`} checked={state.selected.has(keyOf(i))} onChange={() => state.toggle(keyOf(i))} />,
              width: 48,
              minWidth: 48,
              card: 'top' as const,
            } satisfies ItemColumn<TrackedItem>] : []),
            refColumn<TrackedItem>('Item'),
            TITLE,
            ownerTextColumn<TrackedItem>(),
            dueColumn<TrackedItem>(),
            ragColumn<TrackedItem>(),
          ]}
          asOf={asOf}
          onOpen={() => undefined}
          testId={(i) => `unassigned-${i.list}-${i.id}`}
          sort={state.list.sort}
          onSortChange={state.list.setSort}
        />
      ) : null}
      {matching.length > items.length ? (
        <Button onClick={state.list.showMore}>
          Show {Math.min(PAGE_SIZE, matching.length - items.length)} more of {matching.length - items.length}
        </Button>
      ) : null}
    </section>
  );
}
