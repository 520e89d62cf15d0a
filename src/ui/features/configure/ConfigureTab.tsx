import { Field, Link, Select, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ItemId } from '../../../core/model';
import { TAB_VIEWS, tabConfig, teamsConfigHost, type TabView } from '../../../host/tab-config';
import type { RoundBoard, RoundClient } from '../../../ports/round-client';

const useStyles = makeStyles({
  // fits a meeting's side panel (320 px) as well as the dialog
  root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  select: { width: '100%', minWidth: 0 },
  url: { overflowWrap: 'anywhere' },
});

/**
 * Shown in Teams' "add a tab" dialog: a secretary chooses a board and a saved view for this
 * channel, chat or meeting tab; Save records it with pages.config.setConfig, and the tab opens on
 * it. Outside Teams there is nothing to save: the page shows the view's address instead.
 */
export function ConfigureTab({ inTeams, tabUrl, onReady, rounds }: { inTeams: boolean; tabUrl: string; onReady: () => void; rounds?: RoundClient }) {
  const styles = useStyles();
  const [view, setView] = useState<TabView>(TAB_VIEWS[0] as TabView);
  const [boards, setBoards] = useState<readonly RoundBoard[]>([]);
  const [boardId, setBoardId] = useState<ItemId | null>(null);
  const board = boards.find((b) => b.id === boardId) ?? boards[0] ?? null;
  const config = tabConfig(tabUrl, view, board);
  const current = useRef(config);
  current.current = config;

  useEffect(() => {
    // the boards this person is secretary of: the boards whose meetings they set tabs up for
    rounds?.boards().then(setBoards, () => setBoards([]));
  }, [rounds]);

  useEffect(() => {
    if (!inTeams) {
      return;
    }
    void teamsConfigHost(() => current.current).then((host) => {
      host.onSave(async () => undefined);
      host.setValid(true);
      // With showLoadingIndicator, Teams waits for this on configuration pages too.
      onReady();
    });
  }, [inTeams, onReady]);

  return (
    <main className={styles.root}>
      <Title3 as="h1">Add Action Tracker to this conversation</Title3>
      {inTeams ? null : <Text block>This page is used by Teams when the tab is added to a channel, chat or meeting.</Text>}
      {boards.length > 0 ? (
        <Field label="Board">
          <Select className={styles.select} value={board ? String(board.id) : ''} onChange={(_e, d) => setBoardId(Number(d.value) as ItemId)}>
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <Field label="Show">
        <Select className={styles.select} value={view.id} onChange={(_e, d) => setView(TAB_VIEWS.find((v) => v.id === d.value) ?? view)}>
          {TAB_VIEWS.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </Select>
      </Field>
      <Text block data-testid="tab-name">
        Tab name: {config.suggestedDisplayName}
      </Text>
      <Text block className={styles.url}>
        The tab opens on{' '}
        <Link href={config.contentUrl} data-testid="tab-view-link">
          {view.name}
          {view.perBoard && board ? ` of ${board.title}` : ''}
        </Link>
      </Text>
    </main>
  );
}
