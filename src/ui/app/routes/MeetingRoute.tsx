import { inSidePanel } from '../../../host/host-context';
import { MeetingScreen } from '../../features/meeting/MeetingScreen';
import { useMeetingView } from '../../features/meeting/useMeetingView';
import { SIDE_PANEL_WIDTH, useMedia } from '../../shared/item-table/useNarrow';
import type { RouteProps } from './route-props';

/** A board's meeting view, loaded when first shown like every screen but My items. */
export function MeetingRoute({ client, route, asOf, refreshKey, openItem, replaceQuery, host }: RouteProps) {
  const state = useMeetingView(client, asOf, refreshKey, route.query ?? '', replaceQuery);
  const narrow = useMedia(SIDE_PANEL_WIDTH);
  return <MeetingScreen state={state} asOf={asOf} selected={route.item} onOpen={openItem} compact={inSidePanel(host) || narrow} />;
}
