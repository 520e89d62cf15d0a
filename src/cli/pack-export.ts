/** `tracker export --format pptx|docx|xlsx --board NAME [--meeting DATE] --out FILE`: a board pack. */
import { writeFileSync } from 'node:fs';
import { londonDateOf } from '../core/dates';
import { writePack, PACK_FORMATS } from '../export/pack/write-pack';
import { buildPackFor } from '../services/board-pack';
import { choice, parse, UsageError } from './args';
import type { Io } from './commands';
import { openTrackerStore } from './open-store';
import { BOARD_OPTIONS, boardName, meetingDate } from './pack-commands';

export async function packExportCommand(args: string[], io: Io): Promise<number> {
  const { values } = parse(args, { ...BOARD_OPTIONS, format: { type: 'string' }, out: { type: 'string' } });
  const format = choice('format', values.format, PACK_FORMATS);
  const name = boardName(values.board);
  const meeting = meetingDate(values.meeting);
  if (typeof values.out !== 'string' || values.out === '') {
    throw new UsageError('--out: name the file to write');
  }
  const { store, snapshots, close } = openTrackerStore(values.db as string | undefined);
  try {
    const pack = await buildPackFor(store, snapshots, name, { meeting, today: londonDateOf(new Date()) });
    writeFileSync(values.out, await writePack(pack, format));
    io.out(
      `wrote the ${pack.board} pack (${format}) to ${values.out}: ${pack.highlights.length} workstreams, ${pack.inspections.length} inspections, ${pack.plans.length} plans, ${pack.exceptions.length} exceptions, ${pack.changes?.changes.length ?? 0} changes`
    );
    return 0;
  } finally {
    close();
  }
}
