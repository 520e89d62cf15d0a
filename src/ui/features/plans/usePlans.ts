/** State for the Action plans screen. */
import type { ItemId } from '../../../core/model';
import type { PlanDetail, PlanSummary } from '../../../core/plan-view';
import type { TrackerClient } from '../../../ports/tracker-client';
import { useLoad, type Loadable } from '../../shared/useLoad';

export function usePlanList(client: TrackerClient, refreshKey: number): Loadable<readonly PlanSummary[]> {
  return useLoad(() => client.plans(), [client, refreshKey]);
}

export function usePlanDetail(client: TrackerClient, id: ItemId | null, refreshKey: number): Loadable<PlanDetail> {
  return useLoad(id === null ? null : () => client.plan(id), [client, id, refreshKey]);
}
