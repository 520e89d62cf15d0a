/**
 * The bot's answer to an `adaptiveCard/action` invoke (a reminder card's button pressed in Teams):
 * the action goes through the same handler as the local Outbox — written at the card's version,
 * with the presser (resolved from the invoke's `from`, never the bot) as author and their rights
 * checked — and Teams gets the refreshed card back; a conflict answers with both values; a refusal
 * (not theirs, a rule) answers with a message and leaves the card as it was.
 */
import { buildResultCard } from '../../core/cards/result-card';
import type { CardLinks } from '../../core/cards/reminder-card';
import type { IsoDate } from '../../core/dates';
import { isTrackerError } from '../../core/errors';
import type { ReminderPolicy } from '../../core/reminder-policy';
import type { Person } from '../../ports/directory';
import type { TrackerStore } from '../../ports/tracker-store';
import { handleCardAction, readCardAction } from '../../services/card-actions';

export type InvokeActivity = Readonly<{
  type: string;
  name?: string;
  value?: { action?: { type?: string; verb?: string; data?: Record<string, unknown> } };
}>;

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export type InvokeResponse = Readonly<{ status: number; body: Readonly<{ statusCode: number; type: string; value: unknown }> }>;

export type CardInvokeDeps = Readonly<{ store: TrackerStore; policy: ReminderPolicy; links: CardLinks; today: IsoDate; at: string }>;

export async function answerCardInvoke(deps: CardInvokeDeps, activity: InvokeActivity, presser: Person | null): Promise<InvokeResponse> {
  if (activity.type !== 'invoke' || activity.name !== 'adaptiveCard/action') {
    return message(400, 'not a card action');
  }
  const raw = activity.value?.action?.data ?? {};
  return answerCardAction(deps, { ...raw, verb: activity.value?.action?.verb ?? raw.verb }, presser);
}

/**
 * A card action however it arrived — an invoke's data with its verb, or an Action.Submit's
 * `value` (the card's data merged with its inputs) — answered with the refreshed card or a sentence.
 */
export async function answerCardAction(deps: CardInvokeDeps, data: Readonly<Record<string, unknown>>, presser: Person | null): Promise<InvokeResponse> {
  if (!presser) {
    return message(200, 'You are not known to Action Tracker, so nothing was changed.');
  }
  try {
    const action = readCardAction(data);
    // the card's input values arrive beside its data; keep only the inputs
    const inputs = Object.fromEntries(Object.entries(data).filter(([k]) => !['verb', 'list', 'id', 'version', 'msteams'].includes(k)));
    const answer = await handleCardAction(deps.store, { action, inputs, actor: presser, at: deps.at, today: deps.today, policy: deps.policy });
    return { status: 200, body: { statusCode: 200, type: ADAPTIVE_CARD, value: buildResultCard(answer, deps.links) } };
  } catch (error) {
    if (isTrackerError(error)) {
      return message(200, error.message);
    }
    throw error;
  }
}

function message(status: number, text: string): InvokeResponse {
  return { status, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } };
}
