import { Button, MessageBar, MessageBarBody, Spinner, Text, Title2 } from '@fluentui/react-components';
import type { InspectionView } from '../../../core/inspection-view';
import type { ItemId } from '../../../core/model';
import { describeCounts } from '../../../core/summary';
import { useScreenStyles } from '../../shared/screen.styles';
import { ScrollTable } from '../../shared/ScrollTable';
import { StatusCounts } from './StatusCounts';
import type { Loadable } from './useInspections';

export type InspectionListProps = Readonly<{ state: Loadable<readonly InspectionView[]>; onOpen: (id: ItemId) => void }>;

/** Every inspection report with its figures counted from its items. */
export function InspectionList({ state, onOpen }: InspectionListProps) {
  const styles = useScreenStyles();
  const reports = state.data ?? [];
  return (
    <section className={styles.root} aria-labelledby="inspections-heading">
      <Title2 as="h1" id="inspections-heading">
        Inspections
      </Title2>
      <Text role="status" aria-live="polite">
        {state.status === 'ready' ? `${reports.length} report${reports.length === 1 ? '' : 's'}` : ''}
      </Text>
      {state.status === 'loading' ? <Spinner label="Loading inspection reports" /> : null}
      {state.status === 'error' ? (
        <MessageBar intent="error">
          <MessageBarBody>The reports could not be loaded: {state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {reports.length > 0 ? (
        <ScrollTable label="Inspection reports" columns={['Report', 'Published', 'Figures', 'Status']}>
              {reports.map((r) => (
                <tr key={r.id}>
                  <td className={styles.td}>
                    <Button appearance="transparent" onClick={() => onOpen(r.id)} style={{ textAlign: 'start', padding: 0, minWidth: 0 }}>
                      {r.title}
                    </Button>
                    <div className={styles.muted}>
                      {[r.bodies.join(', '), r.scope === 'force' ? 'force report' : r.scope === 'national' ? 'national report' : null].filter(Boolean).join(' · ')}
                    </div>
                  </td>
                  <td className={styles.td}>{r.publishedText ?? '—'}</td>
                  <td className={styles.td}>
                    {describeCounts(r.summary)}
                    {r.summary.mismatches.length > 0 ? (
                      <div className={styles.muted}>{r.summary.mismatches.join(' ')}</div>
                    ) : null}
                  </td>
                  <td className={styles.td}>
                    <StatusCounts counts={r.summary.byStatus} lifecycles={r.summary.byLifecycle} />
                  </td>
                </tr>
              ))}
        </ScrollTable>
      ) : null}
    </section>
  );
}
