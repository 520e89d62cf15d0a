import { Badge, type BadgeProps } from '@fluentui/react-components';
import { RAG_MEANING, ragLabel, type Rag } from '../../core/rag';

const APPEARANCE: Readonly<Record<Rag, Pick<BadgeProps, 'color' | 'appearance'>>> = {
  RED: { color: 'danger', appearance: 'filled' },
  AMBER: { color: 'warning', appearance: 'filled' },
  GREEN: { color: 'success', appearance: 'filled' },
  WHITE: { color: 'informative', appearance: 'outline' },
};

const NOT_SET: Pick<BadgeProps, 'color' | 'appearance'> = { color: 'informative', appearance: 'tint' };

export type RagBadgeProps = Readonly<{
  rag: Rag | null;
  /** what the RAG is of, for screen readers ("Project RAG") @default 'RAG' */
  kind?: string;
}>;

/** A RAG as colour AND text: never colour alone (WCAG 1.4.1). */
export function RagBadge({ rag, kind = 'RAG' }: RagBadgeProps) {
  const label = ragLabel(rag);
  return (
    <Badge
      {...(rag ? APPEARANCE[rag] : NOT_SET)}
      shape="rounded"
      size="medium"
      title={rag ? RAG_MEANING[rag] : 'No RAG set'}
      aria-label={`${kind}: ${label}`}
    >
      {label}
    </Badge>
  );
}
