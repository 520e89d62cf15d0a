/** The Outbox's state: the signed-in person's cards, what their buttons did, and "Send nudges now". */
import { useCallback, useEffect, useState } from 'react';
import type { CardActionData } from '../../../core/cards/card-actions';
import type { IsoDate } from '../../../core/dates';
import { isTrackerError } from '../../../core/errors';
import type { CardActionAnswer, NudgeRun, OutboxMessage, ReminderClient } from '../../../ports/reminder-client';

export type OutboxState = Readonly<{
  status: 'loading' | 'ready' | 'error';
  messages: readonly OutboxMessage[];
  error: string | null;
  /** what the last card button did, for the live region */
  answer: CardActionAnswer | null;
  answerError: string | null;
  boards: readonly string[];
  run: NudgeRun | null;
  running: boolean;
  press: (data: Record<string, unknown>) => void;
  sendNudges: (board: string) => void;
  reload: () => void;
}>;

const messageOf = (error: unknown): string => (isTrackerError(error) || error instanceof Error ? error.message : String(error));

export function useOutbox(client: ReminderClient, user: string, asOf: IsoDate, active: boolean): OutboxState {
  const [messages, setMessages] = useState<readonly OutboxMessage[]>([]);
  const [status, setStatus] = useState<OutboxState['status']>('loading');
  const [error, setError] = useState<string | null>(null);
  const [answer, setAnswer] = useState<CardActionAnswer | null>(null);
  const [answerError, setAnswerError] = useState<string | null>(null);
  const [boards, setBoards] = useState<readonly string[]>([]);
  const [run, setRun] = useState<NudgeRun | null>(null);
  const [running, setRunning] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    if (!active) {
      return;
    }
    let live = true;
    setStatus('loading');
    Promise.all([client.outbox(), client.nudgeBoards()]).then(
      ([m, b]) => {
        if (live) {
          setMessages(m);
          setBoards(b);
          setStatus('ready');
        }
      },
      (e: unknown) => {
        if (live) {
          setError(messageOf(e));
          setStatus('error');
        }
      }
    );
    return () => {
      live = false;
    };
  }, [client, user, active, reloads]);

  useEffect(() => {
    setAnswer(null);
    setAnswerError(null);
    setRun(null);
  }, [user]);

  const press = useCallback(
    (data: Record<string, unknown>) => {
      const { verb, list, id, version, ...inputs } = data;
      setAnswer(null);
      setAnswerError(null);
      client.cardAction({ verb, list, id, version } as CardActionData, inputs, asOf).then(setAnswer, (e: unknown) => setAnswerError(messageOf(e)));
    },
    [client, asOf]
  );

  const sendNudges = useCallback(
    (board: string) => {
      setRunning(true);
      setRun(null);
      client.sendNudges(board, asOf).then(
        (r) => {
          setRun(r);
          setRunning(false);
          setReloads((n) => n + 1);
        },
        (e: unknown) => {
          setAnswerError(messageOf(e));
          setRunning(false);
        }
      );
    },
    [client, asOf]
  );

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { status, messages, error, answer, answerError, boards, run, running, press, sendNudges, reload };
}
