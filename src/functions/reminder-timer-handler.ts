/**
 * What the reminder timer does when it fires, apart from its registration (reminder-timer.ts) so
 * it can be run with any settings and clock: the Microsoft 365 run, then one summary line in the
 * function's log; a failure is logged in one line (the setting or the step) and rethrown so the
 * Functions host records the invocation as failed.
 */
import type { InvocationContext, Timer } from '@azure/functions';
import { runM365Reminders, type M365RunOptions } from './m365-reminders';

export function reminderTimerHandler(env: Readonly<Record<string, string | undefined>>, now: () => Date, options: M365RunOptions = {}) {
  return async (_timer: Timer, context: InvocationContext): Promise<void> => {
    try {
      const summary = await runM365Reminders(env, now, options);
      context.log(`reminders for ${summary.today}: sent ${summary.sent}, skipped ${summary.skipped}, failed ${summary.failed}`);
    } catch (error) {
      context.error(`reminders: ${error instanceof Error ? error.message : String(error)}`);
      throw error;
    }
  };
}
