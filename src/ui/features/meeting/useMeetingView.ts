/**
 * State for the meeting view: the board's open items (read once per day and save), the view the
 * address names, and what the view shows of them (core/meeting-view.ts). Switching the view
 * changes the address in place, so a reload or a pinned tab opens on the same view.
 */
import { useContext, useEffect, useMemo, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import type { ListedItem } from '../../../core/item-filter';
import { canHoldAgreedAction, describeMeetingCounts, isMeetingView, meetingViewItems, type MeetingViewId } from '../../../core/meeting-view';
import type { ItemId } from '../../../core/model';
import type { TrackerClient } from '../../../ports/tracker-client';
import { ChangesContext } from '../../shared/ChangeBadge';

export type MeetingViewState = Readonly<{
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  boardId: ItemId | null;
  /** the board's title (from its items), or "Board N" while unknown */
  boardTitle: string;
  view: MeetingViewId;
  setView: (view: MeetingViewId) => void;
  shown: readonly ListedItem[];
  /** whether "New action" about an item has a workstream of the board to go under */
  canAddAction: (item: ListedItem) => boolean;
  /** "7 items: 3 RED, 4 AMBER" */
  counts: string;
  reload: () => void;
}>;

/** The board and view a meeting view's address names; a bad view opens "Red and amber". */
export function meetingQuery(query: string): Readonly<{ boardId: ItemId | null; view: MeetingViewId }> {
  const params = new URLSearchParams(query);
  const board = params.get('board') ?? '';
  const view = params.get('view');
  return { boardId: /^\d+$/.test(board) ? (Number(board) as ItemId) : null, view: isMeetingView(view) ? view : 'redAmber' };
}

export function useMeetingView(client: TrackerClient, asOf: IsoDate, refreshKey: number, query: string, replaceQuery: (query: string) => void): MeetingViewState {
  const { boardId, view } = meetingQuery(query);
  const changes = useContext(ChangesContext);
  const [items, setItems] = useState<readonly ListedItem[]>([]);
  const [status, setStatus] = useState<MeetingViewState['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    setStatus('loading');
    client.listItems({ owner: null, lifecycle: 'active', due: 'any' }, asOf).then(
      (all) => {
        if (live) {
          setItems(all.filter((i) => i.boardId === boardId));
          setStatus('ready');
        }
      },
      (e: unknown) => {
        if (live) {
          setError((e as Error).message);
          setStatus('error');
        }
      }
    );
    return () => {
      live = false;
    };
  }, [client, asOf, refreshKey, tick, boardId]);

  const shown = useMemo(() => (boardId === null ? [] : meetingViewItems(items, view, { asOf, boardId, changes })), [items, view, asOf, boardId, changes]);
  return {
    status,
    error,
    boardId,
    boardTitle: items.find((i) => i.board)?.board ?? (boardId === null ? 'No board chosen' : `Board ${boardId}`),
    view,
    setView: (next) => replaceQuery(`board=${boardId ?? ''}&view=${next}`),
    shown,
    canAddAction: (item) => canHoldAgreedAction(item, items),
    counts: describeMeetingCounts(shown),
    reload: () => setTick((t) => t + 1),
  };
}
