/**
 * The Azure Functions (v4 programming model, Node 20) entry point: a timer that runs the reminder
 * job at 07:00 on weekdays. The schedule is UTC unless the Function App sets WEBSITE_TIME_ZONE
 * ("GMT Standard Time" on Windows plans, "Europe/London" on Linux); the job itself always takes
 * today in Europe/London. Register it by importing this file from the Function App's entry.
 */
import { app } from '@azure/functions';
import { reminderTimerHandler } from './reminder-timer-handler';

export const reminderTimer = reminderTimerHandler(process.env, () => new Date());

app.timer('reminders', { schedule: process.env.TRACKER_REMINDER_SCHEDULE ?? '0 0 7 * * 1-5', handler: reminderTimer });
