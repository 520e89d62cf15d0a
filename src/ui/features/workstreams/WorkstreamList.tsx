import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Text, Title2 } from '@fluentui/react-components';
import { SearchRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { RagSelect } from '../../shared/RagSelect';
import { ExportButtons } from '../../shared/ExportButtons';
import type { ItemId } from '../../../core/model';
import { ALL_WORKSTREAMS, filterWorkstreams, type WorkstreamFilter, type WorkstreamSummary } from '../../../core/workstream-view';
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
  const [filter, setFilter] = useState<WorkstreamFilter>(ALL_WORKSTREAMS);
  const all = state.data ?? [];
  const streams = filterWorkstreams(all, filter);
  const programmes = [...new Set(streams.map((w) => w.programme ?? 'Other'))];
  const boards = [...new Set(all.map((w) => w.board).filter((b): b is string => b !== null))].sort();
  const filtered = filter.text.trim() !== '' || filter.board !== null || filter.rag !== 'any';
  return (
    <section className={styles.root} aria-labelledby="workstreams-heading">
      <Title2 as="h1" id="workstreams-heading">
        Workstreams
      </Title2>
      {all.length > 0 ? (
        <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap', alignItems: 'end' }} role="group" aria-label="Search and filter workstreams">
          <Field label="Search" style={{ minWidth: '14rem' }}>
            <Input type="search" contentBefore={<SearchRegular aria-hidden />} value={filter.text} maxLength={200} onChange={(_e, d) => setFilter({ ...filter, text: d.value })} />
          </Field>
          <Field label="Board">
            <Select value={filter.board ?? ''} onChange={(_e, d) => setFilter({ ...filter, board: d.value || null })}>
              <option value="">Every board</option>
              {boards.map((b) => (
                <option key={b} value={b}>
                  {b}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Project or Benefit RAG">
            <RagSelect value={filter.rag} onChange={(rag) => setFilter({ ...filter, rag })} />
          </Field>
        </div>
      ) : null}
      <Text role="status" aria-live="polite">
        {state.status === 'ready' ? `${filtered ? `${streams.length} of ${all.length}` : streams.length} workstream${all.length === 1 ? '' : 's'}${filtered ? ' match' : ''}` : ''}
      </Text>
      {state.status === 'ready' ? <ExportButtons title="Workstreams" workstreams={streams} fileName="workstreams" /> : null}
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
