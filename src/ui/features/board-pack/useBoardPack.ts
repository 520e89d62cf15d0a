/**
 * The Board pack screen's state: a board and meeting, its pack model (with what changed since
 * the last snapshot), building a file in the browser with its progress said, and freezing.
 * The writers and their libraries load only when a file is built.
 */
import { useCallback, useContext, useEffect, useState } from 'react';
import type { BoardPack } from '../../../core/board-pack';
import { isIsoDate, type IsoDate } from '../../../core/dates';
import { isTrackerError } from '../../../core/errors';
import type { PackClient } from '../../../ports/pack-client';
import { SaveFileContext } from '../../shared/save-file';

export type PackFileFormat = 'pptx' | 'docx' | 'xlsx';

export const FORMAT_NAMES: Readonly<Record<PackFileFormat, string>> = { pptx: 'PowerPoint', docx: 'Word', xlsx: 'Excel' };

export type BoardPackState = Readonly<{
  boards: readonly string[];
  board: string;
  meeting: string;
  setBoard: (b: string) => void;
  setMeeting: (m: string) => void;
  status: 'idle' | 'loading' | 'ready' | 'error';
  pack: BoardPack | null;
  error: string | null;
  /** said in the live region: building, built, frozen */
  message: string | null;
  busy: boolean;
  build: (format: PackFileFormat) => void;
  freeze: () => void;
}>;

const messageOf = (e: unknown): string => (isTrackerError(e) || e instanceof Error ? e.message : String(e));

export function useBoardPack(client: PackClient | undefined, asOf: IsoDate, active: boolean): BoardPackState {
  const [boards, setBoards] = useState<readonly string[]>([]);
  const [board, setBoard] = useState('');
  const [meeting, setMeeting] = useState('');
  const [status, setStatus] = useState<BoardPackState['status']>('idle');
  const [pack, setPack] = useState<BoardPack | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [reloads, setReloads] = useState(0);
  // a download in a browser; on Teams mobile (no downloads) the file is saved and opened
  const saveFile = useContext(SaveFileContext);
  const chosen = board || boards[0] || '';
  const meetingDate = isIsoDate(meeting) ? meeting : null;

  useEffect(() => {
    if (!active || !client) {
      return;
    }
    client.boards().then(setBoards, (e: unknown) => {
      setError(messageOf(e));
      setStatus('error');
    });
  }, [active, client]);

  useEffect(() => {
    if (!active || !client || !chosen) {
      return;
    }
    let live = true;
    setStatus('loading');
    client.pack(chosen, meetingDate, asOf).then(
      (p) => {
        if (live) {
          setPack(p);
          setError(null);
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
  }, [active, client, chosen, meetingDate, asOf, reloads]);

  const build = useCallback(
    (format: PackFileFormat) => {
      if (!pack) {
        return;
      }
      setBusy(true);
      setMessage(`Building the ${FORMAT_NAMES[format]} pack…`);
      void (async () => {
        try {
          const { writePack, PACK_MIME } = await import('../../../export/pack/write-pack');
          const { packFileName } = await import('../../../export/pack/pack-text');
          const bytes = await writePack(pack, format, (step) => setMessage(`Building the ${FORMAT_NAMES[format]} pack… ${step} done`));
          const name = packFileName(pack, format);
          const saved = await saveFile({ name, bytes, type: PACK_MIME[format] });
          setMessage(`${FORMAT_NAMES[format]} pack ready: ${name}${saved.kind === 'opened' ? ' (saved to the site and opened)' : ''}`);
        } catch (e) {
          setMessage(`The ${FORMAT_NAMES[format]} pack could not be built: ${messageOf(e)}`);
        } finally {
          setBusy(false);
        }
      })();
    },
    [pack, saveFile]
  );

  const freeze = useCallback(() => {
    if (!client || !chosen) {
      return;
    }
    setBusy(true);
    client.freeze(chosen, meetingDate).then(
      (info) => {
        setMessage(`Frozen: ${info.title}, ${info.items} items. The next pack shows what changes from here.`);
        setBusy(false);
        setReloads((n) => n + 1);
      },
      (e: unknown) => {
        setMessage(`Not frozen: ${messageOf(e)}`);
        setBusy(false);
      }
    );
  }, [client, chosen, meetingDate]);

  return { boards, board: chosen, meeting, setBoard, setMeeting, status, pack, error, message, busy, build, freeze };
}
