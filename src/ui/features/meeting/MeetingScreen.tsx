/**
 * The meeting view (DESIGN §6): what a channel or meeting tab pinned by a secretary shows — one
 * board's items as the chosen view says, the view switchable here, the counts in words. Full
 * width in a channel; in a meeting's side panel (or 320 px) a list of compact cards that never
 * scrolls sideways. Record controls are for the board's secretaries and leads (the service
 * checks again).
 */
import { Field, Select, Spinner, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import { useContext, type ReactNode } from 'react';
import { changeWords, itemKey } from '../../../core/board-changes';
import type { IsoDate } from '../../../core/dates';
import type { ListedItem } from '../../../core/item-filter';
import { MEETING_VIEW_IDS, MEETING_VIEWS, type MeetingViewId } from '../../../core/meeting-view';
import type { ItemRoute } from '../../app/useRoute';
import { ChangesContext } from '../../shared/ChangeBadge';
import { LoadError } from '../../shared/LoadStatus';
import { dueColumn, OneLine, ownerColumn, ragColumn, refColumn, titleColumn, type ItemColumn } from '../../shared/item-table/item-columns';
import { ItemTable } from '../../shared/item-table/ItemTable';
import { useScreenStyles } from '../../shared/screen.styles';
import type { MeetingViewState } from './useMeetingView';

const useStyles = makeStyles({
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXS },
  view: { minWidth: 0, maxWidth: '100%' },
});

/** The item's change since the last board on one line, in words ("Changed: NEW RED"). */
function ChangeLine({ item }: { item: ListedItem }) {
  const changes = useContext(ChangesContext).get(itemKey(item));
  return changes && changes.length > 0 ? <OneLine text={`Changed: ${changeWords(changes)}`} /> : null;
}

const CHANGE: ItemColumn<ListedItem> = { id: 'changed', header: 'Since last board', cell: (item) => <ChangeLine item={item} />, width: 200, minWidth: 90 };

export type MeetingScreenProps = Readonly<{
  state: MeetingViewState;
  asOf: IsoDate;
  selected: ItemRoute | null;
  onOpen: (route: ItemRoute) => void;
  /** a meeting's side panel or a 320 px window: compact cards */
  compact: boolean;
  /** the controls on each item (Record decision, New action) for those who may record */
  controls?: ItemColumn<ListedItem> | null;
  /** the form open on an item, shown above the list */
  form?: ReactNode;
}>;

export function MeetingScreen({ state, asOf, selected, onOpen, compact, controls = null, form = null }: MeetingScreenProps) {
  const screen = useScreenStyles();
  const styles = useStyles();
  const columns = [titleColumn<ListedItem>(), ...(compact ? [] : [refColumn<ListedItem>()]), ownerColumn<ListedItem>(), dueColumn<ListedItem>(), ragColumn<ListedItem>(), CHANGE, ...(controls ? [controls] : [])];
  return (
    <section className={screen.root} aria-labelledby="meeting-heading">
      <div className={styles.header}>
        <Title2 as="h1" id="meeting-heading">
          {state.boardTitle}: {MEETING_VIEWS[state.view].name.toLowerCase()}
        </Title2>
        <Field label="View" className={styles.view}>
          <Select className={screen.fit} value={state.view} onChange={(_e, d) => state.setView(d.value as MeetingViewId)} data-testid="meeting-view">
            {MEETING_VIEW_IDS.map((id) => (
              <option key={id} value={id}>
                {MEETING_VIEWS[id].name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Text role="status" aria-live="polite" aria-atomic="true" data-testid="meeting-count">
        {state.status === 'ready' ? state.counts : ''}
      </Text>
      {form}
      {state.status === 'error' ? <LoadError what="the board’s items" error={state.error} onRetry={state.reload} /> : null}
      {state.status === 'loading' ? <Spinner label="Loading the board’s items" /> : null}
      {state.status === 'ready' && state.shown.length === 0 ? <Text>Nothing on this board is in this view.</Text> : null}
      {state.shown.length > 0 ? (
        <ItemTable
          label={`${state.boardTitle}: ${MEETING_VIEWS[state.view].name}`}
          items={state.shown}
          columns={columns}
          asOf={asOf}
          onOpen={(i) => onOpen({ list: i.list, id: i.id })}
          testId={(i) => `row-${i.list}-${i.id}`}
          isSelected={(i) => selected?.list === i.list && selected.id === i.id}
          cards={compact}
        />
      ) : null}
    </section>
  );
}
