/**
 * Each action plan in the pack as the other formats show it: its actions counted by RAG (and
 * closed) and by protected characteristic. One to a page when printed.
 */
import { Subtitle2, Text } from '@fluentui/react-components';
import type { PlanSection } from '../../../core/board-pack';
import { characteristicsTable, planTable, SECTION } from '../../../export/pack/pack-text';
import { ScrollTable } from '../../shared/ScrollTable';
import { useScreenStyles } from '../../shared/screen.styles';

export function PlanSections({ plans }: { plans: readonly PlanSection[] }) {
  const styles = useScreenStyles();
  return (
    <>
      {plans.map((p) => {
        const byRag = planTable(p);
        const byCharacteristic = characteristicsTable(p);
        return (
          <section key={p.id} data-print="plan" aria-labelledby={`plan-${p.id}`} data-testid="pack-plan">
            <Subtitle2 as="h3" id={`plan-${p.id}`} block>
              {`${SECTION.plans}: ${p.title}`}
            </Subtitle2>
            <Text block>{`${p.actions} actions, by RAG and by protected characteristic.`}</Text>
            <ScrollTable label={`Actions of ${p.title} by RAG`} caption="By RAG" columns={byRag.headers}>
              {byRag.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((n, c) => (
                    <td key={c} className={styles.td}>
                      {n}
                    </td>
                  ))}
                </tr>
              ))}
            </ScrollTable>
            <ScrollTable label={`Actions of ${p.title} by protected characteristic`} caption="By protected characteristic" columns={byCharacteristic.headers}>
              {byCharacteristic.rows.map(([name, n]) => (
                <tr key={name} data-testid="pack-plan-characteristic">
                  <th scope="row" className={styles.td}>
                    {name}
                  </th>
                  <td className={styles.td}>{n}</td>
                </tr>
              ))}
            </ScrollTable>
          </section>
        );
      })}
    </>
  );
}
