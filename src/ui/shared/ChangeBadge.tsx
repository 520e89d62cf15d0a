/**
 * "Changed since last board" on any screen: a badge on each item whose RAG, lifecycle or due
 * date moved (or that was added) since its board's last frozen snapshot, in words ("NEW RED"),
 * never colour alone. The changes come from the core's snapshot diff, loaded once by the shell.
 */
import { Badge } from '@fluentui/react-components';
import { createContext, useContext } from 'react';
import { changeWords, itemKey, type ChangeIndex } from '../../core/board-changes';
import type { TrackedList } from '../../core/model';

export const ChangesContext = createContext<ChangeIndex>(new Map());

export type ChangeBadgeProps = Readonly<{ list: TrackedList; id: number }>;

export function ChangeBadge({ list, id }: ChangeBadgeProps) {
  const changes = useContext(ChangesContext).get(itemKey({ list, id }));
  if (!changes || changes.length === 0) {
    return null;
  }
  const words = changeWords(changes);
  return (
    <Badge appearance="outline" color="brand" shape="rounded" size="medium" data-testid="change-badge" title={`Changed since the last board: ${words}`}>
      {`Changed: ${words}`}
    </Badge>
  );
}
