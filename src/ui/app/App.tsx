import { FluentProvider } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { IsoDate } from '../../core/dates';
import type { DetectedHost } from '../../host/detect-host';
import { tabAddress } from '../../host/tab-address';
import type { ThemeName } from '../../host/host-context';
import type { TrackerClient } from '../../ports/tracker-client';
import { AppShell } from './AppShell';
import type { ReminderClient } from '../../ports/reminder-client';
import type { PackClient } from '../../ports/pack-client';
import type { ClosureClient } from '../../ports/closure-client';
import type { RoundClient } from '../../ports/round-client';
import { initialBrowserTheme, storeTheme, storeUser } from './session';
import { THEMES } from './themes';
import { lazyScreen, ScreenSuspense } from '../shared/lazy-screen';
import { ScreenBoundary } from '../shared/ScreenBoundary';

/** Teams' configuration page: opened once, when the tab is added, so it is not in the tab's first screen. */
const ConfigureTab = lazyScreen(() => import('../features/configure/ConfigureTab').then((m) => m.ConfigureTab));

export type AppProps = Readonly<{
  client: TrackerClient;
  host: DetectedHost;
  today: IsoDate;
  initialUser: string;
  /** called when the user switches identity (local mode) */
  onUserChange?: (id: string) => void;
  /** local mode lets you choose who you are; Microsoft 365 mode knows */
  canSwitchUser: boolean;
  modeLabel: string;
  /** local mode's Outbox */
  reminders?: ReminderClient;
  /** board packs */
  packs?: PackClient;
  /** two-key closure: the editor's closure panel and "Closures to review" */
  closures?: ClosureClient;
  /** update rounds before a board */
  rounds?: RoundClient;
}>;

/** The tab's root: theme (from Teams, or the user's choice outside it) and the shell. */
export function App({ client, host, today, initialUser, onUserChange, canSwitchUser, modeLabel, reminders, packs, closures, rounds }: AppProps) {
  const [theme, setTheme] = useState<ThemeName>(() => (host.teams ? host.info.theme : initialBrowserTheme()));
  const [user, setUser] = useState(initialUser);
  const notified = useRef(false);

  useEffect(() => {
    host.teams?.onThemeChange(setTheme);
  }, [host]);

  const changeTheme = useCallback((t: ThemeName) => {
    storeTheme(t);
    setTheme(t);
  }, []);

  const changeUser = useCallback(
    (id: string) => {
      storeUser(id);
      setUser(id);
      onUserChange?.(id);
    },
    [onUserChange]
  );

  const onFirstData = useCallback(() => {
    if (!notified.current) {
      notified.current = true;
      host.teams?.notifySuccess();
    }
  }, [host]);

  if (window.location.hash === '#/configure') {
    return (
      <FluentProvider theme={THEMES[theme]} data-theme={theme}>
        <ScreenBoundary what="The tab's settings" resetKey="configure">
          <ScreenSuspense what="the tab's settings">
            <ConfigureTab inTeams={host.info.inTeams} tabUrl={tabAddress(window.location.origin, import.meta.env.BASE_URL)} onReady={onFirstData} rounds={rounds} />
          </ScreenSuspense>
        </ScreenBoundary>
      </FluentProvider>
    );
  }
  return (
    <FluentProvider theme={THEMES[theme]} data-theme={theme}>
      <AppShell
        client={client}
        host={host.info}
        today={today}
        user={user}
        onUserChange={changeUser}
        theme={theme}
        onThemeChange={changeTheme}
        onFirstData={onFirstData}
        canSwitchUser={canSwitchUser}
        modeLabel={modeLabel}
        reminders={reminders}
        packs={packs}
        closures={closures}
        rounds={rounds}
      />
    </FluentProvider>
  );
}
