/**
 * An Entra tenant's published signing keys (login.microsoftonline.com/<tenant>/discovery/v2.0/keys)
 * and the delegated access tokens it issues for the app's own API (v2 tokens: issuer
 * …/<tenant>/v2.0, audience the client id, `scp`, `oid`, `tid`), for tests of the hosted
 * "Send nudges now". `forge` signs the same claims with a key the tenant never published; other
 * tenants' keys are not served (their tokens cannot be checked against ours).
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { http, HttpResponse, type HttpHandler } from 'msw';

const KID = 'entra-key-1';
const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');

export type ApiTokenPerson = Readonly<{ oid: string; upn: string; name: string }>;

export class EntraApiKeys {
  private readonly published = generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly forger = generateKeyPairSync('rsa', { modulusLength: 2048 });
  /** how many times the key set was fetched */
  keyFetches = 0;

  constructor(
    readonly tenantId: string,
    readonly clientId: string
  ) {}

  handlers(): HttpHandler[] {
    return [
      http.get('https://login.microsoftonline.com/:tenant/discovery/v2.0/keys', ({ params }) => {
        if (params.tenant !== this.tenantId) {
          return HttpResponse.json({ error: 'invalid_tenant', error_description: `AADSTS90002: Tenant '${String(params.tenant)}' not found.` }, { status: 400 });
        }
        this.keyFetches += 1;
        return HttpResponse.json({ keys: [{ ...this.published.publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', kty: 'RSA' }] });
      }),
    ];
  }

  /** A genuine delegated token for the app's API, as MSAL gets it for `person`; `over` changes any claim. */
  token(person: ApiTokenPerson, at: Date, over: Record<string, unknown> = {}): string {
    return this.sign(this.published.privateKey, this.claims(person, at, over));
  }

  /** The same claims, signed with a key the tenant never published. */
  forge(person: ApiTokenPerson, at: Date): string {
    return this.sign(this.forger.privateKey, this.claims(person, at, {}));
  }

  private claims(person: ApiTokenPerson, at: Date, over: Record<string, unknown>): Record<string, unknown> {
    const now = Math.floor(at.getTime() / 1000);
    return {
      aud: this.clientId,
      iss: `https://login.microsoftonline.com/${this.tenantId}/v2.0`,
      iat: now - 60,
      nbf: now - 60,
      exp: now + 3600,
      azp: this.clientId,
      scp: 'access_as_user',
      tid: this.tenantId,
      ver: '2.0',
      oid: person.oid,
      preferred_username: person.upn,
      name: person.name,
      ...over,
    };
  }

  private sign(key: KeyObject, claims: Record<string, unknown>): string {
    const head = `${b64({ alg: 'RS256', typ: 'JWT', kid: KID })}.${b64(claims)}`;
    return `${head}.${createSign('RSA-SHA256').update(head).sign(key).toString('base64url')}`;
  }
}
