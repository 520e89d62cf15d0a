import { Caption1, Field, Select, Tab, TabList, Text } from '@fluentui/react-components';
import { ScreenBoundary } from '../shared/ScreenBoundary';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isIsoDate, type IsoDate } from '../../core/dates';
import type { HostInfo, ThemeName } from '../../host/host-context';
import type { Person } from '../../ports/directory';
import type { TrackerClient } from '../../ports/tracker-client';
import { EditorDrawer } from '../features/item-editor/EditorDrawer';
import { EDITOR_PANELS } from '../features/item-editor/editor-panels';
import { ItemEditor } from '../features/item-editor/ItemEditor';
import { useItemEditor } from '../features/item-editor/useItemEditor';
import { WorkstreamUpdate } from '../features/workstream-update/WorkstreamUpdate';
import { InspectionDetailView } from '../features/inspections/InspectionDetailView';
import { InspectionList } from '../features/inspections/InspectionList';
import { useInspectionDetail, useInspectionList } from '../features/inspections/useInspections';
import { useWorkstreamDetail, useWorkstreamList } from '../features/workstreams/useWorkstreams';
import { WorkstreamDetailView } from '../features/workstreams/WorkstreamDetailView';
import { WorkstreamList } from '../features/workstreams/WorkstreamList';
import { PlanDetailView } from '../features/plans/PlanDetailView';
import { PlanList } from '../features/plans/PlanList';
import { usePlanDetail, usePlanList } from '../features/plans/usePlans';
import { UnassignedScreen } from '../features/unassigned/UnassignedScreen';
import { useUnassigned } from '../features/unassigned/useUnassigned';
import { ImportScreen } from '../features/import/ImportScreen';
import { useImport } from '../features/import/useImport';
import { TemplatesScreen } from '../features/templates/TemplatesScreen';
import { useTemplates } from '../features/templates/useTemplates';
import { AllItemsScreen } from '../features/all-items/AllItemsScreen';
import { useAllItems } from '../features/all-items/useAllItems';
import { MyItems } from '../features/my-items/MyItems';
import { useMyItems } from '../features/my-items/useMyItems';
import { formatDay } from '../shared/format';
import { UkDatePicker } from '../shared/UkDatePicker';
import { BoardOverviewScreen } from '../features/home/BoardOverviewScreen';
import { useBoardOverview } from '../features/home/useBoardOverview';
import { OutboxScreen } from '../features/outbox/OutboxScreen';
import { useOutbox } from '../features/outbox/useOutbox';
import type { PackClient } from '../../ports/pack-client';
import { BoardPackLazy } from '../features/board-pack/BoardPackLazy';
import type { ReminderClient } from '../../ports/reminder-client';
import { useAppShellStyles } from './AppShell.styles';
import { THEME_LABELS } from './themes';
import { useRoute, type AppRoute, type ItemRoute } from './useRoute';

export type AppShellProps = Readonly<{
  client: TrackerClient;
  host: HostInfo;
  today: IsoDate;
  user: string;
  onUserChange: (id: string) => void;
  theme: ThemeName;
  onThemeChange: (theme: ThemeName) => void;
  onFirstData: () => void;
  /** local mode: pick who you are from the local directory */
  canSwitchUser: boolean;
  /** shown in the header: "Local mode" or the signed-in person */
  modeLabel: string;
  /** local mode's Outbox (reminder cards); absent in Microsoft 365, where cards arrive in Teams */
  reminders?: ReminderClient;
  /** board packs (local mode: the server's; a screen for secretaries) */
  packs?: PackClient;
}>;

function EditorPanel(props: { client: TrackerClient; route: ItemRoute; user: string; me: Person | null; today: IsoDate; onSaved: () => void; onClose: () => void }) {
  const { client, route, user, me, today, onSaved, onClose } = props;
  const state = useItemEditor(client, route, user, onSaved);
  const search = useCallback((text: string) => client.people(text), [client]);
  const item = state.item;
  // The server says whether this person's save can succeed: a form that cannot be saved is worse than none.
  const canUpdate = item !== null && state.access.canUpdate;
  const extra =
    canUpdate && me && item
      ? EDITOR_PANELS.map(({ key, Panel }) => <Panel key={key} item={item} client={client} me={me} onSaved={onSaved} />)
      : null;
  // A workstream is updated by its highlight report, as the board receives it.
  const form =
    canUpdate && item && item.list === 'workstreams' ? (
      <WorkstreamUpdate
        client={client}
        id={item.id}
        label={item.title}
        user={user}
        today={today}
        onSaved={() => {
          void state.reload();
          onSaved();
        }}
      />
    ) : undefined;
  return (
    <EditorDrawer onClose={onClose} labelledBy="editor-heading">
      <ItemEditor key={`${route.list}-${route.id}`} state={state} searchPeople={search} onClose={onClose} canUpdate={canUpdate} extra={extra} form={form} />
    </EditorDrawer>
  );
}

const NO_REMINDERS: ReminderClient = {
  outbox: async () => [],
  cardAction: () => Promise.reject(new Error('reminders are not available here')),
  nudgeBoards: async () => [],
  sendNudges: () => Promise.reject(new Error('reminders are not available here')),
};

