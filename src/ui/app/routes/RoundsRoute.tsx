import { RoundsScreen } from '../../features/rounds/RoundsScreen';
import { useRounds } from '../../features/rounds/useRounds';
import type { RouteProps } from './route-props';

export function RoundsRoute({ rounds, user, route, today, refreshKey, go, openItem }: RouteProps) {
  if (!rounds) {
    return null;
  }
  return <Rounds client={rounds} user={user} roundId={route.detailId} today={today} refreshKey={refreshKey} go={go} openItem={openItem} />;
}

function Rounds({ client, user, roundId, today, refreshKey, go, openItem }: { client: NonNullable<RouteProps['rounds']> } & Pick<RouteProps, 'user' | 'today' | 'refreshKey' | 'go' | 'openItem'> & { roundId: RouteProps['route']['detailId'] }) {
  const state = useRounds(client, user, roundId, refreshKey);
  return <RoundsScreen state={state} roundId={roundId} today={today} onRound={(id) => go({ screen: 'rounds', detailId: id, item: null })} onOpenItem={openItem} />;
}
