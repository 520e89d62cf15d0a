/**
 * The bot's messaging endpoint (POST /api/messages), independent of its HTTP host: the request
 * must carry a Bot Framework token for this bot (bot-auth.ts), the activity must come from the
 * service the token names (its `serviceurl` claim) and from our tenant; then the activity is
 * handled (bot-activity.ts). Bad input gets a status and a sentence, never a stack trace.
 */
import { authenticateBotRequest } from './bot-auth';
import { handleBotActivity, type BotActivity, type BotAnswer, type BotDeps } from './bot-activity';

export type BotEndpointConfig = Readonly<{ botId: string; tenantId: string }>;

export type BotRequest = Readonly<{ method: string; authorization: string | undefined; body: string }>;

const refuse = (status: number, message: string): BotAnswer => ({ status, body: { error: message } });

export async function answerBotRequest(config: BotEndpointConfig, deps: BotDeps, request: BotRequest): Promise<BotAnswer> {
  if (request.method.toUpperCase() !== 'POST') {
    return refuse(405, 'the messaging endpoint takes POST only');
  }
  const auth = await authenticateBotRequest(config, request.method, request.authorization);
  if (!auth.ok) {
    return refuse(auth.status, auth.reason);
  }
  let activity: BotActivity;
  try {
    activity = JSON.parse(request.body) as BotActivity;
  } catch {
    return refuse(400, 'the body is not JSON');
  }
  if (!activity || typeof activity !== 'object' || typeof activity.type !== 'string') {
    return refuse(400, 'the body is not an activity (no type)');
  }
  // The token vouches for one Connector; an activity naming another one is not to be trusted
  // (Bot Framework authentication: the serviceUrl claim must match the activity's serviceUrl).
  const claimed = String(auth.claims.serviceurl ?? auth.claims.serviceUrl ?? '');
  if (claimed && norm(claimed) !== norm(activity.serviceUrl ?? '')) {
    return refuse(403, `the activity's serviceUrl (${activity.serviceUrl ?? 'none'}) is not the one its token was issued for`);
  }
  const tenant = activity.channelData?.tenant?.id ?? activity.conversation?.tenantId;
  if (tenant === undefined || tenant.toLowerCase() !== config.tenantId.toLowerCase()) {
    return refuse(403, `the activity comes from another tenant (${tenant ?? 'none named'})`);
  }
  return handleBotActivity(deps, activity);
}

const norm = (url: string): string => url.trim().replace(/\/+$/, '').toLowerCase();
