/** State for the Workstreams screen. */
import type { ItemId } from '../../../core/model';
import type { WorkstreamDetail, WorkstreamSummary } from '../../../core/workstream-view';
import type { TrackerClient } from '../../../ports/tracker-client';
import { useLoad, type Loadable } from '../../shared/useLoad';

/** Loads only while the screen is shown (`active`). */
export function useWorkstreamList(client: TrackerClient, refreshKey: number, active: boolean): Loadable<readonly WorkstreamSummary[]> {
  return useLoad(active ? () => client.workstreams() : null, [client, refreshKey, active]);
}

export function useWorkstreamDetail(client: TrackerClient, id: ItemId | null, refreshKey: number): Loadable<WorkstreamDetail> {
  return useLoad(id === null ? null : () => client.workstream(id), [client, id, refreshKey]);
}
