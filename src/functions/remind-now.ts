/**
 * The Azure Functions (v4 programming model, Node 20) entry point of "Send nudges now":
 * POST /api/remind, the URL the tab is built with (TRACKER_REMIND_URL). Anonymous at the
 * Functions level: every request is authenticated by the signed-in person's Entra token for the
 * app's own API instead (m365-remind-now.ts). Register it by importing this file from the
 * Function App's entry, beside reminder-timer.ts and bot-messages.ts.
 */
import { app } from '@azure/functions';
import { createRemindNow, remindNowHandler } from './m365-remind-now';

app.http('remind', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'remind',
  handler: remindNowHandler(() => createRemindNow(process.env, () => new Date())),
});
