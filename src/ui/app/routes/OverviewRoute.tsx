import { BoardOverviewScreen } from '../../features/home/BoardOverviewScreen';
import { useBoardOverview } from '../../features/home/useBoardOverview';
import type { RouteProps } from './route-props';

export function OverviewRoute({ client, packs, me, asOf, refreshKey, openItem }: RouteProps) {
  const state = useBoardOverview(client, packs, me ?? null, asOf, refreshKey);
  return <BoardOverviewScreen state={state} me={me ?? null} asOf={asOf} onOpen={openItem} />;
}
