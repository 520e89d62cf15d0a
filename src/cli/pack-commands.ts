/** `tracker freeze` and `tracker changes`: a board's snapshots, and what moved since the last one. */
import { describeChange, describeUpdate } from '../core/board-changes';
import { londonDateOf, parseIsoDate, type IsoDate } from '../core/dates';
import { changesSince, findBoard, freezeBoard, loadBoardContent } from '../services/board-pack';
import { parse, UsageError } from './args';
import type { Io } from './commands';
import { openTrackerStore } from './open-store';

export const BOARD_OPTIONS = { db: { type: 'string' }, board: { type: 'string' }, meeting: { type: 'string' } } as const;

export function boardName(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new UsageError('--board: name the board by its title (e.g. --board "Operational Delivery Board")');
  }
  return value;
}

export function meetingDate(value: unknown): IsoDate | null {
  if (value === undefined) {
    return null;
  }
  const date = typeof value === 'string' ? parseIsoDate(value) : null;
  if (!date) {
    throw new UsageError(`--meeting: a date as YYYY-MM-DD (got ${JSON.stringify(value)})`);
  }
  return date;
}

export async function freezeCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, BOARD_OPTIONS);
  const name = boardName(values.board);
  const meeting = meetingDate(values.meeting);
  const { store, snapshots, close } = openTrackerStore(values.db as string | undefined);
  try {
    const frozen = await freezeBoard(store, snapshots, name, { meeting, now: new Date() });
    io.out(`froze ${frozen.title}: ${frozen.items} items at ${frozen.takenAt}`);
    return 0;
  } finally {
    close();
  }
}

const shortTitle = (title: string): string => (title.length > 70 ? `${title.slice(0, 67)}...` : title);

export async function changesCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { ...BOARD_OPTIONS, json: { type: 'boolean' } });
  const name = boardName(values.board);
  const { store, snapshots, close } = openTrackerStore(values.db as string | undefined);
  try {
    const report = await changesSince(store, snapshots, await loadBoardContent(store, await findBoard(store, name)));
    if (values.json) {
      io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    if (!report.since) {
      io.out(`${report.board}: no snapshot frozen yet (tracker freeze --board "${report.board}")`);
      return 0;
    }
    const when = `${report.since.meeting ? 'the meeting of ' : ''}${report.since.meeting ?? londonDateOf(new Date(report.since.takenAt))}`;
    io.out(`${report.board}: ${report.changes.length} change${report.changes.length === 1 ? '' : 's'} since ${when}`);
    for (const c of report.changes) {
      io.out(`  ${c.ref} — ${shortTitle(c.title)}: ${describeChange(c)}`);
    }
    const n = report.updates.length;
    io.out(`${n} update${n === 1 ? '' : 's'} submitted since ${when}`);
    for (const u of report.updates) {
      io.out(`  ${u.ref} — ${shortTitle(u.title)}: ${describeUpdate(u)}, ${londonDateOf(new Date(u.at))}`);
    }
    return 0;
  } finally {
    close();
  }
}
