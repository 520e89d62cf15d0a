import { MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import type { TrackedItem } from '../../../core/tracked-item';
import { useItemEditorStyles } from './ItemEditor.styles';

/** Who can update an item, in words a board member can act on (ask that person). */
export function whoCanUpdate(item: TrackedItem, board: string | null): string {
  const owner = item.owner
    ? `Its owner is ${item.owner.displayName}.`
    : item.ownerText
      ? `No person is its owner yet (the source names “${item.ownerText}”); a board secretary can assign one.`
      : 'No person is its owner yet; a board secretary can assign one.';
  return `Only its owner, a board secretary or a lead can update this. ${owner}${board ? ` Its board: ${board}.` : ''}`;
}

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
