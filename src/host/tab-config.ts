/**
 * The configurable tab's settings page (channels, group chats, meetings): Teams shows it when
 * someone adds the tab, and saves what it sets. The tab then opens on the chosen view.
 */
export type TabView = Readonly<{ id: string; name: string }>;

/** Views a channel or meeting tab can show; the board views of DESIGN §6 join this list. */
export const TAB_VIEWS: readonly TabView[] = [{ id: 'myItems', name: 'My items' }];

export type ConfigHost = Readonly<{
  setValid: (valid: boolean) => void;
  onSave: (save: () => Promise<void>) => void;
}>;

/** Wires the Teams configuration dialog: valid once a view is chosen; Save records it. */
export async function teamsConfigHost(tabUrl: string, getView: () => TabView): Promise<ConfigHost> {
  const { pages } = await import('@microsoft/teams-js');
  return {
    setValid: (valid) => pages.config.setValidityState(valid),
    onSave: (save) =>
      pages.config.registerOnSaveHandler((event) => {
        const view = getView();
        pages.config
          .setConfig({ entityId: view.id, contentUrl: `${tabUrl}/`, websiteUrl: `${tabUrl}/`, suggestedDisplayName: `Action Tracker: ${view.name}` })
          .then(save)
          .then(() => event.notifySuccess(), (error: unknown) => event.notifyFailure(String((error as Error)?.message ?? error)));
      }),
  };
}
