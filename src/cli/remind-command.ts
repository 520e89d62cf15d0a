/**
 * `tracker remind [--today YYYY-MM-DD] [--board NAME] [--dry-run] [--json] [--db FILE]`: one run
 * of the reminder job. Local mode delivers to the outbox (the Outbox screen shows the cards);
 * the last line is `sent N, skipped N, failed N`. `--json` prints the plan and the counts instead.
 */
import { londonDateOf, parseIsoDate, type IsoDate } from '../core/dates';
import { runSummaryJson, type RunSummary } from '../core/reminder-digest';
import { parseReminderPolicy } from '../core/reminder-policy-config';
import { LocalBoardPeople } from '../adapters/local/local-board-people';
import { SqliteOutbox } from '../adapters/sqlite/sqlite-outbox';
import { runReminders } from '../jobs/reminders/run-reminders';
import { LOCAL_PEOPLE } from '../seed/people';
import { parse, UsageError } from './args';
import type { Io } from './commands';
import { openSqlite } from './open-store';

export async function remindCommand(args: string[], io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const { values } = parse(args, {
    db: { type: 'string' },
    today: { type: 'string' },
    board: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const today = readToday(values.today);
  const policy = parseReminderPolicy(env.TRACKER_REMINDER_POLICY);
  if ((env.TRACKER_MODE ?? 'local') !== 'local') {
    throw new UsageError('remind: in Microsoft 365 mode the reminder job runs as the Azure Functions timer (see README, Reminders)');
  }
  const store = openSqlite(values.db as string | undefined, env);
  try {
    const summary = await runReminders(
      { store, notifier: new SqliteOutbox(store.db), people: new LocalBoardPeople(LOCAL_PEOPLE) },
      { today, now: () => new Date(), policy, board: (values.board as string | undefined) ?? null, dryRun: values['dry-run'] === true }
    );
    if (values.json) {
      io.out(JSON.stringify(runSummaryJson(summary), null, 2));
    } else {
      printSummary(summary, values['dry-run'] === true, io);
    }
    return summary.failed > 0 ? 1 : 0;
  } finally {
    store.close();
  }
}

function readToday(value: unknown): IsoDate {
  if (value === undefined) {
    return londonDateOf(new Date());
  }
  const date = typeof value === 'string' ? parseIsoDate(value) : null;
  if (!date) {
    throw new UsageError(`--today: expected a date as YYYY-MM-DD (got ${JSON.stringify(value)})`);
  }
  return date;
}

const KIND_WORDS = { owner: 'due', unassigned: 'unassigned and due', escalation: 'escalation', 'needs-date': 'needs a date', round: 'highlight update asked for' } as const;

function printSummary(summary: RunSummary, dryRun: boolean, io: Io): void {
  io.out(`reminders for ${summary.today}${dryRun ? ' (dry run: nothing claimed or sent)' : ''}`);
  for (const d of summary.digests) {
    const n = d.items.length;
    io.out(`  ${d.to.displayName} <${d.to.id || 'nobody'}>: ${KIND_WORDS[d.kind]}, ${n} item${n === 1 ? '' : 's'}`);
  }
  io.out(`sent ${summary.sent}, skipped ${summary.skipped}, failed ${summary.failed}`);
}
