/**
 * Each inspection in the pack as the other formats show it: the status legend (the board's own
 * as its tracker writes it, where it has one), the counted figures — "N recommendations; M
 * apply to the force" — with the report's own sentence beside them, and the items table. One
 * to a page when printed.
 */
import { Subtitle2, Text } from '@fluentui/react-components';
import { lifecycleLabel, type InspectionSection } from '../../../core/board-pack';
import { legendHeading } from '../../../export/pack/pack-text';
import { RagBadge } from '../../shared/RagBadge';
import { ScrollTable } from '../../shared/ScrollTable';
import { useScreenStyles } from '../../shared/screen.styles';

/** Short cells kept on one line: a narrow column would break "recommendation" or "January 2018" mid-word on an A4 page. */
const ONE_LINE = { whiteSpace: 'nowrap' } as const;

export function InspectionSections({ inspections }: { inspections: readonly InspectionSection[] }) {
  const styles = useScreenStyles();
  return (
    <>
      {inspections.map((i) => (
        <section key={i.id} data-print="inspection" aria-labelledby={`insp-${i.id}`} data-testid="pack-inspection">
          <Subtitle2 as="h3" id={`insp-${i.id}`} block>
            {i.title}
          </Subtitle2>
          <Text block>{`${i.bodies.join(', ')}${i.published ? ` — published ${i.published}` : ''}`}</Text>
          <Text block weight="semibold">{`Counted from the items: ${i.counted}`}</Text>
          <Text block>{`The report says: ${i.sourceSentence ?? 'no summary sentence'}`}</Text>
          {i.mismatches.map((m) => (
            <Text key={m} block weight="semibold">{`Difference: ${m}`}</Text>
          ))}
          <ScrollTable label={`${legendHeading(i)}: ${i.title}`} caption={legendHeading(i)} columns={['Status', 'Meaning']}>
            {i.legend.map((l) => (
              <tr key={l.rag}>
                <td className={styles.td}>
                  <RagBadge rag={l.rag} kind="Status" />
                </td>
                <td className={styles.td}>{l.meaning}</td>
              </tr>
            ))}
          </ScrollTable>
          <ScrollTable label={`Items of ${i.title}`} caption="Items" columns={['No.', 'Kind', 'Recommendation', 'Status', 'Due', 'Comment']}>
            {i.items.map((x) => (
              <tr key={x.id} data-testid="pack-inspection-item">
                <td className={styles.td} style={ONE_LINE}>
                  {x.number}
                </td>
                <td className={styles.td} style={ONE_LINE}>
                  {x.kind}
                </td>
                <td className={styles.td}>{x.title}</td>
                <td className={styles.td} style={ONE_LINE}>
                  {/* an open item by its RAG; a finished one by where it ended, its last RAG beside */}
                  {x.lifecycle === 'open' ? <RagBadge rag={x.rag} kind="Status" /> : `${lifecycleLabel(x.lifecycle).toUpperCase()}${x.rag ? ` (${x.rag})` : ''}`}
                </td>
                <td className={styles.td} style={ONE_LINE}>
                  {x.due}
                </td>
                <td className={styles.td}>{x.comment ?? ''}</td>
              </tr>
            ))}
          </ScrollTable>
        </section>
      ))}
    </>
  );
}
