import { Badge, mergeClasses } from '@fluentui/react-components';
import { RAG_MEANING, ragLabel, type Rag } from '../../core/rag';
import { useRagBadgeStyles } from './RagBadge.styles';

export type RagBadgeProps = Readonly<{
  rag: Rag | null;
  /** what the RAG is of, for screen readers ("Project RAG") @default 'RAG' */
  kind?: string;
  /** a count shown after the word ("Green 3"), for summaries of many items */
  count?: number;
}>;

/**
 * A RAG as colour AND word (WCAG 1.4.1), in one style everywhere it appears. Every list, summary
 * and history shows RAG through this component, so a badge never breaks, clips or changes look.
 */
export function RagBadge({ rag, kind = 'RAG', count }: RagBadgeProps) {
  const styles = useRagBadgeStyles();
  const label = ragLabel(rag);
  const text = count === undefined ? label : `${label} ${count}`;
  return (
    <Badge
      appearance="filled"
      shape="rounded"
      size="medium"
      className={mergeClasses(styles.root, rag ? styles[rag] : styles.notSet)}
      title={rag ? RAG_MEANING[rag] : 'No RAG set'}
      aria-label={count === undefined ? `${kind}: ${label}` : `${kind} ${label}: ${count}`}
      data-rag-badge=""
    >
      {text}
    </Badge>
  );
}
