/**
 * Board pack (for secretaries): choose a board and meeting, read what changed since the last
 * board, the exceptions, the highlight reports, each inspection and each action plan, download the pack as PowerPoint, Word or Excel (built here, with
 * its progress said), print it, and freeze a snapshot for next time. Loaded only when shown.
 */
import { Body1, Button, Caption1, Field, MessageBar, MessageBarBody, Select, Spinner, Title2, Title3 } from '@fluentui/react-components';
import { describeChange, describeUpdate } from '../../../core/board-changes';
import { decisionsLine, decisionsTable, SECTION } from '../../../export/pack/pack-text';
import { longDate } from '../../../core/board-pack';
import type { IsoDate } from '../../../core/dates';
import type { PackClient } from '../../../ports/pack-client';
import { RagBadge } from '../../shared/RagBadge';
import { UkDatePicker } from '../../shared/UkDatePicker';
import { RagChart } from './RagChart';
import { HighlightSections } from './HighlightSections';
import { InspectionSections } from './InspectionSections';
import { PlanSections } from './PlanSections';
import { DashboardView } from '../dashboard/DashboardView';
import { ScrollTable } from '../../shared/ScrollTable';
import { useScreenStyles } from '../../shared/screen.styles';
import { useDashboardStyles } from '../dashboard/Dashboard.styles';
import { PRINT_CSS } from './BoardPackScreen.styles';
import { FORMAT_NAMES, useBoardPack, type PackFileFormat } from './useBoardPack';

export type BoardPackScreenProps = Readonly<{ client: PackClient; asOf: IsoDate }>;

