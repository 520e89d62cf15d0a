/**
 * The Bot Framework's published signing keys (login.botframework.com/v1/.well-known/keys), and
 * tokens as the Bot Framework Connector signs them when it calls a bot: for tests of the bot's
 * messaging endpoint. `forge` signs the same claims with a key nobody published.
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { http, HttpResponse, type HttpHandler } from 'msw';

const KID = 'bf-key-1';
const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

export class BotKeys {
  private readonly published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly forger = generateKeyPairSync('rsa', { modulusLength: 2048 });

  constructor(readonly botId: string) {}

  handlers(): HttpHandler[] {
    return [
      http.get('https://login.botframework.com/v1/.well-known/keys', () =>
        HttpResponse.json({ keys: [{ ...this.published.publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }] })
      ),
    ];
  }

  /** A genuine Connector token for this bot, vouching for `serviceUrl`. */
  token(serviceUrl: string, over: Record<string, unknown> = {}): string {
    return this.sign(this.published.privateKey, serviceUrl, over);
  }

  /** The same claims, signed with a key the Bot Framework never published. */
  forge(serviceUrl: string): string {
    return this.sign(this.forger.privateKey, serviceUrl, {});
  }

  private sign(key: KeyObject, serviceUrl: string, over: Record<string, unknown>): string {
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: 'https://api.botframework.com', aud: this.botId, iat: now - 60, nbf: now - 60, exp: now + 3600, serviceurl: serviceUrl, ...over };
    const head = `${b64({ alg: 'RS256', typ: 'JWT', kid: KID })}.${b64(claims)}`;
    return `${head}.${createSign('RSA-SHA256').update(head).sign(key).toString('base64url')}`;
  }
}
