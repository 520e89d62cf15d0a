/**
 * The bot's inbound authentication against an HTTP-level fake of the Bot Framework's published
 * keys: a token signed by a published key, from the Bot Framework issuer, for our bot is
 * accepted; a forged one (our claims, someone else's key), one for another bot, an expired one,
 * and requests with no or a malformed header are refused.
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateBotRequest } from '../../../src/adapters/teams/bot-auth';

const BOT = '44444444-4444-4444-4444-444444444444';
const TENANT = '11111111-1111-1111-1111-111111111111';
const KID = 'bf-key-1';
const published = generateKeyPairSync('rsa', { modulusLength: 2048 });
const forger = generateKeyPairSync('rsa', { modulusLength: 2048 });

const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
function sign(key: KeyObject, claims: Record<string, unknown>): string {
  const head = `${b64({ alg: 'RS256', typ: 'JWT', kid: KID })}.${b64(claims)}`;
  return `${head}.${createSign('RSA-SHA256').update(head).sign(key).toString('base64url')}`;
}
const now = Math.floor(Date.now() / 1000);
const claims = (over: Record<string, unknown> = {}) => ({ iss: 'https://api.botframework.com', aud: BOT, iat: now - 60, nbf: now - 60, exp: now + 3600, serviceurl: 'https://smba.trafficmanager.net/teams/', ...over });

const server = setupServer(
  http.get('https://login.botframework.com/v1/.well-known/keys', () =>
    HttpResponse.json({ keys: [{ ...published.publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', alg: 'RS256', endorsements: ['msteams'] }] })
  )
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const check = (authorization?: string) => authenticateBotRequest({ botId: BOT, tenantId: TENANT }, 'POST', authorization);

describe('bot inbound authentication (Bot Framework JWT)', () => {
  it('accepts a token signed by a published key, for this bot', async () => {
    const result = await check(`Bearer ${sign(published.privateKey, claims())}`);
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true, claims: { aud: BOT } });
  }, 30_000);

  it('refuses a forged token: the right claims signed with another key', async () => {
    const forged = await check(`Bearer ${sign(forger.privateKey, claims())}`);
    expect(forged).toMatchObject({ ok: false, status: 401 });
    expect(forged.ok ? '' : forged.reason).toMatch(/signature/i); // refused for its signature, not by accident
  }, 30_000);

  it('refuses a token for another bot, and an expired one', async () => {
    expect(await check(`Bearer ${sign(published.privateKey, claims({ aud: 'someone-else' }))}`)).toMatchObject({ ok: false, status: 401 });
    expect(await check(`Bearer ${sign(published.privateKey, claims({ exp: now - 3600, iat: now - 7200, nbf: now - 7200 }))}`)).toMatchObject({ ok: false, status: 401 });
  }, 30_000);

  it('refuses a request with no token or a malformed header', async () => {
    expect(await check()).toMatchObject({ ok: false, status: 401, reason: 'authorization header not found' });
    expect(await check('Basic abc')).toMatchObject({ ok: false, status: 401 });
  }, 30_000);
});
