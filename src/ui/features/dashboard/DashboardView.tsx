/**
 * A board's dashboard: its headline counts, each workstream, inspection and plan by RAG and
 * lifecycle with its RED, overdue and changed items, the RAG trend across its earlier packs
 * (a chart with its table), each workstream's RAGs across its highlight reports, overdue by
 * owner, and who has updated since the last board. RAG is always a word beside its colour.
 */
import { Caption1, Link, Subtitle2 } from '@fluentui/react-components';
import { DASHBOARD_RAGS, shortDate, type BoardDashboard, type DashboardRow } from '../../../core/board-dashboard';
import { lifecycleLabel } from '../../../core/board-pack';
import { LIFECYCLES } from '../../../core/rag';
import { RagBadge } from '../../shared/RagBadge';
import { ScrollTable } from '../../shared/ScrollTable';
import { useScreenStyles } from '../../shared/screen.styles';
import { useDashboardStyles } from './Dashboard.styles';
import { TrendChart } from './TrendChart';

export type DashboardViewProps = Readonly<{
  dashboard: BoardDashboard;
  sinceWords: string | null;
  /** its sections' heading level: h2 on its own screen, h3 inside the Board pack @default 'h2' */
  level?: 'h2' | 'h3';
}>;

const KIND_WORD: Readonly<Record<DashboardRow['kind'], string>> = { workstream: 'Workstream', inspection: 'Inspection', plan: 'Action plan' };
const HREF: Readonly<Record<DashboardRow['kind'], string>> = { workstream: '#/workstreams', inspection: '#/inspections', plan: '#/plans' };

