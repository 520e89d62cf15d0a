/** State for the Inspections screen: the reports, or one report with its items. */
import type { InspectionDetail, InspectionView } from '../../../core/inspection-view';
import type { ItemId } from '../../../core/model';
import type { TrackerClient } from '../../../ports/tracker-client';
import { useLoad, type Loadable } from '../../shared/useLoad';

export type { Loadable };

export function useInspectionList(client: TrackerClient, refreshKey: number): Loadable<readonly InspectionView[]> {
  return useLoad(() => client.inspections(), [client, refreshKey]);
}

export function useInspectionDetail(client: TrackerClient, id: ItemId | null, refreshKey: number): Loadable<InspectionDetail> {
  return useLoad(id === null ? null : () => client.inspection(id), [client, id, refreshKey]);
}
