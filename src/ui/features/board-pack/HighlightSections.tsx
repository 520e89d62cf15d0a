/**
 * Each workstream's highlight report in the seeds' layout (Workstream | Owner | Date | Project
 * RAG | Benefit RAG; objectives; priority deliverables; KPIs; progress; next steps; what the
 * board is asked), one after another on screen and one to a page when printed.
 */
import { Subtitle2, Text } from '@fluentui/react-components';
import { lifecycleLabel, type HighlightSection } from '../../../core/board-pack';
import { SOURCE_NOTES } from '../../../export/pack/pack-text';
import { RagBadge } from '../../shared/RagBadge';
import { ScrollTable } from '../../shared/ScrollTable';
import { useScreenStyles } from '../../shared/screen.styles';

function Points({ title, items }: { title: string; items: readonly string[] }) {
  const styles = useScreenStyles();
  return (
    <>
      <Text as="h4" weight="semibold" block>
        {title}
      </Text>
      {items.length === 0 ? (
        <Text block>None reported</Text>
      ) : (
        <ul className={styles.list}>
          {items.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function HighlightSections({ highlights }: { highlights: readonly HighlightSection[] }) {
  const styles = useScreenStyles();
  return (
    <>
      {highlights.map((h) => (
        <section key={h.id} data-print="workstream" aria-labelledby={`hl-${h.id}`} data-testid="pack-highlight">
          <Subtitle2 as="h3" id={`hl-${h.id}`} block>{`Highlight report: ${h.workstream}`}</Subtitle2>
          <dl className={styles.facts}>
            <dt>Owner</dt>
            <dd className={styles.dd}>{h.owner}</dd>
            <dt>Date</dt>
            <dd className={styles.dd}>{h.dateWords}</dd>
            <dt>Project RAG</dt>
            <dd className={styles.dd}>
              <RagBadge rag={h.projectRag} kind="Project RAG" />
              {h.ragAsWritten.projectRag ? ` written “${h.ragAsWritten.projectRag}”` : null}
            </dd>
            <dt>Benefit RAG</dt>
            <dd className={styles.dd}>
              <RagBadge rag={h.benefitRag} kind="Benefit RAG" />
              {h.ragAsWritten.benefitRag ? ` written “${h.ragAsWritten.benefitRag}”` : null}
            </dd>
          </dl>
          <Points title="Workstream objectives" items={h.objectives} />
          <Text as="h4" weight="semibold" block>
            Priority deliverables
          </Text>
          <ScrollTable label={`Priority deliverables of ${h.workstream}`} columns={['Description', 'Date', 'RAG', 'Status']}>
            {h.deliverables.map((d) => (
              <tr key={d.ref}>
                <td className={styles.td}>{d.title}</td>
                <td className={styles.td}>{d.due}</td>
                <td className={styles.td}>
                  <RagBadge rag={d.rag} />
                </td>
                <td className={styles.td}>{lifecycleLabel(d.lifecycle)}</td>
              </tr>
            ))}
          </ScrollTable>
          <Points title="KPIs" items={h.kpis} />
          <Points title="Progress since last update" items={h.progress} />
          <Points title="Key next steps" items={h.nextSteps} />
          <Points title="Recommendations and decisions required by the board" items={[h.recommendationsToBoard, h.decisionsRequired].filter((x): x is string => Boolean(x))} />
          {h.sourceNotes.length > 0 ? <Points title={SOURCE_NOTES} items={h.sourceNotes} /> : null}
        </section>
      ))}
    </>
  );
}
