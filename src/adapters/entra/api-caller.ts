/**
 * Who is calling the app's own API (the hosted "Send nudges now"): an Entra access token the tab
 * obtained for `api://<tab host>/<client id>/access_as_user`, checked with `jose` (the JOSE
 * library @microsoft/agents-hosting's own key fetcher, jwks-rsa, is built on) — signed by a key
 * the tenant publishes (its JWKS), issued by that tenant (v1 or v2 issuer, and `tid`), addressed
 * to this app (its client id, or its Application ID URI for v1 tokens), not expired, and
 * delegated (`scp` names our scope: an app-only token has no signed-in person). Only the
 * token's own claims say who the caller is; nothing in the request body does.
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { API_SCOPE_NAME, apiAppIdUri } from '../../host/scopes';

export type ApiAudience = Readonly<{ tenantId: string; clientId: string; tabUrl: string }>;

export type ApiCaller = Readonly<{ oid: string; upn: string | null; name: string | null }>;

export type ApiCallerResult = Readonly<{ ok: true; caller: ApiCaller }> | Readonly<{ ok: false; reason: string }>;

export const LOGIN_AUTHORITY = 'https://login.microsoftonline.com';

const keySets = new Map<string, JWTVerifyGetKey>();

/** The tenant's published signing keys, fetched once and cached (jose refetches on an unknown `kid`). */
export function tenantKeys(tenantId: string): JWTVerifyGetKey {
  let keys = keySets.get(tenantId);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(`${LOGIN_AUTHORITY}/${tenantId}/discovery/v2.0/keys`));
    keySets.set(tenantId, keys);
  }
  return keys;
}

export async function authenticateApiCaller(
  audience: ApiAudience,
  authorization: string | undefined,
  options: Readonly<{ keys?: JWTVerifyGetKey; now?: Date }> = {}
): Promise<ApiCallerResult> {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) {
    return { ok: false, reason: 'no bearer token' };
  }
  const tenantId = audience.tenantId.toLowerCase();
  try {
    const { payload } = await jwtVerify(token, options.keys ?? tenantKeys(tenantId), {
      algorithms: ['RS256'],
      issuer: [`${LOGIN_AUTHORITY}/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`],
      audience: [audience.clientId, apiAppIdUri(audience.tabUrl, audience.clientId)],
      requiredClaims: ['exp', 'oid', 'tid'],
      clockTolerance: 60,
      ...(options.now ? { currentDate: options.now } : {}),
    });
    if (String(payload.tid).toLowerCase() !== tenantId) {
      return { ok: false, reason: 'token from another tenant' };
    }
    const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
    if (!scopes.includes(API_SCOPE_NAME)) {
      return { ok: false, reason: `token not delegated for ${API_SCOPE_NAME}` };
    }
    const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
    return { ok: true, caller: { oid: String(payload.oid), upn: text(payload.upn) ?? text(payload.preferred_username), name: text(payload.name) } };
  } catch (error) {
    // a token that fails any check is the caller's problem (401); an unreachable key set is ours
    if (error instanceof errors.JOSEError && !(error instanceof errors.JWKSTimeout) && !(error instanceof errors.JWKSInvalid)) {
      return { ok: false, reason: error.code };
    }
    throw error;
  }
}
