import { Button, Caption1, Subtitle2, Text, Title2, mergeClasses } from '@fluentui/react-components';
import type { IsoDate } from '../../../core/dates';
import type { Highlight, WorkstreamDetail } from '../../../core/workstream-view';
import { ragLabel } from '../../../core/rag';
import { daysOverdue } from '../../../core/tracked-item';
import type { ItemRoute } from '../../app/useRoute';
import { formatAsWritten, formatDue, formatOverdue } from '../../shared/format';
import { Fragment } from 'react';
import { LoadStatus } from '../../shared/LoadStatus';
import { RagBadge } from '../../shared/RagBadge';
import { ProjectBenefitRags } from '../../shared/ProjectBenefitRags';
import { ChangeBadge } from '../../shared/ChangeBadge';
import type { Loadable } from '../../shared/useLoad';
import { useScreenStyles } from '../../shared/screen.styles';
import { ScrollTable } from '../../shared/ScrollTable';
import { describeProvenance } from '../../../core/provenance';

/** A RAG the report wrote as a word that is no RAG ("TBD"), shown beside "not set". */
const writtenRag = (w: WorkstreamDetail, field: 'projectRag' | 'benefitRag'): string | null =>
  w.provenance?.find((n) => n.kind === 'asWritten' && n.field === field)?.text ?? null;

export type WorkstreamDetailProps = Readonly<{
  state: Loadable<WorkstreamDetail>;
  asOf: IsoDate;
  selected: ItemRoute | null;
  onOpenItem: (item: ItemRoute) => void;
  onBack: () => void;
}>;

function Bullets({ title, items }: { title: string; items: readonly string[] }) {
  const styles = useScreenStyles();
  if (items.length === 0) {
    return null;
  }
  return (
    <section aria-label={title}>
      <Subtitle2 as="h2">{title}</Subtitle2>
      <ul className={styles.list}>
        {items.map((t, i) => (
          <li key={i}>{t}</li>
        ))}
      </ul>
    </section>
  );
}

/** Everything the report held, on demand: the timeline stays short, and nothing it said is lost. */
function ReportContents({ highlight: h }: { highlight: Highlight }) {
  const styles = useScreenStyles();
  const parts: Array<[string, readonly string[]]> = [
    ['Progress since last update', h.progress],
    ['Key next steps', h.nextSteps],
    ['Recommendations to the board', h.recommendationsToBoard ? [h.recommendationsToBoard] : []],
    ['Decisions required by the board', h.decisionsRequired ? [h.decisionsRequired] : []],
    ['KPIs', h.kpis],
  ];
  const shown = parts.filter(([, items]) => items.length > 0);
  if (shown.length === 0) {
    return null;
  }
  return (
    <details data-testid="report-contents">
      <summary>The report</summary>
      <dl className={styles.facts}>
        {shown.map(([title, items]) => (
          <Fragment key={title}>
            <dt className={styles.muted}>{title}</dt>
            <dd className={styles.dd}>
              {items.length === 1 ? (
                <Text block>{items[0]}</Text>
              ) : (
                <ul className={styles.list}>
                  {items.map((t, i) => (
                    <li key={i}>{t}</li>
                  ))}
                </ul>
              )}
            </dd>
          </Fragment>
        ))}
      </dl>
    </details>
  );
}

function moved(label: string, from: Highlight['projectRag'], to: Highlight['projectRag']): string | null {
  return from === to ? null : `${label}: ${ragLabel(from)} → ${ragLabel(to)}`;
}

