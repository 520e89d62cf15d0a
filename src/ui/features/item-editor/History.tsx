import { Caption1, Subtitle2, Text } from '@fluentui/react-components';
import type { Stored } from '../../../core/model';
import { formatInstant } from '../../shared/format';
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
                ? `Highlight report ${u.reportDateText ?? '(undated)'}`
                : `${formatInstant(u.at)} — ${u.authorName ?? u.author}${u.kind === 'import' ? ' (import)' : ''}`}
            </Caption1>
            {u.previousRag !== u.newRag || u.kind === 'highlight' ? (
              <span className={styles.ragMove}>
                {u.kind === 'highlight' ? null : (
                  <>
                    <RagBadge rag={u.previousRag} kind="Previous RAG" />
                    <span aria-hidden="true">→</span>
                  </>
                )}
                <RagBadge rag={u.newRag} kind={u.kind === 'highlight' ? 'Project RAG' : 'New RAG'} />
                {u.kind === 'highlight' ? <RagBadge rag={u.benefitRag} kind="Benefit RAG" /> : null}
              </span>
            ) : null}
            {u.text ? <Text className={styles.entryText}>{u.text}</Text> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
