import { Caption1, Subtitle2, Text } from '@fluentui/react-components';
import type { Stored } from '../../../core/model';
import { formatAsWritten, formatInstant } from '../../shared/format';
import { ProjectBenefitRags } from '../../shared/ProjectBenefitRags';
import { RagBadge } from '../../shared/RagBadge';
import { useItemEditorStyles } from './ItemEditor.styles';

/** The item's updates, newest first: who, when, the RAG move and what they wrote. */
export function History({ updates }: { updates: readonly Stored<'updates'>[] }) {
  const styles = useItemEditorStyles();
  return (
    <section aria-labelledby="history-heading">
      <Subtitle2 as="h3" id="history-heading">
        History ({updates.length})
      </Subtitle2>
      {updates.length === 0 ? <Text block as="p">No updates yet.</Text> : null}
      <ol className={styles.history} data-testid="history">
        {updates.map((u) => (
          <li key={u.id} className={styles.entry}>
            <Caption1>
              {u.kind === 'highlight'
                ? `Highlight report ${formatAsWritten(u.reportDateText, u.reportDate) ?? '(undated)'}`
                : `${formatInstant(u.at)} — ${u.authorName ?? u.author}${u.kind === 'import' ? ' (import)' : ''}`}
            </Caption1>
            {u.kind === 'highlight' ? (
              <ProjectBenefitRags project={u.newRag} benefit={u.benefitRag} />
            ) : u.previousRag !== u.newRag ? (
              <span className={styles.ragMove}>
                <RagBadge rag={u.previousRag} kind="Previous RAG" />
                <span aria-hidden="true">→</span>
                <RagBadge rag={u.newRag} kind="New RAG" />
              </span>
            ) : null}
            {u.text ? <Text className={styles.entryText}>{u.text}</Text> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
