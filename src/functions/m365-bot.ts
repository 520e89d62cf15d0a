/**
 * The reminder bot's messaging endpoint in Microsoft 365 (a composition root): the shared
 * wiring, the presser resolved from the invoke's `from.aadObjectId` through Graph (User.Read.All,
 * app-only) with their board roles from the site's groups, and the card handler writing through
 * SharePoint as that person. Returns the Azure Functions HTTP handler; bot-messages.ts registers
 * it at POST /api/messages. A missing setting is named in one line.
 */
import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { ThrottleOptions } from '../adapters/sharepoint/pnp-preset';
import type { BotDeps } from '../adapters/teams/bot-activity';
import { answerBotRequest, type BotEndpointConfig } from '../adapters/teams/bot-endpoint';
import { londonDateOf } from '../core/dates';
import { InvalidValueError } from '../core/errors';
import { parseReminderPolicy } from '../core/reminder-policy-config';
import type { Person } from '../ports/directory';
import { credentialsFromEnv, m365Settings, wireM365, type M365Credentials } from './m365-wiring';

export type M365Bot = Readonly<{ config: BotEndpointConfig; deps: BotDeps }>;

export function createM365Bot(
  env: Readonly<Record<string, string | undefined>>,
  now: () => Date,
  options: Readonly<{ credentials?: M365Credentials; throttle?: ThrottleOptions }> = {}
): M365Bot {
  const settings = m365Settings(env, 'the reminder bot');
  if (!settings.botId) {
    throw new InvalidValueError('TRACKER_BOT_ID', env.TRACKER_BOT_ID, 'the bot’s messaging endpoint needs the bot’s Microsoft App id');
  }
  const policy = parseReminderPolicy(env.TRACKER_REMINDER_POLICY);
  const wiring = wireM365(settings, options.credentials ?? credentialsFromEnv(env, settings), { now: () => now().getTime(), ...(options.throttle ? { throttle: options.throttle } : {}) });
  const connector = wiring.connector;
  if (!connector) {
    throw new InvalidValueError('TRACKER_BOT_ID', env.TRACKER_BOT_ID, 'the bot’s messaging endpoint needs the bot’s Microsoft App id');
  }
  const presser = async (aadObjectId: string): Promise<Person | null> => {
    const person = await wiring.directory.get(aadObjectId);
    if (!person) {
      return null;
    }
    const roles = await wiring.people().rolesOf(person.id);
    return { ...person, role: roles.role, serves: roles.serves };
  };
  return {
    config: { botId: settings.botId, tenantId: settings.tenantId },
    deps: {
      conversations: wiring.conversations,
      connector,
      presser,
      cards: () => {
        const at = now();
        return { store: wiring.store, policy, links: wiring.links, today: londonDateOf(at), at: at.toISOString() };
      },
    },
  };
}

/** The Functions handler: built on first use, so a missing setting is reported per request, in one line. */
export function botMessagesHandler(build: () => M365Bot) {
  let bot: M365Bot | null = null;
  return async (request: HttpRequest, context: InvocationContext): Promise<HttpResponseInit> => {
    try {
      bot ??= build();
      const answer = await answerBotRequest(bot.config, bot.deps, {
        method: request.method,
        authorization: request.headers.get('authorization') ?? undefined,
        body: await request.text(),
      });
      return answer.body === undefined ? { status: answer.status } : { status: answer.status, jsonBody: answer.body };
    } catch (error) {
      context.error(`bot: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return { status: 500, jsonBody: { error: 'the bot could not handle this activity' } };
    }
  };
}
