import { useWorkstreamDetail, useWorkstreamList } from '../../features/workstreams/useWorkstreams';
import { WorkstreamDetailView } from '../../features/workstreams/WorkstreamDetailView';
import { WorkstreamList } from '../../features/workstreams/WorkstreamList';
import type { RouteProps } from './route-props';

export function WorkstreamsRoute({ client, route, asOf, refreshKey, go, openItem }: RouteProps) {
  const streams = useWorkstreamList(client, refreshKey, route.detailId === null);
  const stream = useWorkstreamDetail(client, route.detailId, refreshKey);
  return route.detailId === null ? (
    <WorkstreamList state={streams} onOpen={(id) => go({ screen: 'workstreams', detailId: id, item: null })} />
  ) : (
    <WorkstreamDetailView state={stream} asOf={asOf} selected={route.item} onOpenItem={openItem} onBack={() => go({ screen: 'workstreams', detailId: null, item: null })} />
  );
}
