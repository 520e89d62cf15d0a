/** State for the Action plans screen. */
import type { ItemId } from '../../../core/model';
import type { PlanDetail, PlanSummary } from '../../../core/plan-view';
import type { TrackerClient } from '../../../ports/tracker-client';
import { useLoad, type Loadable } from '../../shared/useLoad';

/** Loads only while the screen is shown (`active`). */
export function usePlanList(client: TrackerClient, refreshKey: number, active: boolean): Loadable<readonly PlanSummary[]> {
  return useLoad(active ? () => client.plans() : null, [client, refreshKey, active]);
}

export function usePlanDetail(client: TrackerClient, id: ItemId | null, refreshKey: number): Loadable<PlanDetail> {
  return useLoad(id === null ? null : () => client.plan(id), [client, id, refreshKey]);
}
