import { Text } from '@fluentui/react-components';
import type { LifecycleCounts } from '../../../core/inspection-facts';
import { closureCounts, type StatusCounts as Counts } from '../../../core/summary';
import { RAGS } from '../../../core/rag';
import { RagBadge } from '../../shared/RagBadge';
import { useScreenStyles } from '../../shared/screen.styles';

/**
 * "Green 3 · Amber 2 · Closed 1": every count with its word, none by colour alone. Given the
 * lifecycle counts (an inspection's), the closed items are told apart by step: closure proposed,
 * closed by the force, authorised by the inspectorate, superseded.
 */
export function StatusCounts({ counts, lifecycles }: { counts: Counts; lifecycles?: LifecycleCounts }) {
  const styles = useScreenStyles();
  return (
    <span className={styles.counts}>
      {RAGS.filter((rag) => counts[rag] > 0).map((rag) => (
        <RagBadge key={rag} rag={rag} count={counts[rag]} />
      ))}
      {counts.notSet > 0 ? <RagBadge rag={null} count={counts.notSet} /> : null}
      {/* closed is a lifecycle, not a RAG: said in words, without a RAG's colours */}
      {lifecycles
        ? closureCounts(lifecycles).map((c) => (
            <Text key={c.label} size={200}>
              {c.label} {c.count}
            </Text>
          ))
        : counts.closed > 0
          ? <Text size={200}>Closed {counts.closed}</Text>
          : null}
    </span>
  );
}
