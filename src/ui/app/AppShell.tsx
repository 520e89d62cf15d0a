import { Button, Caption1, Field, Select, Text } from '@fluentui/react-components';
import { SettingsRegular } from '@fluentui/react-icons';
import { ScreenBoundary } from '../shared/ScreenBoundary';
import { useCallback, useEffect, useRef, useState } from 'react';
import { isIsoDate, type IsoDate } from '../../core/dates';
import { inSidePanel, type HostInfo, type ThemeName } from '../../host/host-context';
import type { Person } from '../../ports/directory';
import type { TrackerClient } from '../../ports/tracker-client';
import { MyItems } from '../features/my-items/MyItems';
import { useMyItems } from '../features/my-items/useMyItems';
import { formatDay } from '../shared/format';
import { DeferredUkDatePicker } from '../shared/DeferredUkDatePicker';
import type { PackClient } from '../../ports/pack-client';
import { ScreenSuspense } from '../shared/lazy-screen';
import { SIDE_PANEL_WIDTH, useMedia, useNarrow } from '../shared/item-table/useNarrow';
import { EditorRoute, LAZY_SCREENS } from './routes/screens';
import { ChangesContext } from '../shared/ChangeBadge';
import { useBoardChanges } from '../shared/useBoardChanges';
import type { ReminderClient } from '../../ports/reminder-client';
import type { ClosureClient } from '../../ports/closure-client';
import type { RoundClient } from '../../ports/round-client';
import { ClosureClientContext } from '../features/closure/closure-context';
import { useAppShellStyles } from './AppShell.styles';
import { NavTabs } from './NavTabs';
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
  /** local mode's Outbox (reminder cards); in Microsoft 365, where cards arrive in Teams, "Send nudges now" only (when hosted) */
  reminders?: ReminderClient;
  /** board packs (local mode: the server's; a screen for secretaries) */
  packs?: PackClient;
  /** two-key closure: the editor's closure panel and "Closures to review" */
  closures?: ClosureClient;
  /** update rounds before a board (secretaries open them, leads follow them) */
  rounds?: RoundClient;
}>;