export function DashboardView({ dashboard: d, sinceWords, level = 'h2' }: DashboardViewProps) {
  const styles = useScreenStyles();
  const own = useDashboardStyles();
  // only the lifecycles some item is in: five empty columns would hide the ones that matter
  const lifecycles = LIFECYCLES.map((l, i) => [l, i] as const).filter(([l, i]) => l === 'open' || d.rows.some((r) => (r.byLifecycle[i] ?? 0) > 0));
  const updated = d.updates?.owners.filter((o) => o.updated > 0).length ?? 0;
  return (
    <div className={styles.root}>
      <dl className={own.tiles} aria-label="Headline counts">
        {(
          [
            ['Items', d.totals.total],
            ['Open', d.totals.open],
            ['RED (open)', d.totals.red],
            ['Overdue', d.totals.overdue],
            ['Changed since last board', d.totals.changed],
          ] as const
        ).map(([label, n]) => (
          <div key={label} className={own.tile} data-testid={`tile-${label}`}>
            <dt className={own.tileLabel}>{label}</dt>
            <dd className={own.tileValue}>{n}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="dash-groups">
        <Subtitle2 as={level} id="dash-groups">
          By workstream, inspection and plan
        </Subtitle2>
        <ScrollTable
          label="Counts by workstream, inspection and plan"
          columns={['Name', ...DASHBOARD_RAGS, ...lifecycles.map(([l]) => lifecycleLabel(l)), 'Overdue', 'Changed']}
        >
          {d.rows.map((r) => (
            <tr key={`${r.kind}-${r.id}`} data-testid={`dash-row-${r.kind}-${r.id}`}>
              <th scope="row" className={styles.td} style={{ minWidth: '12rem', textAlign: 'start', fontWeight: 'normal' }}>
                <Link href={`${HREF[r.kind]}/${r.id}`}>{r.title}</Link>
                <Caption1 block>{`${KIND_WORD[r.kind]} · ${r.total} item${r.total === 1 ? '' : 's'}`}</Caption1>
              </th>
              {r.byRag.map((n, i) => (
                <td key={DASHBOARD_RAGS[i]} className={styles.td} aria-label={`${n} ${DASHBOARD_RAGS[i]}`}>
                  {n}
                </td>
              ))}
              {lifecycles.map(([l, i]) => (
                <td key={l} className={styles.td}>
                  {r.byLifecycle[i] ?? 0}
                </td>
              ))}
              <td className={styles.td}>{r.overdue}</td>
              <td className={styles.td}>{r.changed}</td>
            </tr>
          ))}
        </ScrollTable>
      </section>
      <section aria-labelledby="dash-trend">
        <Subtitle2 as={level} id="dash-trend">
          RAG trend across packs
        </Subtitle2>
        <Caption1 as="p" block>
          {d.trend.length > 1 ? 'Each earlier pack (a frozen snapshot) beside the board as it stands.' : 'No earlier pack frozen yet: the trend starts with the first snapshot.'}
        </Caption1>
        <TrendChart trend={d.trend} tableId="dash-trend-table" />
        <div id="dash-trend-table">
          <ScrollTable label="RAG trend across packs" columns={['Pack', ...DASHBOARD_RAGS, 'Open', 'Closed or done', 'Total']}>
            {d.trend.map((p, i) => (
              <tr key={`${p.kind}-${p.date}-${i}`}>
                <th scope="row" className={styles.td} style={{ textAlign: 'start' }}>
                  {p.label}
                </th>
                {p.byRag.map((n, k) => (
                  <td key={DASHBOARD_RAGS[k]} className={styles.td}>
                    {n}
                  </td>
                ))}
                <td className={styles.td}>{p.open}</td>
                <td className={styles.td}>{p.closed}</td>
                <td className={styles.td}>{p.total}</td>
              </tr>
            ))}
          </ScrollTable>
        </div>
      </section>
      {d.highlightTrend.length > 0 ? (
        <section aria-labelledby="dash-highlights">
          <Subtitle2 as={level} id="dash-highlights">
            Workstream RAGs across highlight reports
          </Subtitle2>
          <ScrollTable label="Workstream RAGs across highlight reports" columns={['Workstream', 'Reports, oldest first', 'Now']}>
            {d.highlightTrend.map((w) => (
              <tr key={w.id}>
                <th scope="row" className={styles.td} style={{ textAlign: 'start' }}>
                  {w.workstream}
                </th>
                <td className={styles.td}>
                  <ol className={own.reports}>
                    {w.reports.map((r, i) => (
                      <li key={i}>
                        <span className={own.reportDate}>{r.dateText}</span>
                        <RagBadge rag={r.projectRag} kind="Project RAG" /> <RagBadge rag={r.benefitRag} kind="Benefit RAG" />
                        {r.reportedAs && r.reportedAs !== w.workstream ? <Caption1 block>{`as “${r.reportedAs}”`}</Caption1> : null}
                      </li>
                    ))}
                  </ol>
                </td>
                <td className={styles.td}>
                  <RagBadge rag={w.now.projectRag} kind="Project RAG" /> <RagBadge rag={w.now.benefitRag} kind="Benefit RAG" />
                </td>
              </tr>
            ))}
          </ScrollTable>
        </section>
      ) : null}
      <section aria-labelledby="dash-overdue">
        <Subtitle2 as={level} id="dash-overdue">
          {`Overdue by owner (${d.totals.overdue})`}
        </Subtitle2>
        {d.overdueByOwner.length === 0 ? (
          <Caption1 as="p" block>
            Nothing overdue.
          </Caption1>
        ) : (
          <ScrollTable label="Overdue by owner" columns={['Owner', 'Overdue items', 'Longest overdue']}>
            {d.overdueByOwner.map((o) => (
              <tr key={o.owner}>
                <td className={styles.td}>{o.owner}</td>
                <td className={styles.td}>{o.count}</td>
                <td className={styles.td}>{`${o.longest} days`}</td>
              </tr>
            ))}
          </ScrollTable>
        )}
      </section>
      <section aria-labelledby="dash-updates">
        <Subtitle2 as={level} id="dash-updates">
          Updates submitted
        </Subtitle2>
        {d.updates ? (
          <>
            <Caption1 as="p" block>
              {`${updated} of ${d.updates.owners.length} owners of open items have updated since ${sinceWords ?? shortDate(d.updates.since)}.`}
            </Caption1>
            <ScrollTable label="Updates submitted since the last board" columns={['Owner', 'Updated', 'Open items', 'Items updated', 'Last update']}>
              {d.updates.owners.map((o) => (
                <tr key={o.owner} data-testid="dash-update-row">
                  <td className={styles.td}>{o.owner}</td>
                  <td className={styles.td}>
                    <strong>{o.updated === 0 ? 'Not updated' : o.updated === o.items ? 'Updated' : 'Partly updated'}</strong>
                  </td>
                  <td className={styles.td}>{o.items}</td>
                  <td className={styles.td}>{o.updated}</td>
                  <td className={styles.td}>{o.lastAt ? shortDate(o.lastAt) : '—'}</td>
                </tr>
              ))}
            </ScrollTable>
          </>
        ) : (
          <Caption1 as="p" block>
            No snapshot frozen yet: updates are counted from the last board.
          </Caption1>
        )}
      </section>
    </div>
  );
}
