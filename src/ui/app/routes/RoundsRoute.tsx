import { RoundsScreen } from '../../features/rounds/RoundsScreen';
import { useRounds } from '../../features/rounds/useRounds';
import type { RouteProps } from './route-props';

export function RoundsRoute({ rounds, user, route, refreshKey, go, openItem }: RouteProps) {
  if (!rounds) {
    return null;
  }
  return <Rounds client={rounds} user={user} roundId={route.detailId} refreshKey={refreshKey} go={go} openItem={openItem} />;
}

function Rounds({ client, user, roundId, refreshKey, go, openItem }: { client: NonNullable<RouteProps['rounds']> } & Pick<RouteProps, 'user' | 'refreshKey' | 'go' | 'openItem'> & { roundId: RouteProps['route']['detailId'] }) {
  const state = useRounds(client, user, roundId, refreshKey);
  return <RoundsScreen state={state} roundId={roundId} onRound={(id) => go({ screen: 'rounds', detailId: id, item: null })} onOpenItem={openItem} />;
}
