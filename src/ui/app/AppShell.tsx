import { Caption1, Field, Input, Link, Select, Text, mergeClasses } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { isIsoDate, type IsoDate } from '../../core/dates';
import type { HostInfo, ThemeName } from '../../host/host-context';
import type { Person } from '../../ports/directory';
import type { TrackerClient } from '../../ports/tracker-client';
import { ItemEditor } from '../features/item-editor/ItemEditor';
import { useItemEditor } from '../features/item-editor/useItemEditor';
import { MyItems } from '../features/my-items/MyItems';
import { useMyItems } from '../features/my-items/useMyItems';
import { formatDay } from '../shared/format';
import { useAppShellStyles } from './AppShell.styles';
import { THEME_LABELS } from './themes';
import { useRoute, type ItemRoute } from './useRoute';

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
}>;

function EditorPanel(props: { client: TrackerClient; route: ItemRoute; user: string; onSaved: () => void; onClose: () => void }) {
  const { client, route, user, onSaved, onClose } = props;
  const state = useItemEditor(client, route, user, onSaved);
  const search = useCallback((text: string) => client.people(text), [client]);
  return <ItemEditor key={`${route.list}-${route.id}`} state={state} searchPeople={search} onClose={onClose} />;
}

/** The tab: header (who, as of when, theme), My items, and the item being updated. */
export function AppShell({ client, host, today, user, onUserChange, theme, onThemeChange, onFirstData, canSwitchUser, modeLabel }: AppShellProps) {
  const styles = useAppShellStyles();
  const [asOf, setAsOf] = useState<IsoDate>(today);
  const [route, navigate] = useRoute(host.subPageId);
  const [refreshKey, setRefreshKey] = useState(0);
  const [people, setPeople] = useState<readonly Person[]>([]);
  const items = useMyItems(client, asOf, user, refreshKey);

  useEffect(() => {
    if (canSwitchUser) {
      client.people('').then(setPeople, () => setPeople([]));
    }
  }, [client, canSwitchUser]);

  useEffect(() => {
    if (items.status === 'ready') {
      onFirstData();
    }
  }, [items.status, onFirstData]);

  const onSaved = useCallback(() => setRefreshKey((k) => k + 1), []);
  const close = useCallback(() => navigate(null), [navigate]);

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
            {modeLabel} · as of {formatDay(asOf)}
          </Caption1>
        </div>
        <Field label="As of" className={styles.control}>
          <Input
            type="date"
            value={asOf}
            onChange={(_e, d) => {
              if (isIsoDate(d.value)) {
                setAsOf(d.value);
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
      <main id="main" tabIndex={-1} className={styles.main}>
        <div className={mergeClasses(styles.panel, route ? styles.hideOnNarrow : undefined)}>
          <MyItems state={items} asOf={asOf} selected={route} onOpen={navigate} />
        </div>
        {route ? (
          <div className={styles.panel}>
            <EditorPanel key={`${user}-${route.list}-${route.id}`} client={client} route={route} user={user} onSaved={onSaved} onClose={close} />
          </div>
        ) : (
          <div className={mergeClasses(styles.panel, styles.hideOnNarrow)}>
            <Text block as="p">Choose an item to update its progress, RAG, due date or owner.</Text>
            <Text block as="p">
              Owners named as roles or initials in the source documents (“DS”, “Ch Supt HQ”) are linked to people;{' '}
              <Link href="#/">items</Link> keep the owner as written too.
            </Text>
          </div>
        )}
      </main>
    </div>
  );
}
