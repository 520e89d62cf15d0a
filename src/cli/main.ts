/**
 * `tracker`: seed, import, export and summarise the embedded store, and serve local mode.
 * Errors go to stderr with a non-zero exit: a clear sentence, never a stack trace.
 */
import { isTrackerError } from '../core/errors';
import { UsageError } from './args';
import { exportCommand, importCommand, seedCommand, serveCommand, summaryCommand, type Io } from './commands';
import { provisionCommand } from './provision-command';
import { changesCommand, freezeCommand } from './pack-commands';
import { remindCommand } from './remind-command';

export const USAGE = `Usage: tracker <command> [options]

  serve   [--db FILE] [--port N]                 start local mode on this machine (seeds an empty
                                                 database first); --host H --allow-network to let
                                                 other machines in (local mode has no sign-in)
  seed    [--db FILE]                            load the seed documents (adds nothing twice)
  import  FILE [--db FILE] [--strict] [--preview]
                                                 import recommendations, actions or deliverables
                                                 from CSV or XLSX; --strict writes nothing if any
                                                 row is rejected; --preview writes nothing
  export  --format csv|xlsx --list recommendations|actions|workstreams --out FILE [--db FILE]
  export  --format pptx|docx|xlsx --board NAME [--meeting YYYY-MM-DD] --out FILE [--db FILE]
                                                 a board pack, with what changed since the last snapshot
  summary [--json] [--db FILE]                   counts per inspection, workstream and plan
  freeze  --board NAME [--meeting YYYY-MM-DD] [--db FILE]
                                                 store a snapshot of the board's items (never edited)
  changes --board NAME [--json] [--db FILE]      what changed since the board's last snapshot, and updates submitted since
  provision --site URL [--dry-run]               create the lists on a SharePoint site (idempotent;
                                                 app-only: TRACKER_TENANT_ID, TRACKER_CLIENT_ID,
                                                 TRACKER_CERT_PATH, TRACKER_CERT_THUMBPRINT)
  remind  [--today YYYY-MM-DD] [--board NAME] [--dry-run] [--json] [--db FILE]
                                                 send due-date nudges (one digest per person);
                                                 a second run sends nothing twice

The database defaults to data/tracker.db (or $TRACKER_DB).`;

const COMMANDS: Readonly<Record<string, (args: string[], io: Io) => Promise<number>>> = {
  serve: serveCommand,
  seed: seedCommand,
  import: importCommand,
  export: exportCommand,
  summary: summaryCommand,
  freeze: freezeCommand,
  changes: changesCommand,
  provision: (args, io) => provisionCommand(args, io),
  remind: (args, io) => remindCommand(args, io),
};

const stdio: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
};

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`tracker: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`tracker ${name}: ${error.message}`);
      return 2;
    }
    if (error instanceof Error && error.name === 'ProvisionStepError') {
      io.err(`tracker ${name}: ${error.message}`);
      return 1;
    }
    if (isTrackerError(error)) {
      io.err(`tracker ${name}: ${error.message}`);
      return 1;
    }
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
      io.err(`tracker ${name}: the database is busy: another import or seed is writing to it; nothing was changed, try again when it has finished`);
      return 1;
    }
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      io.err(`tracker ${name}: the database file is not an Action Tracker database (${code})`);
      return 1;
    }
    io.err(`tracker ${name}: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}
