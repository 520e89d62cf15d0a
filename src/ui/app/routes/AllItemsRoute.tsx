import { AllItemsScreen } from '../../features/all-items/AllItemsScreen';
import { useAllItems } from '../../features/all-items/useAllItems';
import type { RouteProps } from './route-props';

export function AllItemsRoute({ client, route, asOf, user, refreshKey, openItem, replaceQuery }: RouteProps) {
  const state = useAllItems(client, asOf, user, refreshKey, true, route.query ?? '', replaceQuery);
  return <AllItemsScreen state={state} asOf={asOf} selected={route.item} onOpen={openItem} />;
}
