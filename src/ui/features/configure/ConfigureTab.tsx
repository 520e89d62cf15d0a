import { Field, Input, Link, Select, Text, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { NO_FILTER } from '../../../core/item-filter';
import { allItemsQueryIn, DEFAULT_SORT, type ItemListView } from '../../../core/item-view-query';
import type { ItemId } from '../../../core/model';
import { TAB_VIEWS, tabConfig, teamsConfigHost, type ConfigHost, type TabView } from '../../../host/tab-config';
import type { RoundBoard, RoundClient } from '../../../ports/round-client';
import { ItemFilterBar } from '../../shared/ItemFilterBar';

const useStyles = makeStyles({
  // fits a meeting's side panel (320 px) as well as the dialog
  root: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '40rem' },
  select: { width: '100%', minWidth: 0 },
  url: { overflowWrap: 'anywhere' },
  filter: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** Pasting an All items address (or its filter) sets the filter below; a bad one is named and not saved. */
function PastedAddress({ onView }: { onView: (view: ItemListView | null, bad: boolean) => void }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const change = (value: string): void => {
    setText(value);
    if (value.trim() === '') {
      setProblem(null);
      onView(null, false);
      return;
    }
    try {
      onView(allItemsQueryIn(value), false);
      setProblem(null);
    } catch (e) {
      setProblem((e as Error).message);
      onView(null, true);
    }
  };
  return (
    <Field
      label="All items address or filter"
      hint="Filter All items, copy its address and paste it here — or choose the filters below"
      validationState={problem ? 'error' : 'none'}
      validationMessage={problem ?? undefined}
    >
      <Input value={text} onChange={(_e, d) => change(d.value)} placeholder="…/#/all?due=overdue&rag=RED" />
    </Field>
  );
}

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
  const [allItems, setAllItems] = useState<ItemListView>({ filter: NO_FILTER, sort: DEFAULT_SORT });
  /** a pasted address that could not be read: nothing is saved until it is fixed or cleared */
  const [pasteBad, setPasteBad] = useState(false);
  const board = boards.find((b) => b.id === boardId) ?? boards[0] ?? null;
  const filtered = view.id === 'filtered';
  const filterBoard = boards.find((b) => b.id === allItems.filter.boardId)?.title;
  const config = tabConfig(tabUrl, view, board, allItems, filterBoard);
  const current = useRef(config);
  current.current = config;
  const valid = !(filtered && pasteBad);
  const host = useRef<ConfigHost | null>(null);

  useEffect(() => {
    // the boards this person is secretary of: the boards whose meetings they set tabs up for
    rounds?.boards().then(setBoards, () => setBoards([]));
  }, [rounds]);

  useEffect(() => {
    if (!inTeams) {
      return;
    }
    void teamsConfigHost(() => current.current).then((ready) => {
      host.current = ready;
      ready.onSave(async () => undefined);
      ready.setValid(true);
      // With showLoadingIndicator, Teams waits for this on configuration pages too.
      onReady();
    });
  }, [inTeams, onReady]);

  useEffect(() => {
    host.current?.setValid(valid);
  }, [valid]);

  return (
    <main className={styles.root}>
      <Title3 as="h1">Add Action Tracker to this conversation</Title3>
      {inTeams ? null : <Text block>This page is used by Teams when the tab is added to a channel, chat or meeting.</Text>}
      {boards.length > 0 && !filtered ? (
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
      {filtered ? (
        <div className={styles.filter}>
          <PastedAddress
            onView={(pasted, bad) => {
              setPasteBad(bad);
              if (pasted) {
                setAllItems(pasted);
              }
            }}
          />
          <ItemFilterBar
            label="Filter of the tab's All items view"
            filter={allItems.filter}
            onFilterChange={(filter) => setAllItems((v) => ({ ...v, filter }))}
            sort={allItems.sort}
            onSortChange={(sort) => setAllItems((v) => ({ ...v, sort }))}
            controls={['owner', 'due', 'rag', 'lifecycle', 'list', 'board']}
            boards={boards}
          />
        </div>
      ) : null}
      {valid ? null : <Text block>Fix or clear the address above: the tab is not saved with it as it is.</Text>}
      <Text block data-testid="tab-name">
        Tab name: {config.suggestedDisplayName}
      </Text>
      <Text block className={styles.url}>
        The tab opens on{' '}
        <Link href={config.contentUrl} data-testid="tab-view-link">
          {view.name}
          {view.perBoard && board ? ` of ${board.title}` : ''}
          {filtered ? ` (${config.suggestedDisplayName})` : ''}
        </Link>
      </Text>
    </main>
  );
}
