/** State for the Inspections screen: the reports, or one report with its items. */
import type { InspectionDetail, InspectionView } from '../../../core/inspection-view';
import type { ItemId } from '../../../core/model';
import type { TrackerClient } from '../../../ports/tracker-client';
import { useLoad, type Loadable } from '../../shared/useLoad';

export type { Loadable };

/** Loads only while the screen is shown (`active`). */
export function useInspectionList(client: TrackerClient, refreshKey: number, active: boolean): Loadable<readonly InspectionView[]> {
  return useLoad(active ? () => client.inspections() : null, [client, refreshKey, active]);
}

export function useInspectionDetail(client: TrackerClient, id: ItemId | null, refreshKey: number): Loadable<InspectionDetail> {
  return useLoad(id === null ? null : () => client.inspection(id), [client, id, refreshKey]);
}
