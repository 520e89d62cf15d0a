import { useCallback } from 'react';
import type { IsoDate } from '../../../core/dates';
import type { Person } from '../../../ports/directory';
import type { TrackerClient } from '../../../ports/tracker-client';
import { EditorDrawer } from '../../features/item-editor/EditorDrawer';
import { EDITOR_PANELS } from '../../features/item-editor/editor-panels';
import { ItemEditor } from '../../features/item-editor/ItemEditor';
import { useItemEditor } from '../../features/item-editor/useItemEditor';
import { WorkstreamUpdate } from '../../features/workstream-update/WorkstreamUpdate';
import type { ItemRoute } from '../useRoute';

export type EditorRouteProps = Readonly<{
  client: TrackerClient;
  route: ItemRoute;
  user: string;
  me: Person | null;
  /** the day a new highlight report is dated by default */
  today: IsoDate;
  onSaved: () => void;
  onClose: () => void;
}>;

/** The item being updated, in a drawer over whichever screen it was opened from. */
export function EditorRoute({ client, route, user, me, today, onSaved, onClose }: EditorRouteProps) {
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
          state.reload();
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
