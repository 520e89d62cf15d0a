import { InspectionDetailView } from '../../features/inspections/InspectionDetailView';
import { InspectionList } from '../../features/inspections/InspectionList';
import { useInspectionDetail, useInspectionList } from '../../features/inspections/useInspections';
import type { RouteProps } from './route-props';

export function InspectionsRoute({ client, route, asOf, refreshKey, go, openItem }: RouteProps) {
  const reports = useInspectionList(client, refreshKey, route.detailId === null);
  const report = useInspectionDetail(client, route.detailId, refreshKey);
  return route.detailId === null ? (
    <InspectionList state={reports} onOpen={(id) => go({ screen: 'inspections', detailId: id, item: null })} />
  ) : (
    <InspectionDetailView
      state={report}
      asOf={asOf}
      selected={route.item?.id ?? null}
      onOpenItem={(id) => openItem({ list: 'recommendations', id })}
      onBack={() => go({ screen: 'inspections', detailId: null, item: null })}
    />
  );
}
