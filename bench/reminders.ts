/**
 * Reminder figures: planning 50,000 items for 2,000 owners (time and the process's peak memory,
 * in a process of its own), and the requests one run makes on SharePoint (the HTTP-level fake
 * holding 50,000 actions): reading the due window, the ledger, claims and outcomes — top-level
 * HTTP requests (a $batch of ≤ 100 operations counts once) — and the same for a second run.
 */
import { zoneDates } from '../src/adapters/sharepoint/site-time-zone';
import { execFileSync } from 'node:child_process';
import { setupServer } from 'msw/node';
import { createSp } from '../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../src/adapters/sharepoint/sharepoint-store';
import { encodeWrite } from '../src/adapters/sharepoint/sp-codec';
import { parseDue } from '../src/core/due-date';
import { DEFAULT_REMINDER_POLICY } from '../src/core/reminder-policy';
import { runReminders } from '../src/jobs/reminders/run-reminders';
import type { Notifier } from '../src/ports/notifier';
import { SITE, provisionDirectly } from '../tests/fakes/provisioned-site';
import { FakeSharePoint } from '../tests/fakes/sharepoint-fake';
import { anAction } from '../tests/helpers/builders';
import { ITEMS, OWNERS, TODAY, dueOf, owner } from './reminder-items';

/** a UK site, as the fake is by default: how DateOnly values are written for it */
const UK_DATES = zoneDates('Europe/London');

export type ReminderBench = Readonly<{
  planMs: number;
  peakRssMb: number;
  digests: number;
  nudges: number;
  run: { requests: number; inBatch: number; read: number; sent: number; ms: number; again: { requests: number; sent: number } };
}>;

export async function reminderBench(): Promise<ReminderBench> {
  const child = JSON.parse(execFileSync(process.execPath, ['bin/run-ts.mjs', 'bench/reminder-plan-child.ts'], { encoding: 'utf8' })) as {
    planMs: number;
    peakRssMb: number;
    digests: number;
    nudges: number;
  };
  return { ...child, run: await sharePointRun() };
}

async function sharePointRun(): Promise<ReminderBench['run']> {
  const fake = new FakeSharePoint(SITE);
  provisionDirectly(fake);
  const server = setupServer(...fake.handlers());
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const users = Array.from({ length: OWNERS }, (_, i) => fake.addUser(owner(i).id, owner(i).displayName));
    fake.seedItems('Boards', [{ Title: 'Board 0', SourceKey: 'bench:board' }]);
    fake.seedItems('Workstreams', [{ Title: 'Workstream', WorkstreamKind: 'workstream', BoardId: 1, SourceKey: 'bench:ws' }]);
    const rows = [];
    for (let i = 0; i < ITEMS; i += 1) {
      const due = dueOf(i);
      const parsed = parseDue(due ? `${due.slice(8, 10)}/${due.slice(5, 7)}/${due.slice(0, 4)}` : 'TBC');
      const record = anAction({ owner: owner(i), workstreamId: 1 as never, dueText: parsed.text, sourceKey: `bench:${i}`, lifecycle: i % 9 === 0 ? 'closed' : 'open' });
      rows.push(await encodeWrite('actions', record as never, async () => users[i % OWNERS]?.Id ?? 0, UK_DATES));
    }
    fake.seedItems('Actions', rows);
    const store = new SharePointStore(createSp({ siteUrl: SITE, getToken: async () => 't', throttle: { sleep: async () => undefined } }), SITE);
    let sent = 0;
    const notifier: Notifier = { send: async () => ((sent += 1), { outcome: 'sent' }) };
    const people = { secretaries: async () => [{ id: 'sec@contoso.example', displayName: 'Secretary' }], leads: async () => [] };
    fake.resetCounts();
    const started = performance.now();
    const run = () => runReminders({ store, notifier, people }, { today: TODAY, now: () => new Date('2017-03-20T07:00:00Z'), policy: DEFAULT_REMINDER_POLICY });
    await run();
    const ms = performance.now() - started;
    const reads = fake.requests.filter((r) => r.method === 'GET').length;
    const first = { requests: fake.httpRequestCount(), inBatch: fake.requests.filter((r) => r.inBatch).length, read: reads, sent, ms };
    // the same day again: the ledger holds every nudge, so nothing is claimed or sent
    fake.resetCounts();
    const sentBefore = sent;
    await run();
    return { ...first, again: { requests: fake.httpRequestCount(), sent: sent - sentBefore } };
  } finally {
    server.close();
  }
}
