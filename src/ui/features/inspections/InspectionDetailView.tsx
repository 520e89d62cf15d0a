import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, Title2, mergeClasses } from '@fluentui/react-components';
import type { InspectionDetail } from '../../../core/inspection-view';
import type { ItemId } from '../../../core/model';
import { describeCounts } from '../../../core/summary';
import { formatDue } from '../../shared/format';
import { ExportButtons } from '../../shared/ExportButtons';
import { LoadStatus } from '../../shared/LoadStatus';
import { RagBadge } from '../../shared/RagBadge';
import { ChangeBadge } from '../../shared/ChangeBadge';
import { useScreenStyles } from '../../shared/screen.styles';
import { ScrollTable } from '../../shared/ScrollTable';
import { StatusCounts } from './StatusCounts';
import { ReportSourceText, SourceNotes } from './ReportSourceText';
import { useMemo } from 'react';
import type { IsoDate } from '../../../core/dates';
import { describeFilter, NO_FILTER, type ItemFilter } from '../../../core/item-filter';
import { ItemFilterBar } from '../../shared/ItemFilterBar';
import { useFilteredItems } from '../../shared/useFilteredItems';

/** A report shows every item, closed or not, in its own order, until asked otherwise. */
const REPORT_FILTER: ItemFilter = { ...NO_FILTER, lifecycle: 'any' };
import type { Loadable } from './useInspections';

export type InspectionDetailProps = Readonly<{
  state: Loadable<InspectionDetail>;
  asOf: IsoDate;
  selected: ItemId | null;
  onOpenItem: (id: ItemId) => void;
  onBack: () => void;
}>;

/** One report: its figures (counted, with the source's own sentence) and its items by number. */
export function InspectionDetailView({ state, asOf, selected, onOpenItem, onBack }: InspectionDetailProps) {
  const styles = useScreenStyles();
  const report = state.data;
  const items = useMemo(() => (report?.items ?? []).map((r) => r.item), [report]);
  const list = useFilteredItems(items, REPORT_FILTER, { key: 'source', descending: false }, { asOf, me: '' });
  const rowsById = useMemo(() => new Map((report?.items ?? []).map((r) => [r.item.id, r])), [report]);
  if (!report) {
    return <LoadStatus state={state} what="the report" />;
  }
  return (
    <section className={styles.root} aria-labelledby="inspection-heading">
      <Button appearance="subtle" onClick={onBack} style={{ alignSelf: 'start' }}>
        All inspections
      </Button>
      <Title2 as="h1" id="inspection-heading">
        {report.title}
      </Title2>
      <dl className={styles.facts}>
        <dt className={styles.muted}>Published</dt>
        <dd className={styles.dd}>{report.publishedText ?? '—'}</dd>
        <dt className={styles.muted}>By</dt>
        <dd className={styles.dd}>{report.reportType ?? report.bodies.join(', ')}</dd>
        <dt className={styles.muted}>Counted</dt>
        <dd className={styles.dd}>{describeCounts(report.summary)}</dd>
        <dt className={styles.muted}>Status</dt>
        <dd className={styles.dd}>
          <StatusCounts counts={report.summary.byStatus} lifecycles={report.summary.byLifecycle} />
        </dd>
        <dt className={styles.muted}>The report says</dt>
        <dd className={styles.dd}>{report.sourceSummary ?? '—'}</dd>
      </dl>
      <ReportSourceText report={report} />
      {report.summary.mismatches.length > 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>The report’s own summary differs from its items</MessageBarTitle>
            {report.summary.mismatches.join('; ')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <ItemFilterBar
        label={`Search and filter the items of ${report.title}`}
        filter={list.filter}
        onFilterChange={list.setFilter}
        sort={list.sort}
        onSortChange={list.setSort}
        controls={['due', 'rag', 'lifecycle']}
        sortKeys={['source', 'due', 'rag', 'title']}
        base={REPORT_FILTER}
      />
      <Text role="status" aria-live="polite" aria-atomic="true">
        {describeFilter(list.filter, {}, REPORT_FILTER) ? `${list.results.length} of ${items.length} items — ${describeFilter(list.filter, {}, REPORT_FILTER)}` : `${items.length} items`}
      </Text>
      <ExportButtons title="Inspection items" items={list.results} fileName={`inspection-${report.id}`} />
      <ScrollTable label={`Items of ${report.title}`} columns={['No.', 'Item', 'Status', 'Due', 'Comment']}>
            {list.results.flatMap((i) => rowsById.get(i.id) ?? []).map((row) => (
              <tr key={row.item.id} aria-current={selected === row.item.id ? 'true' : undefined}>
                <td className={styles.td}>
                  {row.number}
                  {row.numberInferred ? <Caption1 className={styles.muted} block>(inferred)</Caption1> : null}
                </td>
                <td className={styles.td}>
                  <Caption1 className={styles.muted}>
                    {row.itemKind}
                    {row.appliesToForce ? '' : ' · does not apply to the force'}
                    {row.groupHeading ? ` · ${row.groupHeading}` : ''}
                  </Caption1>
                  <Text block>{row.item.title}</Text>
                  <SourceNotes notes={row.sourceNotes} />
                  {row.parts.length > 0 ? (
                    <ul className={styles.list} aria-label="Parts">
                      {row.parts.map((p, i) => (
                        <li key={i}>
                          {p.label ?? `Part ${i + 1}`}: <RagBadge rag={p.rag} /> {p.lifecycle !== 'open' ? p.lifecycle : ''} {formatDue({ text: p.dueText, date: p.dueDate, precision: p.duePrecision, kind: p.dueKind, internalDeadline: p.internalDeadline })}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {row.subActions.length > 0 ? (
                    <ul className={styles.list} aria-label="Sub-actions">
                      {row.subActions.map((a, i) => (
                        <li key={i}>
                          {a.actionRequired}
                          {a.currentPosition ? ` — ${a.currentPosition}` : ''}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <Button size="small" onClick={() => onOpenItem(row.item.id)} aria-label={`Update ${row.item.label}`}>
                    Update
                  </Button>
                </td>
                <td className={styles.td}>
                  <RagBadge rag={row.item.rag} /> <ChangeBadge list={row.item.list} id={row.item.id} />
                  {row.item.lifecycle !== 'open' ? <div>{row.item.lifecycle}</div> : null}
                  {row.item.flags.length > 0 ? <div className={styles.muted}>⚑ {row.item.flags.join(', ')}</div> : null}
                </td>
                <td className={mergeClasses(styles.td, styles.due)}>{formatDue(row.item.due)}</td>
                <td className={styles.td}>{row.item.progress ?? ''}</td>
              </tr>
            ))}
      </ScrollTable>
    </section>
  );
}
