/**
 * The timer entry: when it fires it runs the Microsoft 365 reminder job (here on the HTTP fakes)
 * and logs one summary line; a failure is logged in one line and rethrown for the host. The
 * registration itself is checked against a stand-in for the Functions app.
 */
import type * as Functions from '@azure/functions';
import { InvocationContext, type Timer } from '@azure/functions';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { reminderTimerHandler } from '../../src/functions/reminder-timer-handler';
import { queryAll } from '../../src/ports/tracker-store';
import { M365_JOB_ENV } from '../fakes/m365-job-env';
import { ann, bo, seedFixture } from '../jobs/reminders/reminder-fixture';
import { reminderJobOnFakes } from './reminder-job-fakes';

const registered = vi.hoisted(() => [] as Array<{ name: string; options: { schedule: string; handler: unknown } }>);
vi.mock('@azure/functions', async (original) => ({
  ...(await original<typeof Functions>()),
  app: { timer: (name: string, options: { schedule: string; handler: unknown }) => registered.push({ name, options }) },
}));

const { teams, server, store, credentials } = reminderJobOnFakes();
const timer: Timer = { isPastDue: false, schedule: { adjustForDST: true }, scheduleStatus: { last: '', next: '', lastUpdated: '' } };

function fakeContext(): { context: InvocationContext; lines: Array<[string, string]> } {
  const lines: Array<[string, string]> = [];
  const context = new InvocationContext({ invocationId: 'timer-1', functionName: 'reminders', logHandler: (level, ...args) => lines.push([level, args.map(String).join(' ')]) });
  return { context, lines };
}

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  await seedFixture(store, 'timer-entry');
  teams.users.add(ann.id);
  teams.users.add(bo.id);
}, 60_000);
afterAll(() => server.close());

describe('the reminder timer', () => {
  it('runs the job and logs the summary line', async () => {
    const { context, lines } = fakeContext();
    await reminderTimerHandler(M365_JOB_ENV, () => new Date('2017-03-20T07:00:00Z'), credentials)(timer, context);
    // Ann's and Bo's digests reach them; Lee's two (escalation, needs a date) and the unassigned
    // one (the board has no secretaries here) cannot be delivered
    const ledger = await queryAll(store, 'reminderLog', { where: [{ field: 'id', op: 'ge', value: 1 }] });
    expect([...new Set(ledger.filter((r) => r.outcome === 'sent').map((r) => r.recipient))].sort()).toEqual([ann.id, bo.id]);
    expect(teams.sent).toHaveLength(2);
    expect(lines).toEqual([['information', 'reminders for 2017-03-20: sent 2, skipped 0, failed 3']]);
  }, 120_000);

  it('logs a failure in one line naming the setting, and rethrows it for the host', async () => {
    const { context, lines } = fakeContext();
    await expect(reminderTimerHandler({ TRACKER_MODE: 'm365' }, () => new Date())(timer, context)).rejects.toThrow(/TRACKER_TENANT_ID/);
    expect(lines).toEqual([['error', expect.stringMatching(/^reminders: TRACKER_TENANT_ID: is required in Microsoft 365 mode[^\n]*$/)]]);
  });

  it('is registered as the weekday 07:00 timer, or on TRACKER_REMINDER_SCHEDULE', async () => {
    const { reminderTimer } = await import('../../src/functions/reminder-timer');
    expect(registered).toEqual([{ name: 'reminders', options: { schedule: process.env.TRACKER_REMINDER_SCHEDULE ?? '0 0 7 * * 1-5', handler: reminderTimer } }]);
  });
});
