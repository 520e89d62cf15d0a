/** State for the Workstreams screen. */
import type { ItemId } from '../../../core/model';
import type { WorkstreamDetail, WorkstreamSummary } from '../../../core/workstream-view';
import type { TrackerClient } from '../../../ports/tracker-client';
import { useLoad, type Loadable } from '../../shared/useLoad';

export function useWorkstreamList(client: TrackerClient, refreshKey: number): Loadable<readonly WorkstreamSummary[]> {
  return useLoad(() => client.workstreams(), [client, refreshKey]);
}

export function useWorkstreamDetail(client: TrackerClient, id: ItemId | null, refreshKey: number): Loadable<WorkstreamDetail> {
  return useLoad(id === null ? null : () => client.workstream(id), [client, id, refreshKey]);
}
