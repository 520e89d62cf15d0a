import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { ListedItem } from '../../../core/item-filter';
import type { ItemColumn } from '../../shared/item-table/item-columns';
import type { RecordKind } from './useMeetingRecord';

const useStyles = makeStyles({
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
});

type OnRecord = (kind: RecordKind, item: ListedItem, button: HTMLElement) => void;

function RecordButtons({ item, onRecord, canAddAction }: { item: ListedItem; onRecord: OnRecord; canAddAction: boolean }) {
  const styles = useStyles();
  return (
    <span className={styles.buttons}>
      <Button size="small" aria-label={`Record decision on ${item.label}`} data-testid={`decide-${item.list}-${item.id}`} onClick={(e) => onRecord('decision', item, e.currentTarget)}>
        Record decision
      </Button>
      {canAddAction ? (
        <Button size="small" aria-label={`New action about ${item.label}`} data-testid={`agree-${item.list}-${item.id}`} onClick={(e) => onRecord('action', item, e.currentTarget)}>
          New action
        </Button>
      ) : null}
    </span>
  );
}

/** Each item's "Record decision" and "New action", for the board's secretaries and leads. */
export const recordColumn = (onRecord: OnRecord, canAddAction: (item: ListedItem) => boolean): ItemColumn<ListedItem> => ({
  id: 'record',
  header: 'Record',
  cell: (item) => <RecordButtons item={item} onRecord={onRecord} canAddAction={canAddAction(item)} />,
  width: 260,
  minWidth: 130,
});
