import { Button, Caption1, MessageBar, MessageBarBody, MessageBarTitle, Text, Title2 } from '@fluentui/react-components';
import type { InspectionDetail, InspectionItem } from '../../../core/inspection-view';
import type { TrackedItem } from '../../../core/tracked-item';
import type { ItemId } from '../../../core/model';
import { describeCounts } from '../../../core/summary';
import { formatDue } from '../../shared/format';
import { ExportButtons } from '../../shared/ExportButtons';
import { LoadStatus } from '../../shared/LoadStatus';
import { RagBadge } from '../../shared/RagBadge';
import { ChangeBadge } from '../../shared/ChangeBadge';
import { useScreenStyles } from '../../shared/screen.styles';
import { OneLine, dueColumn, ragColumn, refColumn, titleColumn, type ItemColumn } from '../../shared/item-table/item-columns';
import { DetailSwitch } from '../../shared/item-table/DetailSwitch';
import { ItemTable } from '../../shared/item-table/ItemTable';
import { StatusCounts } from './StatusCounts';
import { ReportSourceText, SourceNotes } from './ReportSourceText';
import { useMemo, useState, type ReactNode } from 'react';
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

/** an item as a row of the report's table, with what the report says of it */
type ReportRow = TrackedItem & Readonly<{ row: InspectionItem }>;

const NUMBER: ItemColumn<ReportRow> = {
  id: 'number',
  header: 'No.',
  cell: ({ row }) => (
    <span title={row.numberInferred ? 'Inferred from its position: the source wrote no number' : undefined}>
      {row.number}
      {row.numberInferred ? ' (inferred)' : ''}
    </span>
  ),
  sortKey: 'source',
  width: 70,
  minWidth: 50,
  card: 'top',
};
const COMMENT: ItemColumn<ReportRow> = {
  id: 'comment',
  header: 'Comment',
  cell: (item) => <OneLine text={item.progress ?? ''} />,
  width: 320,
  minWidth: 90,
  card: 'none',
};
const CHANGED: ItemColumn<ReportRow> = { id: 'changed', header: 'Since last board', cell: (item) => <ChangeBadge list={item.list} id={item.id} />, width: 150, minWidth: 90, card: 'top' };
/** one line per item, in the report's order: number, item, status (RAG) third, due, comment */
const COLUMNS: readonly ItemColumn<ReportRow>[] = [NUMBER, titleColumn<ReportRow>(), { ...ragColumn<ReportRow>(), header: 'Status' }, dueColumn<ReportRow>(), COMMENT, refColumn<ReportRow>('Kind'), CHANGED];

/** on demand under each item: its kind and heading, what the source wrote, its parts and sub-actions */
function rowDetail({ row }: ReportRow): ReactNode {
  return <ReportRowDetail row={row} />;
}

function ReportRowDetail({ row }: { row: InspectionItem }) {
  const styles = useScreenStyles();
  return (
    <>
      <Caption1 className={styles.muted} block>
        {row.itemKind}
        {row.appliesToForce ? '' : ' · does not apply to the force'}
        {row.groupHeading ? ` · ${row.groupHeading}` : ''}
        {row.item.flags.length > 0 ? ` · ⚑ ${row.item.flags.join(', ')}` : ''}
      </Caption1>
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
    </>
  );
}

/** One report: its figures (counted, with the source's own sentence) and its items by number. */
export function InspectionDetailView({ state, asOf, selected, onOpenItem, onBack }: InspectionDetailProps) {
  const styles = useScreenStyles();
  const report = state.data;
  const items = useMemo(() => (report?.items ?? []).map((r) => r.item), [report]);
  const list = useFilteredItems(items, REPORT_FILTER, { key: 'source', descending: false }, { asOf, me: '' });
  const rowsById = useMemo(() => new Map((report?.items ?? []).map((r) => [r.item.id, r])), [report]);
  const [more, setMore] = useState(false);
  const rows = useMemo(
    () =>
      list.results.flatMap((i): ReportRow[] => {
        const row = rowsById.get(i.id);
        return row ? [{ ...row.item, row }] : [];
      }),
    [list.results, rowsById]
  );
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
            {report.summary.mismatches.join(' ')}
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
      <DetailSwitch label="Show each item’s parts, sub-actions and source notes" checked={more} onChange={setMore} />
      <ItemTable
        label={`Items of ${report.title}`}
        items={rows}
        columns={COLUMNS}
        asOf={asOf}
        onOpen={(i) => onOpenItem(i.id)}
        testId={(i) => `report-${i.list}-${i.id}`}
        isSelected={(i) => selected === i.id}
        sort={list.sort}
        onSortChange={list.setSort}
        detail={rowDetail}
        showDetail={more}
      />
    </section>
  );
}
