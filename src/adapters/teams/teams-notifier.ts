/**
 * The Notifier for Microsoft 365: a reminder digest as an Adaptive Card in the person's chat with
 * the bot, sent proactively through the Bot Connector's REST API (bot-connector.ts, with the
 * bot's own token). The conversation is the one the bot captured when the app was installed; where none is known, the app is installed for the person through Graph
 * (installedApps; 409 means it already is) and the chat id read from the installation. Where the
 * bot cannot reach them (installation refused, conversation gone), a Teams activity-feed
 * notification (sendActivityNotification, the manifest's `itemDue` activity type) links to the tab.
 * Every answer becomes a result — sent, throttled (with Retry-After), recipient-not-found or
 * failed — so one person never stops the run; the run's ledger retries the rest next time.
 */
import { buildReminderCard, type CardLinks } from '../../core/cards/reminder-card';
import type { ConversationRef, ConversationStore } from '../../ports/conversation-store';
import type { Notifier, ReminderMessage, SendResult } from '../../ports/notifier';
import { retryAfterMs } from '../sharepoint/retry-after';
import { ITEM_DUE_ACTIVITY } from './activity-feed-type';
import { ConnectorError, type BotConnector } from './bot-connector';

export type TeamsNotifierOptions = Readonly<{
  /** the Teams app's id in the org catalog (the manifest id for an uploaded app) */
  teamsAppId: string;
  /** the Bot Connector's service URL for the tenant's region @default https://smba.trafficmanager.net/teams/ */
  serviceUrl?: string;
  /** the Bot Connector, with the bot's token; null when no bot is registered (activity feed only) */
  connector: BotConnector | null;
  /** app-only token for Graph (TeamsAppInstallation.ReadWriteSelfForUser.All, TeamsActivity.Send) */
  graphToken: () => Promise<string>;
  conversations: ConversationStore;
  links: CardLinks;
  graphBaseUrl?: string;
  fetch?: typeof fetch;
  now?: () => number;
}>;

const DEFAULT_SERVICE_URL = 'https://smba.trafficmanager.net/teams/';

/** A Graph or Connector answer that decides the result, carried up from deep in a step. */
class Outcome extends Error {
  constructor(readonly result: SendResult) {
    super(result.detail ?? result.outcome);
  }
}

export class TeamsNotifier implements Notifier {
  private readonly graph: string;
  private readonly doFetch: typeof fetch;
  private readonly now: () => number;

  constructor(private readonly options: TeamsNotifierOptions) {
    this.graph = options.graphBaseUrl ?? 'https://graph.microsoft.com/v1.0';
    this.doFetch = options.fetch ?? ((...args) => fetch(...args));
    this.now = options.now ?? Date.now;
  }

