/**
 * An HTTP-level fake of the Entra token endpoint as the bot uses it (client credentials with a
 * certificate assertion, scope https://api.botframework.com/.default — or another resource's, for
 * the job's app-only tokens through MSAL, which first reads the authority's discovery documents,
 * served here too) and of the token check
 * the Bot Connector makes. The endpoint verifies the assertion as Entra does — signed by the
 * registered certificate's key (named by its `x5t#S256` thumbprint), addressed to this endpoint,
 * issued by and for the bot, not expired — and issues opaque tokens that expire on the fake's
 * clock. The Connector side (`check`) refuses a missing, unknown, revoked or expired token.
 */
import { constants, createHash, createVerify, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { http, HttpResponse, type HttpHandler } from 'msw';

export const LOGIN = 'https://login.microsoftonline.com';

export type BotRegistration = Readonly<{ tenantId: string; botId: string }>;

/** A key pair standing in for the bot's certificate, and its SHA-256 thumbprint. */
export function botCertificate(): { privateKeyPem: string; publicKey: KeyObject; thumbprintSha256: string } {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = pair.publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKeyPem: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: pair.publicKey,
    thumbprintSha256: createHash('sha256').update(der).digest('hex'),
  };
}

const entraError = (status: number, error: string, description: string): Response =>
  HttpResponse.json({ error, error_description: description, error_codes: [Number(/AADSTS(\d+)/.exec(description)?.[1] ?? 0)] }, { status });

export class FakeBotFramework {
  /** the fake's clock, ms since the epoch */
  now = Date.parse('2017-03-20T07:00:00Z');
  readonly issued = new Map<string, { expiresAt: number; revoked: boolean }>();
  tokenRequests = 0;
  /** the lifetime of issued tokens, seconds */
  lifetime = 3600;
  /** the client assertions accepted, decoded */
  readonly assertions: Array<{ header: Record<string, unknown>; claims: Record<string, unknown> }> = [];

  constructor(
    readonly registration: BotRegistration,
    private readonly certificate: Readonly<{ publicKey: KeyObject; thumbprintSha256: string }>,
    /** the one scope tokens are issued for */
    private readonly scope = 'https://api.botframework.com/.default'
  ) {}

  revokeAll(): void {
    for (const t of this.issued.values()) {
      t.revoked = true;
    }
  }

  /** The Connector's view of an Authorization header: null when accepted, else why not. */
  check(authorization: string | null): string | null {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!token) {
      return 'Authorization has been denied for this request (no token)';
    }
    const known = this.issued.get(token);
    if (!known || known.revoked) {
      return 'Authorization has been denied for this request (unknown token)';
    }
    return known.expiresAt <= this.now ? 'Authorization has been denied for this request (token expired)' : null;
  }

  handlers(): HttpHandler[] {
    const tenant = this.registration.tenantId;
    return [
      http.post(`${LOGIN}/:tenant/oauth2/v2.0/token`, async ({ params, request }) => this.token(String(params.tenant), request)),
      // what MSAL reads before its first token request (instance discovery, the authority's metadata)
      http.get(`${LOGIN}/common/discovery/instance`, () =>
        HttpResponse.json({ tenant_discovery_endpoint: `${LOGIN}/${tenant}/v2.0/.well-known/openid-configuration`, 'api-version': '1.1', metadata: [{ preferred_network: 'login.microsoftonline.com', preferred_cache: 'login.windows.net', aliases: ['login.microsoftonline.com', 'login.windows.net', 'login.microsoft.com', 'sts.windows.net'] }] })
      ),
      http.get(`${LOGIN}/:tenant/v2.0/.well-known/openid-configuration`, () =>
        HttpResponse.json({
          token_endpoint: `${LOGIN}/${tenant}/oauth2/v2.0/token`,
          authorization_endpoint: `${LOGIN}/${tenant}/oauth2/v2.0/authorize`,
          end_session_endpoint: `${LOGIN}/${tenant}/oauth2/v2.0/logout`,
          issuer: `${LOGIN}/${tenant}/v2.0`,
          jwks_uri: `${LOGIN}/${tenant}/discovery/v2.0/keys`,
        })
      ),
    ];
  }

  private async token(tenant: string, request: Request): Promise<Response> {
    this.tokenRequests += 1;
    const endpoint = `${LOGIN}/${tenant}/oauth2/v2.0/token`;
    if (tenant !== this.registration.tenantId) {
      return entraError(400, 'invalid_request', `AADSTS90002: Tenant '${tenant}' not found.`);
    }
    const form = new URLSearchParams(await request.text());
    if (form.get('grant_type') !== 'client_credentials') {
      return entraError(400, 'unsupported_grant_type', 'AADSTS70003: The app requested an unsupported grant type.');
    }
    if (form.get('client_id') !== this.registration.botId) {
      return entraError(400, 'unauthorized_client', `AADSTS700016: Application with identifier '${form.get('client_id')}' was not found in the directory.`);
    }
    if (form.get('scope') !== this.scope) {
      return entraError(400, 'invalid_scope', `AADSTS1002012: The provided value for scope ${form.get('scope')} is not valid.`);
    }
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' || !form.get('client_assertion')) {
      return entraError(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
    }
    const refused = this.assertionProblem(form.get('client_assertion') as string, endpoint);
    if (refused) {
      return entraError(401, 'invalid_client', refused);
    }
    const token = `bf-token-${this.issued.size + 1}`;
    this.issued.set(token, { expiresAt: this.now + this.lifetime * 1000, revoked: false });
    return HttpResponse.json({ token_type: 'Bearer', expires_in: this.lifetime, ext_expires_in: this.lifetime, access_token: token });
  }

  private assertionProblem(jwt: string, endpoint: string): string | null {
    const [head, body, signature] = jwt.split('.');
    if (!head || !body || !signature) {
      return 'AADSTS50027: JWT token is invalid or malformed.';
    }
    const header = JSON.parse(Buffer.from(head, 'base64url').toString()) as Record<string, unknown>;
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
    if (header['x5t#S256'] !== Buffer.from(this.certificate.thumbprintSha256, 'hex').toString('base64url')) {
      return 'AADSTS700027: The certificate with identifier used to sign the client assertion is not registered on application.';
    }
    // RS256 (PKCS#1 v1.5) or PS256 (PSS, which MSAL uses with a SHA-256 thumbprint); Entra takes both
    const padding = header.alg === 'PS256' ? { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST } : {};
    if (header.alg !== 'RS256' && header.alg !== 'PS256') {
      return `AADSTS5002738: Invalid JWT token. '${String(header.alg)}' is not a supported signature algorithm.`;
    }
    if (!createVerify('RSA-SHA256').update(`${head}.${body}`).verify({ key: this.certificate.publicKey, ...padding }, Buffer.from(signature, 'base64url'))) {
      return 'AADSTS700027: Client assertion contains an invalid signature.';
    }
    if (claims.aud !== endpoint) {
      return `AADSTS700024: Client assertion audience claim does not match Realm issuer. Review the documentation at https://aka.ms/certCreds. (${String(claims.aud)})`;
    }
    if (claims.iss !== this.registration.botId || claims.sub !== this.registration.botId) {
      return 'AADSTS700021: Client assertion application identifier doesn\'t match \'client_id\' parameter.';
    }
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= this.now) {
      return 'AADSTS700024: Client assertion is not within its valid time range.';
    }
    this.assertions.push({ header, claims });
    return null;
  }
}