/** The tab: header (who, as of when, theme), My items, and the item being updated. */
export function AppShell({ client, host, today, user, onUserChange, theme, onThemeChange, onFirstData, canSwitchUser, modeLabel, reminders, packs, closures, rounds }: AppShellProps) {
  const styles = useAppShellStyles();
  const [asOf, setAsOf] = useState<IsoDate>(today);
  const [route, { navigate, replaceQuery }] = useRoute(host.subPageId);
  const [refreshKey, setRefreshKey] = useState(0);
  const [people, setPeople] = useState<readonly Person[]>([]);
  const items = useMyItems(client, asOf, user, refreshKey);
  const refresh = useCallback(() => setRefreshKey((k) => k + 1), []);
  // after the first screen has its data: the badges never hold it up
  const changeIndex = useBoardChanges(packs, refreshKey, items.status === 'ready' || items.status === 'error');
  const [me, setMe] = useState<Person | null>(null);
  // leads and secretaries review closures on the boards they serve
  const reviews = closures !== undefined && me !== null && me.role !== 'member' && (me.serves ?? []).length > 0;
  const secretary = me !== null && me.role !== 'member' && (me.serves ?? []).some((s) => s.role === 'secretary');
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
  // The meeting view in a meeting's side panel (or as narrow): no header or tab row, so the
  // board's items start at the top of the 320 px panel; a channel tab keeps the full chrome.
  const sidePanelWidth = useMedia(SIDE_PANEL_WIDTH);
  const chrome = !(route.screen === 'meeting' && (inSidePanel(host) || sidePanelWidth));
  // On a phone the header's settings (the day overdue is counted from, who is signed in, the
  // theme) fold behind one button: open, they took 200 of 844 px above every list. The line
  // under the title still says the day, so nothing is hidden that changes what the list means.
  const narrow = useNarrow();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const settingsShown = !narrow || settingsOpen;
  // My items is where the tab opens, so it comes with the shell; every other screen loads when shown.
  const lazy = route.screen === 'my-items' ? null : LAZY_SCREENS[route.screen];

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
    <ClosureClientContext.Provider value={closures ?? null}>
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
      {chrome ? (
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
        {narrow ? (
          <Button appearance="subtle" className={styles.settings} icon={<SettingsRegular />} aria-expanded={settingsOpen} onClick={() => setSettingsOpen((open) => !open)} data-testid="header-settings">
            {settingsOpen ? 'Hide settings' : 'Settings'}
          </Button>
        ) : null}
        {settingsShown ? (
        <>
        {/* It moves the day that due dates are counted against (overdue, due soon), not the data:
            items, RAGs and owners are as they are now; their history is in each item. */}
        <Field label="Overdue as of" className={styles.control}>
          {/* its calendar's code loads once My items is on screen (or at a touch), not before */}
          <DeferredUkDatePicker
            load={items.status === 'ready' || items.status === 'error'}
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
        </>
        ) : null}
      </header>
      ) : null}
      {chrome ? (
      <nav aria-label="Screens" className={styles.nav}>
        <NavTabs
          selected={route.screen}
          onSelect={(screen) => go({ screen, detailId: null, item: null })}
          tabs={[
            ...(me && me.role !== 'owner' ? [{ value: 'overview', label: 'Board overview' } as const] : []),
            { value: 'my-items', label: 'My items' },
            { value: 'all', label: 'All items' },
            { value: 'workstreams', label: 'Workstreams' },
            { value: 'plans', label: 'Action plans' },
            { value: 'templates', label: 'Templates' },
            { value: 'unassigned', label: 'Unassigned' },
            { value: 'import', label: 'Import' },
            { value: 'inspections', label: 'Inspections' },
            ...(reminders?.receivesCards ? [{ value: 'outbox', label: 'Outbox' } as const] : []),
            // Microsoft 365: cards arrive in Teams chat; the screen is a board secretary's "Send nudges now"
            ...(reminders && !reminders.receivesCards && (secretary || route.screen === 'outbox') ? [{ value: 'outbox', label: 'Send nudges' } as const] : []),
            ...(packs ? [{ value: 'dashboard', label: 'Dashboard' } as const, { value: 'packs', label: 'Board pack' } as const] : []),
            ...(reviews || route.screen === 'closures' ? [{ value: 'closures', label: 'Closures to review' } as const] : []),
            ...((rounds && reviews) || route.screen === 'rounds' ? [{ value: 'rounds', label: 'Update rounds' } as const] : []),
            ...(route.screen === 'meeting' ? [{ value: 'meeting', label: 'Meeting view' } as const] : []),
          ]}
        />
      </nav>
      ) : null}
      <ChangesContext.Provider value={changeIndex}>
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className={styles.panel}>
          <ScreenBoundary what="This screen" resetKey={`${user}-${route.screen}-${route.detailId ?? ''}-${refreshKey}`}>
          {lazy === null ? (
            <MyItems state={items} asOf={asOf} selected={route.item} onOpen={openItem} />
          ) : (
            <ScreenSuspense what={lazy.what}>
              <lazy.Route
                client={client}
                route={route}
                asOf={asOf}
                today={today}
                host={host}
                user={user}
                refreshKey={refreshKey}
                refresh={refresh}
                theme={theme}
                go={go}
                openItem={openItem}
                replaceQuery={replaceQuery}
                reminders={reminders}
                packs={packs}
                rounds={rounds}
                closures={closures}
                me={me}
              />
            </ScreenSuspense>
          )}
          </ScreenBoundary>
        </div>
        {route.item ? (
          <ScreenBoundary what="This item" resetKey={`${user}-${route.item.list}-${route.item.id}`}>
            <ScreenSuspense what="the item">
              <EditorRoute key={`${user}-${route.item.list}-${route.item.id}`} client={client} route={route.item} user={user} me={me} today={today} onSaved={onSaved} onClose={close} />
            </ScreenSuspense>
          </ScreenBoundary>
        ) : null}
      </main>
      </ChangesContext.Provider>
    </div>
    </ClosureClientContext.Provider>
  );
}
