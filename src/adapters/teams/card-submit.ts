/**
 * A card button pressed where Teams fell back from Action.Execute to the card's Action.Submit
 * (older clients): it arrives as a `message` activity whose `value` is the card's data merged
 * with its inputs, and it expects no answer in the HTTP response. It goes through the same card
 * handler as an invoke — the presser from the activity's `from.aadObjectId` only, the same
 * rights and rules — and the answer is put in the chat through the Connector: the card message
 * pressed (`replyToId`) is replaced by the refreshed card, or, for a refusal, a reply says why.
 */
import type { Person } from '../../ports/directory';
import type { BotActivity } from './bot-activity';
import type { BotConnector } from './bot-connector';
import { ADAPTIVE_CARD, answerCardAction, type CardInvokeDeps } from './card-invoke';

/** Whether a message is a card's Action.Submit: a `value` object naming a verb. */
export function isCardSubmit(activity: BotActivity): activity is BotActivity & { value: Record<string, unknown> } {
  const value = activity.value;
  return activity.type === 'message' && typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).verb === 'string';
}

export async function answerCardSubmit(
  deps: Readonly<{ connector: BotConnector; cards: CardInvokeDeps }>,
  activity: BotActivity & { value: Record<string, unknown>; replyToId?: string },
  presser: Person | null
): Promise<void> {
  const answer = await answerCardAction(deps.cards, activity.value, presser);
  const serviceUrl = activity.serviceUrl ?? '';
  const conversationId = activity.conversation?.id ?? '';
  if (answer.body.type === ADAPTIVE_CARD) {
    const card = { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD, content: answer.body.value }] };
    if (activity.replyToId) {
      await deps.connector.updateActivity(serviceUrl, conversationId, activity.replyToId, card);
    } else {
      await deps.connector.sendToConversation(serviceUrl, conversationId, card);
    }
    return;
  }
  await deps.connector.sendToConversation(serviceUrl, conversationId, { type: 'message', text: String(answer.body.value), ...(activity.replyToId ? { replyToId: activity.replyToId } : {}) });
}
