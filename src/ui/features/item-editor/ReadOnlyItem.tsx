import { MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import type { TrackedItem } from '../../../core/tracked-item';
import { useItemEditorStyles } from './ItemEditor.styles';
import { whoCanUpdate } from './who-can-update';

/**
 * The item as facts for someone who cannot change it: no form that could only fail on Save.
 */
export function ReadOnlyItem({ item, board }: { item: TrackedItem; board: string | null }) {
  const styles = useItemEditorStyles();
  const tracked = item.list !== 'workstreams';
  return (
    <div className={styles.readOnly} data-testid="read-only-item">
      <MessageBar intent="info">
        <MessageBarBody>{whoCanUpdate(item, board)}</MessageBarBody>
      </MessageBar>
      <dl className={styles.facts}>
        {tracked && item.ragRationale ? (
          <>
            <dt className={styles.dt}>Why it is red</dt>
            <dd className={styles.dd}>{item.ragRationale}</dd>
          </>
        ) : null}
        {tracked && item.responsibleOrg ? (
          <>
            <dt className={styles.dt}>Responsible organisation</dt>
            <dd className={styles.dd}>{item.responsibleOrg}</dd>
          </>
        ) : null}
        {item.lifecycle !== 'open' ? (
          <>
            <dt className={styles.dt}>Status</dt>
            <dd className={styles.dd}>{item.lifecycle.replace('-', ' ')}</dd>
          </>
        ) : null}
      </dl>
      <Subtitle2 as="h3">{item.list === 'recommendations' ? 'Comment / current position' : 'Progress'}</Subtitle2>
      <Text as="p" className={styles.longText}>
        {item.progress ?? 'None recorded.'}
      </Text>
    </div>
  );
}
