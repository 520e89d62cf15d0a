/**
 * What the reminder bot does with each activity Teams sends it (after the request is
 * authenticated): an install in a person's own scope (`installationUpdate` add, or
 * `conversationUpdate` with members added to the 1:1 chat) captures that conversation for
 * proactive digests, keyed by the person's mail, UPN and Entra object id as the Connector
 * reports them; an uninstall forgets it; a card button (`invoke` adaptiveCard/action) is
 * answered by the card-action handler with the presser taken from the activity's `from` —
 * Teams' own statement of who pressed — never from anything the card carried; so is its
 * Action.Submit fallback (a `message` carrying the card's `value`, card-submit.ts), whose answer
 * goes back through the Connector.
 */
import type { ConversationStore } from '../../ports/conversation-store';
import type { Person } from '../../ports/directory';
import { ConnectorError, type BotConnector } from './bot-connector';
import { answerCardInvoke, type CardInvokeDeps, type InvokeResponse } from './card-invoke';
import { answerCardSubmit, isCardSubmit } from './card-submit';

type Account = Readonly<{ id: string; name?: string; aadObjectId?: string }>;

/** The fields of a Bot Framework activity the bot reads. */
export type BotActivity = Readonly<{
  type: string;
  name?: string;
  /** installationUpdate: add, remove, add-upgrade, remove-upgrade */
  action?: string;
  serviceUrl?: string;
  from?: Account;
  recipient?: Account;
  conversation?: Readonly<{ id: string; conversationType?: string; tenantId?: string }>;
  channelData?: Readonly<{ tenant?: Readonly<{ id?: string }> }>;
  membersAdded?: readonly Account[];
  value?: unknown;
  /** a message sent from a card: the id of the card's own message */
  replyToId?: string;
}>;

export type BotDeps = Readonly<{
  conversations: ConversationStore;
  connector: BotConnector;
  /** who pressed: the person with this Entra object id, with their roles; null when unknown */
  presser: (aadObjectId: string) => Promise<Person | null>;
  /** the card handler's dependencies for a press happening now */
  cards: () => CardInvokeDeps;
}>;

export type BotAnswer = Readonly<{ status: number; body?: unknown }>;

export async function handleBotActivity(deps: BotDeps, activity: BotActivity): Promise<BotAnswer> {
  if (activity.type === 'invoke') {
    const presser = await presserOf(deps, activity);
    const answer: InvokeResponse = await answerCardInvoke(deps.cards(), activity as Parameters<typeof answerCardInvoke>[1], presser);
    return { status: answer.status, body: answer.body };
  }
  if (isCardSubmit(activity)) {
    await answerCardSubmit({ connector: deps.connector, cards: deps.cards() }, activity, await presserOf(deps, activity));
    return { status: 200 };
  }
  const personal = activity.conversation?.conversationType === 'personal';
  if (personal && activity.type === 'installationUpdate' && /^add/.test(activity.action ?? '')) {
    await capture(deps, activity);
  } else if (personal && activity.type === 'installationUpdate' && /^remove/.test(activity.action ?? '')) {
    await forget(deps, activity);
  } else if (personal && activity.type === 'conversationUpdate' && (activity.membersAdded?.length ?? 0) > 0) {
    await capture(deps, activity);
  }
  return { status: 200 };
}

/** Who pressed: Teams' `from.aadObjectId`, looked up; null when absent or unknown. */
async function presserOf(deps: BotDeps, activity: BotActivity): Promise<Person | null> {
  const aad = activity.from?.aadObjectId;
  return aad ? deps.presser(aad) : null;
}

/** The person's ids as the app knows them: mail and UPN (lower case), and the Entra object id. */
async function personIds(deps: BotDeps, activity: BotActivity): Promise<string[]> {
  const from = activity.from;
  if (!from || !activity.conversation || !activity.serviceUrl) {
    return [];
  }
  const member = await deps.connector.member(activity.serviceUrl, activity.conversation.id, from.id);
  const ids = [member.email, member.userPrincipalName, member.aadObjectId ?? from.aadObjectId].filter((id): id is string => typeof id === 'string' && id !== '');
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/**
 * When the Connector will not say who the member is (404 not in the conversation, 403, 429, …),
 * the conversation is still kept under the Entra object id Teams gave in `from`: the install is
 * not lost, and a digest addressed by mail falls back to installing through Graph.
 */
async function capture(deps: BotDeps, activity: BotActivity): Promise<void> {
  const ref = { conversationId: activity.conversation?.id ?? '', serviceUrl: activity.serviceUrl ?? '' };
  const ids = await personIds(deps, activity).catch((error: unknown) => {
    if (error instanceof ConnectorError) {
      return [activity.from?.aadObjectId?.toLowerCase() ?? ''].filter(Boolean);
    }
    throw error;
  });
  for (const id of ids) {
    await deps.conversations.set(id, ref);
  }
}

async function forget(deps: BotDeps, activity: BotActivity): Promise<void> {
  const ids = await personIds(deps, activity).catch(() => [activity.from?.aadObjectId ?? ''].filter(Boolean));
  for (const id of ids) {
    await deps.conversations.delete(id);
  }
}
