/**
 * The Bot Connector's REST API, the calls the reminder bot makes: post an activity into a
 * conversation (`POST {serviceUrl}/v3/conversations/{id}/activities`), replace one it posted
 * (`PUT …/activities/{activityId}`: a card refreshed after an Action.Submit), and read one member of a
 * conversation (`GET …/members/{memberId}`, which in Teams carries the person's Entra object id,
 * UPN and e-mail). Each call carries the bot's token; a 401 — the token expired or was revoked
 * before we thought — is answered by fetching a new token once and sending again.
 */
import type { BotTokens } from './bot-token';

/** A refusal by the Connector, with what the caller needs to decide: the status and any wait asked. */
export class ConnectorError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter: string | null,
    detail: string
  ) {
    super(`Bot Connector answered ${status}${detail ? `: ${detail}` : ''}`);
    this.name = 'ConnectorError';
  }
}

/** A Teams conversation member as the Connector returns it (TeamsChannelAccount). */
export type ConnectorMember = Readonly<{
  id: string;
  name?: string;
  aadObjectId?: string;
  email?: string;
  userPrincipalName?: string;
  tenantId?: string;
}>;

export type ConnectorActivity = Readonly<Record<string, unknown> & { type: string }>;

export class BotConnector {
  private readonly doFetch: typeof fetch;

  constructor(
    private readonly tokens: BotTokens,
    doFetch?: typeof fetch
  ) {
    this.doFetch = doFetch ?? ((...args) => fetch(...args));
  }

  async sendToConversation(serviceUrl: string, conversationId: string, activity: ConnectorActivity): Promise<{ id?: string }> {
    const response = await this.call('POST', url(serviceUrl, `v3/conversations/${encodeURIComponent(conversationId)}/activities`), activity);
    return ((await response.json().catch(() => ({}))) as { id?: string }) ?? {};
  }

  async updateActivity(serviceUrl: string, conversationId: string, activityId: string, activity: ConnectorActivity): Promise<void> {
    await this.call('PUT', url(serviceUrl, `v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(activityId)}`), { ...activity, id: activityId });
  }

  async member(serviceUrl: string, conversationId: string, memberId: string): Promise<ConnectorMember> {
    const response = await this.call('GET', url(serviceUrl, `v3/conversations/${encodeURIComponent(conversationId)}/members/${encodeURIComponent(memberId)}`));
    return (await response.json()) as ConnectorMember;
  }

  private async call(method: string, target: string, body?: unknown): Promise<Response> {
    for (let attempt = 1; ; attempt += 1) {
      const response = await this.doFetch(target, {
        method,
        headers: { Authorization: `Bearer ${await this.tokens.get()}`, Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (response.ok) {
        return response;
      }
      if (response.status === 401 && attempt === 1) {
        this.tokens.invalidate();
        continue;
      }
      const text = await response.text().catch(() => '');
      throw new ConnectorError(response.status, response.headers.get('Retry-After'), errorMessage(text));
    }
  }
}

function url(serviceUrl: string, path: string): string {
  return `${serviceUrl.replace(/\/+$/, '')}/${path}`;
}

function errorMessage(text: string): string {
  try {
    const json = JSON.parse(text) as { error?: { message?: string }; message?: string };
    return json.error?.message ?? json.message ?? '';
  } catch {
    return text.slice(0, 200);
  }
}
