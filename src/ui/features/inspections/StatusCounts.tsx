import { Badge } from '@fluentui/react-components';
import type { StatusCounts as Counts } from '../../../core/summary';
import { RAGS, ragLabel } from '../../../core/rag';
import { useScreenStyles } from '../../shared/screen.styles';

/** "Green 3 · Amber 2 · Closed 1": every count with its word, none by colour alone. */
export function StatusCounts({ counts }: { counts: Counts }) {
  const styles = useScreenStyles();
  const entries: Array<[string, number, 'success' | 'warning' | 'danger' | 'informative' | 'subtle']> = [
    ...RAGS.map((rag) => [ragLabel(rag), counts[rag], rag === 'GREEN' ? 'success' : rag === 'AMBER' ? 'warning' : rag === 'RED' ? 'danger' : 'informative'] as [string, number, 'success' | 'warning' | 'danger' | 'informative']),
    ['Not set', counts.notSet, 'subtle'],
    ['Closed', counts.closed, 'subtle'],
  ];
  return (
    <span className={styles.counts}>
      {entries
        .filter(([, n]) => n > 0)
        .map(([label, n, color]) => (
          <Badge key={label} appearance="tint" color={color === 'subtle' ? 'informative' : color} shape="rounded">
            {label} {n}
          </Badge>
        ))}
    </span>
  );
}