/** One workstream as its highlight report shows it, with the reports as a dated timeline. */
export function WorkstreamDetailView({ state, asOf, selected, onOpenItem, onBack }: WorkstreamDetailProps) {
  const styles = useScreenStyles();
  const w = state.data;
  if (!w) {
    return <LoadStatus state={state} what="the workstream" />;
  }
  return (
    <section className={styles.root} aria-labelledby="workstream-heading">
      <Button appearance="subtle" onClick={onBack} style={{ alignSelf: 'start' }}>
        All workstreams
      </Button>
      <Title2 as="h1" id="workstream-heading">
        {w.title}
      </Title2>
      <dl className={styles.facts}>
        <dt className={styles.muted}>Owner</dt>
        <dd className={styles.dd}>
          {w.owner?.displayName ?? '—'}
          {w.ownerText ? ` (as written: ${w.ownerText})` : ''}
        </dd>
        <dt className={styles.muted}>Project RAG</dt>
        <dd className={styles.dd}>
          <RagBadge rag={w.projectRag} kind="Project RAG" /> <ChangeBadge list="workstreams" id={w.id} />
        </dd>
        <dt className={styles.muted}>Benefit RAG</dt>
        <dd className={styles.dd}>
          <RagBadge rag={w.benefitRag} kind="Benefit RAG" />
          {writtenRag(w, 'benefitRag') ? ` written “${writtenRag(w, 'benefitRag')}”` : null}
        </dd>
        <dt className={styles.muted}>Programme</dt>
        <dd className={styles.dd}>{[w.programme, w.board].filter(Boolean).join(' · ') || '—'}</dd>
      </dl>
      <Button size="small" style={{ alignSelf: 'start' }} onClick={() => onOpenItem({ list: 'workstreams', id: w.id })}>
        Write a highlight report
      </Button>
      {w.unreadable?.length ? (
        <Text block role="note" data-testid="unreadable">
          ⚑ Some of what is stored could not be read and is not shown: {w.unreadable.join('; ')}. A board secretary can correct it in the list.
        </Text>
      ) : null}
      <Bullets title="Objectives" items={w.objectives} />
      {w.provenance?.length ? <Bullets title="As the reports wrote it" items={describeProvenance(w.provenance)} /> : null}
      <section aria-label="Priority deliverables">
        <Subtitle2 as="h2">Priority deliverables ({w.deliverableItems.length})</Subtitle2>
        <ScrollTable label="Deliverables" columns={['Deliverable', 'Due', 'Status', <span className={styles.muted}>Action</span>]}>
              {w.deliverableItems.map((d) => {
                const overdue = daysOverdue(d, asOf);
                return (
                  <tr key={d.id} aria-current={selected?.list === 'actions' && selected.id === d.id ? 'true' : undefined}>
                    <td className={styles.td}>
                      <Caption1 className={styles.muted}>{d.label}</Caption1>
                      <Text block>{d.title}</Text>
                    </td>
                    <td className={mergeClasses(styles.td, styles.due)}>
                      {formatDue(d.due)}
                      {overdue > 0 ? <div>{formatOverdue(overdue)}</div> : null}
                    </td>
                    <td className={styles.td}>
                      <RagBadge rag={d.rag} /> <ChangeBadge list={d.list} id={d.id} />
                      {d.lifecycle !== 'open' ? <div>{d.lifecycle}</div> : null}
                    </td>
                    <td className={styles.td}>
                      <Button size="small" onClick={() => onOpenItem({ list: 'actions', id: d.id })} aria-label={`Update ${d.label}`}>
                        Update
                      </Button>
                    </td>
                  </tr>
                );
              })}
        </ScrollTable>
      </section>
      <Bullets title="KPIs" items={w.kpis} />
      <Bullets title="Progress since last update" items={w.progress} />
      <Bullets title="Key next steps" items={w.nextSteps} />
      {w.recommendationsToBoard ? (
        <section aria-label="Recommendations to the board">
          <Subtitle2 as="h2">Recommendations to the board</Subtitle2>
          <Text block>{w.recommendationsToBoard}</Text>
        </section>
      ) : null}
      {w.decisionsRequired ? (
        <section aria-label="Decisions required">
          <Subtitle2 as="h2">Decisions required</Subtitle2>
          <Text block>{w.decisionsRequired}</Text>
        </section>
      ) : null}
      <section aria-labelledby="timeline-heading">
        <Subtitle2 as="h2" id="timeline-heading">
          Highlight reports ({w.highlights.length})
        </Subtitle2>
        <ol className={styles.list} data-testid="timeline">
          {w.highlights.map((h, i) => {
            const before = w.highlights[i - 1];
            const moves = before ? [moved('Project RAG', before.projectRag, h.projectRag), moved('Benefit RAG', before.benefitRag, h.benefitRag)].filter(Boolean) : [];
            return (
              <li key={h.id}>
                <Text weight="semibold">{formatAsWritten(h.reportDateText, h.reportDate) ?? 'Undated report'}</Text>
                {h.reportedAs && h.reportedAs !== w.title ? <Text> — reported as “{h.reportedAs}”</Text> : null}
                <div className={styles.counts}>
                  <ProjectBenefitRags project={h.projectRag} benefit={h.benefitRag} />
                </div>
                {moves.length > 0 ? <Text block>{moves.join('; ')}</Text> : null}
                <Text block className={styles.muted}>
                  {h.progress.length} progress point{h.progress.length === 1 ? '' : 's'}, {h.nextSteps.length} next step{h.nextSteps.length === 1 ? '' : 's'}
                  {h.ownerRole ? ` · ${h.ownerRole}` : ''}
                </Text>
                <ReportContents highlight={h} />
              </li>
            );
          })}
        </ol>
      </section>
    </section>
  );
}
