import { useCallback } from 'react';
import type { Person } from '../../../ports/directory';
import type { TrackerClient } from '../../../ports/tracker-client';
import { EditorDrawer } from '../../features/item-editor/EditorDrawer';
import { EDITOR_PANELS } from '../../features/item-editor/editor-panels';
import { ItemEditor } from '../../features/item-editor/ItemEditor';
import { useItemEditor } from '../../features/item-editor/useItemEditor';
import type { ItemRoute } from '../useRoute';

export type EditorRouteProps = Readonly<{ client: TrackerClient; route: ItemRoute; user: string; me: Person | null; onSaved: () => void; onClose: () => void }>;

/** The item being updated, in a drawer over whichever screen it was opened from. */
export function EditorRoute({ client, route, user, me, onSaved, onClose }: EditorRouteProps) {
  const state = useItemEditor(client, route, user, onSaved);
  const search = useCallback((text: string) => client.people(text), [client]);
  const item = state.item;
  // The server says whether this person's save can succeed: a form that cannot be saved is worse than none.
  const canUpdate = item !== null && state.access.canUpdate;
  const { reload } = state;
  // a panel's step changes the item: the editor reads it and its history again, the lists refresh
  const panelSaved = useCallback(() => {
    reload();
    onSaved();
  }, [reload, onSaved]);
  const extra =
    canUpdate && me && item
      ? EDITOR_PANELS.map(({ key, Panel }) => <Panel key={key} item={item} client={client} me={me} onSaved={panelSaved} />)
      : null;
  return (
    <EditorDrawer onClose={onClose} labelledBy="editor-heading">
      <ItemEditor key={`${route.list}-${route.id}`} state={state} searchPeople={search} onClose={onClose} canUpdate={canUpdate} extra={extra} />
    </EditorDrawer>
  );
}