  async send(message: ReminderMessage): Promise<SendResult> {
    const userId = message.digest.to.id;
    const connector = this.options.connector;
    try {
      if (connector === null) {
        return await this.activityFeed(message, 'no bot is registered');
      }
      const ref = (await this.options.conversations.get(userId)) ?? (await this.installAndFindChat(userId));
      if (ref === null) {
        return await this.activityFeed(message, 'the app could not be installed for them');
      }
      return await this.postCard(connector, message, ref);
    } catch (error) {
      if (error instanceof Outcome) {
        return error.result;
      }
      return { outcome: 'failed', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  private async postCard(connector: BotConnector, message: ReminderMessage, ref: ConversationRef): Promise<SendResult> {
    const card = buildReminderCard(message.digest, message.today, this.options.links);
    try {
      await connector.sendToConversation(ref.serviceUrl, ref.conversationId, {
        type: 'message',
        summary: String(card.fallbackText ?? 'Reminders'),
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      });
      return { outcome: 'sent' };
    } catch (error) {
      if (!(error instanceof ConnectorError)) {
        return { outcome: 'failed', detail: error instanceof Error ? error.message : String(error) };
      }
      if (error.status === 429) {
        return this.throttled(error.retryAfter, 'Bot Connector');
      }
      if (error.status === 403 || error.status === 404) {
        // the person removed the app or blocked the bot: forget the conversation, tell them in the feed
        await this.options.conversations.delete(message.digest.to.id);
        return this.activityFeed(message, `the bot's conversation answered ${error.status}`);
      }
      return { outcome: 'failed', detail: `Bot Connector answered ${error.status}` };
    }
  }

  /** Installs the app for the person (or finds it installed) and reads its chat id; null if refused. */
  private async installAndFindChat(userId: string): Promise<ConversationRef | null> {
    const user = encodeURIComponent(userId);
    const install = await this.graphRequest('POST', `/users/${user}/teamwork/installedApps`, {
      'teamsApp@odata.bind': `${this.graph}/appCatalogs/teamsApps/${this.options.teamsAppId}`,
    });
    if (install.status === 403) {
      return null;
    }
    if (!install.ok && install.status !== 409) {
      throw new Outcome(this.fromGraph(install, 'installing the app'));
    }
    const filter = encodeURIComponent(`teamsApp/id eq '${this.options.teamsAppId}'`);
    const list = await this.graphRequest('GET', `/users/${user}/teamwork/installedApps?$expand=teamsApp&$filter=${filter}`);
    if (!list.ok) {
      throw new Outcome(this.fromGraph(list, 'finding the installation'));
    }
    const installation = ((await list.json()) as { value?: Array<{ id: string }> }).value?.[0];
    if (!installation) {
      return null;
    }
    const chat = await this.graphRequest('GET', `/users/${user}/teamwork/installedApps/${encodeURIComponent(installation.id)}/chat`);
    if (!chat.ok) {
      throw new Outcome(this.fromGraph(chat, 'reading the chat'));
    }
    const ref = { conversationId: ((await chat.json()) as { id: string }).id, serviceUrl: this.options.serviceUrl ?? DEFAULT_SERVICE_URL };
    await this.options.conversations.set(userId, ref);
    return ref;
  }

  /** The fallback: an activity-feed notification linking to the tab. */
  private async activityFeed(message: ReminderMessage, why: string): Promise<SendResult> {
    const digest = message.digest;
    const first = digest.items[0];
    const response = await this.graphRequest('POST', `/users/${encodeURIComponent(digest.to.id)}/teamwork/sendActivityNotification`, {
      topic: { source: 'text', value: 'Action Tracker', webUrl: this.options.links.digest(digest.kind) },
      // the manifest's activity type: "{item} is due {due}"
      activityType: ITEM_DUE_ACTIVITY.type,
      previewText: { content: `${digest.items.length} item${digest.items.length === 1 ? '' : 's'} need${digest.items.length === 1 ? 's' : ''} your attention` },
      templateParameters: [
        { name: 'item', value: first ? (digest.items.length === 1 ? first.label : `${first.label} and ${digest.items.length - 1} more`) : 'An item' },
        { name: 'due', value: dueWords(first?.daysToGo ?? null) },
      ],
    });
    if (response.ok) {
      return { outcome: 'sent', detail: `activity feed (${why})` };
    }
    return this.fromGraph(response, 'sending the activity notification');
  }

  private async graphRequest(method: string, path: string, body?: unknown): Promise<Response> {
    return this.doFetch(`${this.graph}${path}`, {
      method,
      headers: { Authorization: `Bearer ${await this.options.graphToken()}`, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  private fromGraph(response: Response, doing: string): SendResult {
    if (response.status === 429 || response.status === 503) {
      return this.throttled(response.headers.get('Retry-After'), `Graph (${doing})`);
    }
    if (response.status === 404) {
      return { outcome: 'recipient-not-found', detail: `Graph found no such person (${doing})` };
    }
    return { outcome: 'failed', detail: `Graph answered ${response.status} while ${doing}` };
  }

  private throttled(retryAfter: string | null, who: string): SendResult {
    const ms = retryAfterMs(retryAfter, this.now(), 60_000);
    return { outcome: 'throttled', detail: `${who} asked to wait`, retryAfterSeconds: Math.ceil(ms / 1000) };
  }
}

function dueWords(daysToGo: number | null): string {
  if (daysToGo === null) {
    return 'without a date';
  }
  if (daysToGo === 0) {
    return 'today';
  }
  return daysToGo > 0 ? `in ${daysToGo} day${daysToGo === 1 ? '' : 's'}` : `and ${-daysToGo} day${daysToGo === -1 ? '' : 's'} overdue`;
}
