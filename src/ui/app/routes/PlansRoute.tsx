import { PlanDetailView } from '../../features/plans/PlanDetailView';
import { PlanList } from '../../features/plans/PlanList';
import { usePlanDetail, usePlanList } from '../../features/plans/usePlans';
import type { RouteProps } from './route-props';

export function PlansRoute({ client, route, asOf, user, refreshKey, go, openItem }: RouteProps) {
  const plans = usePlanList(client, refreshKey, route.detailId === null);
  const plan = usePlanDetail(client, route.detailId, refreshKey);
  return route.detailId === null ? (
    <PlanList state={plans} onOpen={(id) => go({ screen: 'plans', detailId: id, item: null })} />
  ) : (
    <PlanDetailView state={plan} asOf={asOf} me={user} selected={route.item} onOpenItem={openItem} onBack={() => go({ screen: 'plans', detailId: null, item: null })} />
  );
}
