/**
 * The Azure Functions (v4 programming model, Node 20) entry point of the reminder bot: its
 * messaging endpoint, POST /api/messages — the URL to give the Azure Bot resource
 * (https://<function app>.azurewebsites.net/api/messages). Anonymous at the Functions level:
 * every request is authenticated by its Bot Framework token instead. Register it by importing
 * this file from the Function App's entry, beside reminder-timer.ts.
 */
import { app } from '@azure/functions';
import { botMessagesHandler, createM365Bot } from './m365-bot';

app.http('messages', {
  methods: ['POST'],
  authLevel: 'anonymous',
  route: 'messages',
  handler: botMessagesHandler(() => createM365Bot(process.env, () => new Date())),
});
