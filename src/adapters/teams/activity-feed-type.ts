/**
 * The Teams activity-feed notification type the reminder fallback sends (Graph
 * sendActivityNotification) — one definition for the notifier and the app manifest, which must
 * declare every type sent (Teams refuses a notification of an undeclared type). The template's
 * {parameters} are the notification's templateParameters by name.
 */
export const ITEM_DUE_ACTIVITY = {
  type: 'itemDue',
  description: 'An item you own is due or overdue',
  templateText: '{item} is due {due}',
} as const;
