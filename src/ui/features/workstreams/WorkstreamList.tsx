import { Button, MessageBar, MessageBarBody, Spinner, Text, Title2 } from '@fluentui/react-components';
import type { ItemId } from '../../../core/model';
import type { WorkstreamSummary } from '../../../core/workstream-view';
import { formatDay } from '../../shared/format';
import { RagBadge } from '../../shared/RagBadge';
import type { Loadable } from '../../shared/useLoad';
import { useScreenStyles } from '../../shared/screen.styles';
import { ScrollTable } from '../../shared/ScrollTable';
import { StatusCounts } from '../inspections/StatusCounts';

export type WorkstreamListProps = Readonly<{ state: Loadable<readonly WorkstreamSummary[]>; onOpen: (id: ItemId) => void }>;

/** Workstreams by programme, with Project and Benefit RAG and their deliverables' status. */
export function WorkstreamList({ state, onOpen }: WorkstreamListProps) {
  const styles = useScreenStyles();
  const streams = state.data ?? [];
  const programmes = [...new Set(streams.map((w) => w.programme ?? 'Other'))];
  return (
    <section className={styles.root} aria-labelledby="workstreams-heading">
      <Title2 as="h1" id="workstreams-heading">
        Workstreams
      </Title2>
      <Text role="status" aria-live="polite">
        {state.status === 'ready' ? `${streams.length} workstream${streams.length === 1 ? '' : 's'}` : ''}
      </Text>
      {state.status === 'loading' ? <Spinner label="Loading workstreams" /> : null}
      {state.status === 'error' ? (
        <MessageBar intent="error">
          <MessageBarBody>The workstreams could not be loaded: {state.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {programmes.map((programme) => (
        <ScrollTable key={programme} label={programme} caption={programme} columns={['Workstream', 'Owner', 'Project RAG', 'Benefit RAG', 'Last report', 'Deliverables']}>
              {streams
                .filter((w) => (w.programme ?? 'Other') === programme)
                .map((w) => (
                  <tr key={w.id}>
                    <td className={styles.td}>
                      <Button appearance="transparent" onClick={() => onOpen(w.id)} style={{ textAlign: 'start', padding: 0, minWidth: 0 }}>
                        {w.title}
                      </Button>
                      {w.board ? <div className={styles.muted}>{w.board}</div> : null}
                    </td>
                    <td className={styles.td}>
                      {w.owner?.displayName ?? '—'}
                      {w.ownerText ? <div className={styles.muted}>as written: {w.ownerText}</div> : null}
                    </td>
                    <td className={styles.td}>
                      <RagBadge rag={w.projectRag} kind="Project RAG" />
                    </td>
                    <td className={styles.td}>
                      <RagBadge rag={w.benefitRag} kind="Benefit RAG" />
                    </td>
                    <td className={styles.td}>{w.lastReportDate ? formatDay(w.lastReportDate) : 'undated'}</td>
                    <td className={styles.td}>
                      <StatusCounts counts={w.deliverables} />
                    </td>
                  </tr>
                ))}
        </ScrollTable>
      ))}
    </section>
  );
}