/** The tab: header (who, as of when, theme), My items, and the item being updated. */
export function AppShell({ client, host, today, user, onUserChange, theme, onThemeChange, onFirstData, canSwitchUser, modeLabel, reminders, packs }: AppShellProps) {
  const styles = useAppShellStyles();
  const [asOf, setAsOf] = useState<IsoDate>(today);
  const [route, { navigate, replaceQuery }] = useRoute(host.subPageId);
  const [refreshKey, setRefreshKey] = useState(0);
  const [people, setPeople] = useState<readonly Person[]>([]);
  const items = useMyItems(client, asOf, user, refreshKey);
  const allItems = useAllItems(client, asOf, user, refreshKey, route.screen === 'all', route.screen === 'all' ? (route.query ?? '') : '', replaceQuery);
  const reports = useInspectionList(client, refreshKey, route.screen === 'inspections' && route.detailId === null);
  const report = useInspectionDetail(client, route.screen === 'inspections' ? route.detailId : null, refreshKey);
  const streams = useWorkstreamList(client, refreshKey, route.screen === 'workstreams' && route.detailId === null);
  const stream = useWorkstreamDetail(client, route.screen === 'workstreams' ? route.detailId : null, refreshKey);
  const plans = usePlanList(client, refreshKey, route.screen === 'plans' && route.detailId === null);
  const plan = usePlanDetail(client, route.screen === 'plans' ? route.detailId : null, refreshKey);
  const refresh = useCallback(() => setRefreshKey((k) => k + 1), []);
  const unassigned = useUnassigned(client, asOf, refreshKey, route.screen === 'unassigned', refresh);
  const searchPeople = useCallback((text: string) => client.people(text), [client]);
  const importer = useImport(client, refresh);
  const outbox = useOutbox(reminders ?? NO_REMINDERS, user, asOf, route.screen === 'outbox' && reminders !== undefined);
  const templates = useTemplates(client, route.screen === 'templates', refreshKey, refresh);
  const [me, setMe] = useState<Person | null>(null);
  const overview = useBoardOverview(client, packs, route.screen === 'overview' ? me : null, asOf, refreshKey);
  /** what had focus when an item was opened: focus goes back there when the editor closes */
  const opener = useRef<HTMLElement | null>(null);
  const returnTo = useRef<ItemRoute | null>(null);

  useEffect(() => {
    let cancelled = false;
    setMe(null);
    client.me().then(
      (p) => !cancelled && setMe(p),
      () => !cancelled && setMe(null)
    );
    return () => {
      cancelled = true;
    };
  }, [client, user]);

  useEffect(() => {
    if (canSwitchUser) {
      // everyone in the local directory, so any of them can be chosen
      client.people('', 100).then(setPeople, () => setPeople([]));
    }
  }, [client, canSwitchUser]);

  useEffect(() => {
    // Teams spins until told: the shell showing data, or showing why it has none (with Try
    // again), is the tab having loaded.
    if (items.status === 'ready' || items.status === 'error') {
      onFirstData();
    }
  }, [items.status, onFirstData]);

  const onSaved = useCallback(() => setRefreshKey((k) => k + 1), []);
  const close = useCallback(() => {
    returnTo.current = route.item;
    navigate({ ...route, item: null });
  }, [navigate, route]);
  const openItem = (item: ItemRoute): void => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    navigate({ ...route, item });
  };

  // Back to the row the item was opened from (or, after a reload or a deep link, to its row if shown).
  useEffect(() => {
    const back = returnTo.current;
    if (route.item || !back) {
      return;
    }
    returnTo.current = null;
    const target =
      (opener.current?.isConnected ? opener.current : null) ??
      document.querySelector<HTMLElement>(`[data-testid$="-${back.list}-${back.id}"]`) ??
      document.getElementById('main');
    opener.current = null;
    // after the drawer's own focus handling has finished
    requestAnimationFrame(() => target?.focus());
  }, [route.item]);
  const go = (next: AppRoute): void => navigate(next);

  // A home that fits the person: an owner lands on My items; a secretary, lead or member, who
  // may own nothing, on the board overview. Only on landing (the bare address), never after a choice.
  const landed = useRef<string | null>(null);
  useEffect(() => {
    if (!me || landed.current === me.id) {
      return;
    }
    landed.current = me.id;
    const bare = ['', '#', '#/'].includes(window.location.hash) && !host.subPageId;
    if (bare && me.role !== 'owner') {
      navigate({ screen: 'overview', detailId: null, item: null });
    }
  }, [me, host.subPageId, navigate]);

  return (
    <div className={styles.root}>
      <a
        href="#main"
        className={styles.skip}
        onClick={(e) => {
          // The hash is the item route: move focus without touching it.
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <header className={styles.header}>
        <div className={styles.brand}>
          <Text weight="semibold" size={500}>
            Action Tracker
          </Text>
          <Caption1>
            {host.inTeams ? `In ${host.hostName} · ` : ''}
            {modeLabel} · overdue as of {formatDay(asOf)}
          </Caption1>
        </div>
        {/* It moves the day that due dates are counted against (overdue, due soon), not the data:
            items, RAGs and owners are as they are now; their history is in each item. */}
        <Field label="Overdue as of" className={styles.control}>
          <UkDatePicker
            calendarLabel="Choose the day from a calendar"
            value={asOf}
            onChange={(d) => {
              if (d && isIsoDate(d)) {
                setAsOf(d);
              }
            }}
          />
        </Field>
        {canSwitchUser ? (
          <Field label="Signed in as" className={styles.control}>
            <Select className={styles.select} value={user} onChange={(_e, d) => onUserChange(d.value)}>
              {people.length === 0 ? <option value={user}>{user}</option> : null}
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.displayName}
                  {p.jobTitle ? ` — ${p.jobTitle}` : ''}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {!host.inTeams ? (
          <Field label="Theme" className={styles.control}>
            <Select className={styles.select} value={theme} onChange={(_e, d) => onThemeChange(d.value as ThemeName)}>
              {(Object.keys(THEME_LABELS) as ThemeName[]).map((t) => (
                <option key={t} value={t}>
                  {THEME_LABELS[t]}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
      </header>
      <nav aria-label="Screens" className={styles.nav}>
        <TabList
          selectedValue={route.screen}
          onTabSelect={(_e, d) => go({ screen: d.value as AppRoute['screen'], detailId: null, item: null })}
        >
          {me && me.role !== 'owner' ? <Tab value="overview">Board overview</Tab> : null}
          <Tab value="my-items">My items</Tab>
          <Tab value="all">All items</Tab>
          <Tab value="workstreams">Workstreams</Tab>
          <Tab value="plans">Action plans</Tab>
          <Tab value="templates">Templates</Tab>
          <Tab value="unassigned">Unassigned</Tab>
          <Tab value="import">Import</Tab>
          <Tab value="inspections">Inspections</Tab>
          {reminders ? <Tab value="outbox">Outbox</Tab> : null}
          {packs ? <Tab value="packs">Board pack</Tab> : null}
        </TabList>
      </nav>
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className={styles.panel}>
          <ScreenBoundary what="This screen" resetKey={`${user}-${route.screen}-${route.detailId ?? ''}-${refreshKey}`}>
          {route.screen === 'overview' ? (
            <BoardOverviewScreen state={overview} me={me} asOf={asOf} onOpen={openItem} />
          ) : route.screen === 'my-items' ? (
            <MyItems state={items} asOf={asOf} selected={route.item} onOpen={openItem} />
          ) : route.screen === 'all' ? (
            <AllItemsScreen state={allItems} asOf={asOf} selected={route.item} onOpen={openItem} />
          ) : route.screen === 'templates' ? (
            <TemplatesScreen state={templates} searchPeople={searchPeople} />
          ) : route.screen === 'packs' && packs ? (
            <BoardPackLazy client={packs} asOf={asOf} />
          ) : route.screen === 'outbox' ? (
            <OutboxScreen state={outbox} theme={theme} />
          ) : route.screen === 'import' ? (
            <ImportScreen state={importer} />
          ) : route.screen === 'unassigned' ? (
            <UnassignedScreen state={unassigned} asOf={asOf} searchPeople={searchPeople} canAssign={me?.role === 'secretary' || me?.role === 'lead'} />
          ) : route.screen === 'plans' ? (
            route.detailId === null ? (
              <PlanList state={plans} onOpen={(id) => go({ screen: 'plans', detailId: id, item: null })} />
            ) : (
              <PlanDetailView state={plan} asOf={asOf} me={user} selected={route.item} onOpenItem={openItem} onBack={() => go({ screen: 'plans', detailId: null, item: null })} />
            )
          ) : route.screen === 'workstreams' ? (
            route.detailId === null ? (
              <WorkstreamList state={streams} onOpen={(id) => go({ screen: 'workstreams', detailId: id, item: null })} />
            ) : (
              <WorkstreamDetailView
                state={stream}
                asOf={asOf}
                selected={route.item}
                onOpenItem={openItem}
                onBack={() => go({ screen: 'workstreams', detailId: null, item: null })}
              />
            )
          ) : route.detailId === null ? (
            <InspectionList state={reports} onOpen={(id) => go({ screen: 'inspections', detailId: id, item: null })} />
          ) : (
            <InspectionDetailView
              state={report}
              asOf={asOf}
              selected={route.item?.id ?? null}
              onOpenItem={(id) => openItem({ list: 'recommendations', id })}
              onBack={() => go({ screen: 'inspections', detailId: null, item: null })}
            />
          )}
          </ScreenBoundary>
        </div>
        {route.item ? (
          <ScreenBoundary what="This item" resetKey={`${user}-${route.item.list}-${route.item.id}`}>
            <EditorPanel key={`${user}-${route.item.list}-${route.item.id}`} client={client} route={route.item} user={user} me={me} today={today} onSaved={onSaved} onClose={close} />
          </ScreenBoundary>
        ) : null}
      </main>
    </div>
  );
}
