/**
 * The bot's token for the Bot Connector: OAuth 2.0 client credentials at the Entra token
 * endpoint of the bot's (single) tenant, scope https://api.botframework.com/.default, proving
 * the bot's identity with a certificate — a client assertion (RFC 7523) signed with the
 * certificate's private key and naming it by its SHA-256 thumbprint (`x5t#S256`), as Entra
 * takes it. The token is kept until five minutes before it expires; `invalidate` drops it when
 * the Connector refuses it sooner (revoked, or a clock that disagrees).
 */
import { createPrivateKey, createSign, randomUUID, type KeyObject } from 'node:crypto';

export const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com/.default';
const EARLY_RENEWAL_MS = 5 * 60 * 1000;

export type BotTokenOptions = Readonly<{
  tenantId: string;
  /** the bot's Microsoft App id */
  botId: string;
  /** PEM holding the certificate's private key */
  privateKeyPem: string;
  /** the certificate's SHA-256 thumbprint, hex */
  thumbprintSha256: string;
  /** @default https://login.microsoftonline.com */
  authorityHost?: string;
  fetch?: typeof fetch;
  now?: () => number;
}>;

export interface BotTokens {
  /** a token the Connector accepts now */
  get(): Promise<string>;
  /** forgets the kept token: the next `get` asks the endpoint again */
  invalidate(): void;
}

const b64url = (value: string | Buffer): string => Buffer.from(value).toString('base64url');

export function botTokens(options: BotTokenOptions): BotTokens {
  const now = options.now ?? Date.now;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const endpoint = `${options.authorityHost ?? 'https://login.microsoftonline.com'}/${encodeURIComponent(options.tenantId)}/oauth2/v2.0/token`;
  let key: KeyObject;
  try {
    key = createPrivateKey(options.privateKeyPem);
  } catch (error) {
    throw new Error('TRACKER_CERT_PATH: holds no private key the bot can sign with', { cause: error });
  }
  let kept: { token: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;

  const assertion = (): string => {
    const issued = Math.floor(now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', 'x5t#S256': Buffer.from(options.thumbprintSha256, 'hex').toString('base64url') }));
    const claims = b64url(JSON.stringify({ aud: endpoint, iss: options.botId, sub: options.botId, jti: randomUUID(), nbf: issued, iat: issued, exp: issued + 600 }));
    const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(key);
    return `${header}.${claims}.${b64url(signature)}`;
  };

  const request = async (): Promise<string> => {
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: options.botId,
      scope: BOT_FRAMEWORK_SCOPE,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion(),
    });
    const response = await doFetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body });
    const json = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; error?: string; error_description?: string };
    if (!response.ok || typeof json.access_token !== 'string') {
      const why = json.error_description?.split(/\r?\n/)[0] ?? json.error ?? `HTTP ${response.status}`;
      throw new Error(`the bot's token was refused by Entra (${response.status}): ${why}`);
    }
    const lifetimeMs = Math.max(0, Number(json.expires_in ?? 0) * 1000);
    kept = { token: json.access_token, renewAt: now() + Math.max(lifetimeMs - EARLY_RENEWAL_MS, lifetimeMs / 2) };
    return json.access_token;
  };

  return {
    async get() {
      if (kept && now() < kept.renewAt) {
        return kept.token;
      }
      // concurrent senders share one request
      pending ??= request().finally(() => {
        pending = null;
      });
      return pending;
    },
    invalidate() {
      kept = null;
    },
  };
}
