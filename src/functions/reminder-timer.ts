/**
 * The Azure Functions (v4 programming model, Node 20) entry point: a timer that runs the reminder
 * job at 07:00 on weekdays. The schedule is UTC unless the Function App sets WEBSITE_TIME_ZONE
 * ("GMT Standard Time" on Windows plans, "Europe/London" on Linux); the job itself always takes
 * today in Europe/London. Register it by importing this file from the Function App's entry.
 */
import { app, type InvocationContext, type Timer } from '@azure/functions';
import { runM365Reminders } from './m365-reminders';

export async function reminderTimer(_timer: Timer, context: InvocationContext): Promise<void> {
  try {
    const summary = await runM365Reminders(process.env, () => new Date());
    context.log(`reminders for ${summary.today}: sent ${summary.sent}, skipped ${summary.skipped}, failed ${summary.failed}`);
  } catch (error) {
    // one line, naming the setting or the step; the Functions host records the failure
    context.error(`reminders: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

app.timer('reminders', { schedule: process.env.TRACKER_REMINDER_SCHEDULE ?? '0 0 7 * * 1-5', handler: reminderTimer });
