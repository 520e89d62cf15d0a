import { servesBoard } from '../../../core/board-roles';
import { inSidePanel } from '../../../host/host-context';
import { MeetingRecordForm, MeetingRecordResult } from '../../features/meeting/MeetingRecordForm';
import { MeetingScreen } from '../../features/meeting/MeetingScreen';
import { recordColumn } from '../../features/meeting/RecordButtons';
import { useMeetingRecord } from '../../features/meeting/useMeetingRecord';
import { useMeetingView } from '../../features/meeting/useMeetingView';
import { SIDE_PANEL_WIDTH, useMedia } from '../../shared/item-table/useNarrow';
import type { RouteProps } from './route-props';

/** A board's meeting view, loaded when first shown like every screen but My items. */
export function MeetingRoute({ client, route, asOf, today, user, refreshKey, refresh, openItem, replaceQuery, host, me }: RouteProps) {
  const state = useMeetingView(client, asOf, refreshKey, route.query ?? '', replaceQuery);
  const record = useMeetingRecord(client, user, today, host.meetingId, refresh);
  const narrow = useMedia(SIDE_PANEL_WIDTH);
  // guidance only: the service refuses anyone who is not a secretary or lead of the board
  const mayRecord = !!me && me.role !== 'member' && servesBoard(me.serves, state.boardTitle);
  return (
    <MeetingScreen
      state={state}
      asOf={asOf}
      selected={route.item}
      onOpen={openItem}
      compact={inSidePanel(host) || narrow}
      controls={mayRecord ? recordColumn(record.open, state.canAddAction) : null}
      form={
        <>
          <MeetingRecordResult state={record} onOpen={openItem} />
          <MeetingRecordForm state={record} people={(text) => client.people(text)} />
        </>
      }
    />
  );
}