export function BoardPackScreen({ client, asOf }: BoardPackScreenProps) {
  const s = useBoardPack(client, asOf, true);
  const styles = useScreenStyles();
  const own = useDashboardStyles();
  const pack = s.pack;
  const changes = pack?.changes?.changes ?? [];
  const submitted = pack?.changes?.updates ?? [];
  return (
    <section aria-labelledby="pack-title" className={styles.root}>
      <style media="print">{PRINT_CSS}</style>
      <Title2 as="h1" id="pack-title">
        Board pack
      </Title2>
      <div data-print="hide" style={{ display: 'flex', gap: 8, alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <Field label="Board" className={own.boardField}>
          <Select value={s.board} onChange={(_e, d) => s.setBoard(d.value)} select={{ className: own.boardSelect }}>
            {s.boards.map((b) => (
              <option key={b} value={b}>
                {b}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Meeting date" hint="Leave empty for a pack as of today">
          <UkDatePicker value={s.meeting ? (s.meeting as IsoDate) : null} onChange={(d) => s.setMeeting(d ?? '')} calendarLabel="Choose the meeting date from a calendar" />
        </Field>
      </div>
      <div role="status" aria-live="polite">
        {s.status === 'loading' ? <Spinner size="tiny" label="Gathering the pack…" /> : null}
        {s.message ? (
          <MessageBar intent={s.message.startsWith('Not frozen') || s.message.includes('could not') ? 'warning' : 'info'}>
            <MessageBarBody>{s.message}</MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
      {s.status === 'error' ? (
        <MessageBar intent="error">
          <MessageBarBody>{s.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {pack ? (
        <>
          <Body1 as="p" block>
            <strong>{pack.cover.subtitle}.</strong> {pack.cover.lines.join('. ')}.
          </Body1>
          <div data-print="hide" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }} role="group" aria-label="Download or print the pack">
            {(['pptx', 'docx', 'xlsx'] as PackFileFormat[]).map((f) => (
              <Button key={f} appearance={f === 'pptx' ? 'primary' : 'secondary'} disabledFocusable={s.busy} onClick={() => s.build(f)}>
                {`Download ${FORMAT_NAMES[f]}`}
              </Button>
            ))}
            <Button disabledFocusable={s.busy} onClick={() => window.print()}>
              Print
            </Button>
            <Button disabledFocusable={s.busy} onClick={s.freeze}>
              Freeze snapshot
            </Button>
          </div>
          <Title3 as="h2" id="dashboard-heading">
            Dashboard
          </Title3>
          <DashboardView dashboard={pack.dashboard} sinceWords={null} level="h3" />
          <Title3 as="h2" id="changes-title" data-print="section">
            {`Changed since last board (${changes.length})`}
          </Title3>
          <Caption1 as="p" block>
            {pack.changes?.since
              ? `Since ${pack.changes.since.meeting ? `the meeting of ${longDate(pack.changes.since.meeting)}` : `the snapshot of ${longDate(pack.changes.since.takenAt.slice(0, 10) as IsoDate)}`}.`
              : 'No snapshot frozen yet: freeze one after the meeting to see what changes by the next.'}
          </Caption1>
          {changes.length > 0 ? (
            <ScrollTable label="Changed since last board" columns={['Item', 'Title', 'Change']}>
              {changes.map((c) => (
                <tr key={`${c.list}-${c.id}-${c.change}-${c.ref}`} data-testid="pack-change">
                  <td className={styles.td} style={{ minWidth: '10rem' }}>
                    {c.ref}
                  </td>
                  <td className={styles.td}>{c.title}</td>
                  <td className={styles.td}>
                    <strong>{describeChange(c)}</strong>
                  </td>
                </tr>
              ))}
            </ScrollTable>
          ) : null}
          {pack.changes?.since ? (
            <>
              <Title3 as="h3" id="updates-submitted-title">{`Updates submitted since last board (${submitted.length})`}</Title3>
              {submitted.length > 0 ? (
                <ScrollTable label="Updates submitted since last board" columns={['Item', 'Title', 'Update', 'Date']}>
                  {submitted.map((u) => (
                    <tr key={`${u.list}-${u.id}-${u.at}`} data-testid="pack-update">
                      <td className={styles.td} style={{ minWidth: '10rem' }}>
                        {u.ref}
                      </td>
                      <td className={styles.td}>{u.title}</td>
                      <td className={styles.td}>{describeUpdate(u)}</td>
                      <td className={styles.td}>{longDate(u.at.slice(0, 10) as IsoDate)}</td>
                    </tr>
                  ))}
                </ScrollTable>
              ) : null}
            </>
          ) : null}
          <Title3 as="h2" data-print="section">{`Decisions made (${pack.decisions.length})`}</Title3>
          <Caption1 as="p" block>
            {decisionsLine(pack)}
          </Caption1>
          {pack.decisions.length > 0 ? (
            <ScrollTable label="Decisions made" columns={['Item', 'Decision', 'Date', 'Recorded by']}>
              {decisionsTable(pack).rows.map((row, i) => (
                <tr key={i} data-testid="pack-decision">
                  {row.map((cell, j) => (
                    <td key={j} className={styles.td}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </ScrollTable>
          ) : null}
          <Title3 as="h2" data-print="section">{`Exceptions: RED and overdue (${pack.exceptions.length})`}</Title3>
          {pack.exceptions.length > 0 ? (
            <ScrollTable label="Exceptions" columns={['Item', 'Title', 'Owner', 'RAG', 'Due', 'Overdue', 'Rationale']}>
              {pack.exceptions.map((e) => (
                <tr key={`${e.list}-${e.id}`}>
                  <td className={styles.td} style={{ minWidth: '10rem' }}>
                    {e.ref}
                  </td>
                  <td className={styles.td}>{e.title}</td>
                  <td className={styles.td}>{e.owner}</td>
                  <td className={styles.td}>
                    <RagBadge rag={e.rag} />
                  </td>
                  <td className={styles.td}>{e.dueText ?? 'No due date'}</td>
                  <td className={styles.td}>{e.daysOverdue > 0 ? `${e.daysOverdue} days` : '—'}</td>
                  <td className={styles.td}>{e.rationale}</td>
                </tr>
              ))}
            </ScrollTable>
          ) : null}
          <Title3 as="h2" data-print="section">RAG summary</Title3>
          <RagChart summary={pack.summary} tableId="rag-summary-table" />
          <div id="rag-summary-table">
          <ScrollTable label="RAG summary by lifecycle" columns={['Lifecycle', ...pack.summary.byRag.map((r) => r.rag), 'Total']}>
            {pack.summary.matrix.map((m) => (
              <tr key={m.lifecycle}>
                <th scope="row" className={styles.td}>
                  {m.label}
                </th>
                {m.counts.map((n, i) => (
                  <td key={i} className={styles.td}>
                    {n}
                  </td>
                ))}
                <td className={styles.td}>{m.counts.reduce((a, b) => a + b, 0)}</td>
              </tr>
            ))}
          </ScrollTable>
          </div>
          {pack.highlights.length > 0 ? (
            <>
              <Title3 as="h2" data-print="section">{`Highlight reports (${pack.highlights.length})`}</Title3>
              <HighlightSections highlights={pack.highlights} />
            </>
          ) : null}
          {pack.inspections.length > 0 ? (
            <>
              <Title3 as="h2" data-print="section">{`Inspections (${pack.inspections.length})`}</Title3>
              <InspectionSections inspections={pack.inspections} />
            </>
          ) : null}
          {pack.plans.length > 0 ? (
            <>
              <Title3 as="h2" data-print="section">{`${SECTION.plans} (${pack.plans.length})`}</Title3>
              <PlanSections plans={pack.plans} />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
