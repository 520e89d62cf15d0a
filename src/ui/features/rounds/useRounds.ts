/**
 * The update rounds screen's state: the boards this person may open a round for, the rounds of
 * the boards they serve, the round being looked at (who has submitted, who has not), opening a
 * round (what was typed is kept when it is refused) and "remind those missing".
 */
import { useCallback, useState } from 'react';
import type { IsoDate } from '../../../core/dates';
import type { ItemId } from '../../../core/model';
import type { RoundSummary, RoundView } from '../../../core/update-round';
import type { RemindResult, RoundBoard, RoundClient } from '../../../ports/round-client';
import { useLoad, type Loadable } from '../../shared/useLoad';

export type RoundsState = Readonly<{
  boards: Loadable<readonly RoundBoard[]>;
  rounds: Loadable<readonly RoundSummary[]>;
  round: Loadable<RoundView> | null;
  canSendReminders: boolean;
  /** the open-a-round form */
  boardId: ItemId | null;
  setBoardId: (id: ItemId | null) => void;
  meetingDate: IsoDate | null;
  setMeetingDate: (d: IsoDate | null) => void;
  opening: boolean;
  openError: string | null;
  open: () => Promise<RoundSummary | null>;
  reminding: boolean;
  remindResult: RemindResult | null;
  remindError: string | null;
  remind: () => void;
}>;

export function useRounds(client: RoundClient, user: string, roundId: ItemId | null, refreshKey: number): RoundsState {
  const [bump, setBump] = useState(0);
  const boards = useLoad(() => client.boards(), [client, user]);
  const rounds = useLoad(() => client.list(), [client, user, bump, refreshKey]);
  const round = useLoad(roundId === null ? null : () => client.view(roundId), [client, user, roundId, bump, refreshKey]);
  const [boardId, setBoardId] = useState<ItemId | null>(null);
  const [meetingDate, setMeetingDate] = useState<IsoDate | null>(null);
  const [opening, setOpening] = useState(false);
  const [openError, setOpenError] = useState<string | null>(null);
  const [reminding, setReminding] = useState(false);
  const [remindResult, setRemindResult] = useState<RemindResult | null>(null);
  const [remindError, setRemindError] = useState<string | null>(null);
  const chosenBoard = boardId ?? boards.data?.[0]?.id ?? null;

  const open = useCallback(async (): Promise<RoundSummary | null> => {
    if (chosenBoard === null) {
      setOpenError('Board: choose the board the meeting is of.');
      return null;
    }
    if (meetingDate === null) {
      setOpenError('Meeting date: give the day of the meeting (DD/MM/YYYY).');
      return null;
    }
    setOpening(true);
    setOpenError(null);
    try {
      const opened = await client.open(chosenBoard, meetingDate);
      setMeetingDate(null);
      setBump((b) => b + 1);
      return opened;
    } catch (e) {
      setOpenError((e as Error).message);
      return null;
    } finally {
      setOpening(false);
    }
  }, [client, chosenBoard, meetingDate]);

  const remind = useCallback(() => {
    if (roundId === null) {
      return;
    }
    setReminding(true);
    setRemindError(null);
    setRemindResult(null);
    client.remindMissing(roundId).then(
      (r) => {
        setRemindResult(r);
        setReminding(false);
      },
      (e: unknown) => {
        setRemindError((e as Error).message);
        setReminding(false);
      }
    );
  }, [client, roundId]);

  return {
    boards,
    rounds,
    round: roundId === null ? null : round,
    canSendReminders: client.canSendReminders,
    boardId: chosenBoard,
    setBoardId,
    meetingDate,
    setMeetingDate,
    opening,
    openError,
    open,
    reminding,
    remindResult,
    remindError,
    remind,
  };
}
