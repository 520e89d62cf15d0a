import { Text } from '@fluentui/react-components';
import type { StatusCounts as Counts } from '../../../core/summary';
import { RAGS } from '../../../core/rag';
import { RagBadge } from '../../shared/RagBadge';
import { useScreenStyles } from '../../shared/screen.styles';

/** "Green 3 · Amber 2 · Closed 1": every count with its word, none by colour alone. */
export function StatusCounts({ counts }: { counts: Counts }) {
  const styles = useScreenStyles();
  return (
    <span className={styles.counts}>
      {RAGS.filter((rag) => counts[rag] > 0).map((rag) => (
        <RagBadge key={rag} rag={rag} count={counts[rag]} />
      ))}
      {counts.notSet > 0 ? <RagBadge rag={null} count={counts.notSet} /> : null}
      {/* closed is a lifecycle, not a RAG: said in words, without a RAG's colours */}
      {counts.closed > 0 ? <Text size={200}>Closed {counts.closed}</Text> : null}
    </span>
  );
}
