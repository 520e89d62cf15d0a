/**
 * Authenticates the bot's inbound requests (card-action invokes from Teams) with the Microsoft 365
 * Agents SDK's own JWT check (`authorizeJWT`, @microsoft/agents-hosting): the token must be signed
 * by a key the Bot Framework (or Entra) publishes, issued by a trusted issuer, and addressed to our
 * bot's app id. Anything else — no header, a malformed one, a forged or expired token — is refused
 * before the body is read. Wrapped here so the bot's HTTP host (Functions, or plain Node) needs no
 * Express.
 */
import { authorizeJWT, type AuthConfiguration } from '@microsoft/agents-hosting';

export type BotAuthResult = Readonly<{ ok: true; claims: Record<string, unknown> }> | Readonly<{ ok: false; status: number; reason: string }>;

export async function authenticateBotRequest(
  config: Readonly<{ botId: string; tenantId: string }>,
  method: string,
  authorization: string | undefined
): Promise<BotAuthResult> {
  // The SDK matches a token's audience against its configured connections: without one, every
  // token — genuine or not — would be refused for "audience mismatch".
  const connection = { clientId: config.botId, tenantId: config.tenantId } as AuthConfiguration;
  const check = authorizeJWT({ ...connection, connections: new Map([['reminderBot', connection]]) } as AuthConfiguration);
  const req: { method: string; headers: { authorization?: string }; user?: Record<string, unknown> } = { method, headers: authorization ? { authorization } : {} };
  let refused: { status: number; reason: string } | null = null;
  const res = {
    status(code: number) {
      return {
        send(body: unknown) {
          refused = { status: code, reason: String((body as Record<string, unknown>)?.['jwt-auth-error'] ?? 'unauthorized') };
        },
      };
    },
  };
  let passed = false;
  await check(req as never, res as never, () => {
    passed = true;
  });
  if (passed && refused === null) {
    return { ok: true, claims: req.user ?? {} };
  }
  return { ok: false, ...(refused ?? { status: 401, reason: 'unauthorized' }) };
}
