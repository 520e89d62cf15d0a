/**
 * The check of a token for the app's own API, on its own: both token versions Entra may issue
 * (v2: issuer …/v2.0 and the client id as audience; v1: sts.windows.net and the Application ID
 * URI), the tenant's keys fetched once for many calls, and what only the token may say — who.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiCaller } from '../../../src/adapters/entra/api-caller';
import { EntraApiKeys } from '../../fakes/entra-api-keys';

const TENANT = '12121212-3434-4545-5656-787878787878';
const CLIENT = '22222222-2222-2222-2222-222222222222';
const audience = { tenantId: TENANT, clientId: CLIENT, tabUrl: 'https://tracker.contoso.org/tracker' };
const AT = new Date('2026-12-02T10:00:00Z');
const SAM = { oid: 'bbbbbbbb-0000-4000-8000-000000000002', upn: 'sam@contoso.org', name: 'Sam Secretary' };
const keys = new EntraApiKeys(TENANT, CLIENT);
const server = setupServer(...keys.handlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const check = (token: string) => authenticateApiCaller(audience, `Bearer ${token}`, { now: AT });

describe('authenticateApiCaller', () => {
  it('accepts a v2 token and a v1 token for the app, naming the caller from the token alone', async () => {
    expect(await check(keys.token(SAM, AT))).toEqual({ ok: true, caller: { oid: SAM.oid, upn: SAM.upn, name: SAM.name } });
    const v1 = keys.token(SAM, AT, { ver: '1.0', iss: `https://sts.windows.net/${TENANT}/`, aud: `api://tracker.contoso.org/${CLIENT}`, preferred_username: undefined, upn: SAM.upn });
    expect(await check(v1)).toEqual({ ok: true, caller: { oid: SAM.oid, upn: SAM.upn, name: SAM.name } });
  }, 30_000);

  it('fetches the tenant’s keys once for many requests', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await check(keys.token(SAM, AT))).ok).toBe(true);
    }
    expect(keys.keyFetches).toBe(1);
  }, 30_000);

  it.each([
    ['a token not yet valid', { nbf: Math.floor(AT.getTime() / 1000) + 3600 }],
    ['a v1 token for another app on the same host', { ver: '1.0', iss: `https://sts.windows.net/${TENANT}/`, aud: 'api://tracker.contoso.org/33333333-3333-3333-3333-333333333333' }],
    ['a token with no object id', { oid: undefined }],
    ['a token for another scope of the app', { scp: 'Files.Read' }],
  ])('refuses %s', async (_what, over) => {
    expect(await check(keys.token(SAM, AT, over))).toMatchObject({ ok: false });
  }, 30_000);

  it('refuses a token whose header names a key the tenant does not publish', async () => {
    const [head, body, sig] = keys.token(SAM, AT).split('.');
    const otherKid = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: 'unknown-key' })).toString('base64url');
    expect(head).not.toBe(otherKid);
    expect(await check(`${otherKid}.${body}.${sig}`)).toMatchObject({ ok: false });
  }, 30_000);
});
