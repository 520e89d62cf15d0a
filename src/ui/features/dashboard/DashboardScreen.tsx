/**
 * The board dashboard screen: choose a board; read its counts per workstream, inspection and
 * plan, its RAG trend across earlier packs, overdue by owner and who has updated since the
 * last board. The same model is the first page of every pack. Loaded only when shown.
 */
import { Caption1, Field, Link, MessageBar, MessageBarBody, Select, Spinner, Title2 } from '@fluentui/react-components';
import { longDate } from '../../../core/board-pack';
import type { IsoDate } from '../../../core/dates';
import type { PackClient } from '../../../ports/pack-client';
import { useScreenStyles } from '../../shared/screen.styles';
import { useDashboardStyles } from './Dashboard.styles';
import { useBoardPack } from '../board-pack/useBoardPack';
import { DashboardView } from './DashboardView';

export type DashboardScreenProps = Readonly<{ client: PackClient; asOf: IsoDate }>;

export function DashboardScreen({ client, asOf }: DashboardScreenProps) {
  const s = useBoardPack(client, asOf, true);
  const styles = useScreenStyles();
  const own = useDashboardStyles();
  const since = s.pack?.changes?.since;
  const sinceWords = since ? (since.meeting ? `the board of ${longDate(since.meeting)}` : `the snapshot of ${longDate(since.takenAt.slice(0, 10) as IsoDate)}`) : null;
  return (
    <section aria-labelledby="dashboard-title" className={styles.root}>
      <Title2 as="h1" id="dashboard-title">
        Dashboard
      </Title2>
      <Field label="Board" className={own.boardField}>
        <Select value={s.board} onChange={(_e, d) => s.setBoard(d.value)} select={{ className: own.boardSelect }}>
          {s.boards.map((b) => (
            <option key={b} value={b}>
              {b}
            </option>
          ))}
        </Select>
      </Field>
      <div role="status" aria-live="polite">
        {s.status === 'loading' ? <Spinner size="tiny" label="Counting the board’s items…" /> : null}
      </div>
      {s.status === 'error' ? (
        <MessageBar intent="error">
          <MessageBarBody>{s.error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {s.pack ? (
        <>
          <Caption1 as="p" block>
            {`${s.pack.board}, as of ${longDate(s.pack.asOf)}${sinceWords ? `; changes are counted since ${sinceWords}` : ''}. `}
            <Link href="#/packs">Build or print the board pack</Link>
          </Caption1>
          <DashboardView dashboard={s.pack.dashboard} sinceWords={sinceWords} />
        </>
      ) : null}
    </section>
  );
}
