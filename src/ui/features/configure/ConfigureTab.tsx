import { Field, Select, Text, Title3 } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { TAB_VIEWS, teamsConfigHost, type TabView } from '../../../host/tab-config';

/**
 * Shown in Teams' "add a tab" dialog: choose what this channel or meeting tab shows.
 * Outside Teams there is nothing to configure, and it says so.
 */
export function ConfigureTab({ inTeams, tabUrl, onReady }: { inTeams: boolean; tabUrl: string; onReady: () => void }) {
  const [view, setView] = useState<TabView>(TAB_VIEWS[0] as TabView);
  const current = useRef(view);
  current.current = view;

  useEffect(() => {
    if (!inTeams) {
      return;
    }
    void teamsConfigHost(tabUrl, () => current.current).then((host) => {
      host.onSave(async () => undefined);
      host.setValid(true);
      // With showLoadingIndicator, Teams waits for this on configuration pages too.
      onReady();
    });
  }, [inTeams, tabUrl, onReady]);

  return (
    <main style={{ padding: 16 }}>
      <Title3 as="h1">Add Action Tracker to this conversation</Title3>
      {inTeams ? null : <Text block>This page is used by Teams when the tab is added to a channel, chat or meeting.</Text>}
      <Field label="Show">
        <Select value={view.id} onChange={(_e, d) => setView(TAB_VIEWS.find((v) => v.id === d.value) ?? view)}>
          {TAB_VIEWS.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name}
            </option>
          ))}
        </Select>
      </Field>
    </main>
  );
}
