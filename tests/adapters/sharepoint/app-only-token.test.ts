/**
 * The job's app-only token (MSAL with a certificate) at the HTTP level: against a fake of the
 * Entra token endpoint that verifies the client assertion as Entra does — a JWT signed with the
 * registered certificate's key, named by its SHA-256 thumbprint (`x5t#S256`), addressed to the
 * endpoint, issued by and for the app — and the token it issues is the one SharePoint receives.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appOnlyTokenSource } from '../../../src/adapters/sharepoint/app-only-token';
import { createSp } from '../../../src/adapters/sharepoint/pnp-preset';
import { SharePointStore } from '../../../src/adapters/sharepoint/sharepoint-store';
import { botCertificate, FakeBotFramework, LOGIN } from '../../fakes/bot-framework-fake';
import { provisionedJobSite, TENANT } from '../../fakes/m365-job-env';
import { SITE } from '../../fakes/provisioned-site';

const CLIENT = '22222222-2222-2222-2222-222222222222';
const RESOURCE = new URL(SITE).origin;
const certificate = botCertificate();
const stranger = botCertificate();
const dir = mkdtempSync(join(tmpdir(), 'app-only-'));
const pem = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const entra = new FakeBotFramework({ tenantId: TENANT, botId: CLIENT }, certificate, `${RESOURCE}/.default`);
entra.now = Date.now();
const sharePoint = provisionedJobSite();
const server = setupServer(...entra.handlers(), ...sharePoint.handlers());
const authorizations: string[] = [];
server.events.on('request:start', ({ request }) => {
  if (request.url.startsWith(SITE)) {
    authorizations.push(request.headers.get('Authorization') ?? '');
  }
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('app-only tokens with a certificate (MSAL) against the Entra token endpoint', () => {
  it('sends a client assertion signed with the certificate and named by its thumbprint, and SharePoint gets the token issued', async () => {
    const source = appOnlyTokenSource(TENANT, CLIENT, { certificatePath: pem('job.pem', certificate.privateKeyPem), thumbprintSha256: certificate.thumbprintSha256 }, RESOURCE);
    const token = await source();
    expect([...entra.issued.keys()]).toEqual([token]);
    const [assertion] = entra.assertions;
    expect(assertion?.header).toMatchObject({ alg: expect.stringMatching(/^[RP]S256$/), 'x5t#S256': Buffer.from(certificate.thumbprintSha256, 'hex').toString('base64url') });
    expect(assertion?.claims).toMatchObject({ aud: `${LOGIN}/${TENANT}/oauth2/v2.0/token`, iss: CLIENT, sub: CLIENT });

    const store = new SharePointStore(createSp({ siteUrl: SITE, getToken: source, throttle: { sleep: async () => undefined } }), SITE, 'app');
    await store.query('boards', { where: [{ field: 'id', op: 'ge', value: 1 }] });
    await store.query('boards', { where: [{ field: 'id', op: 'ge', value: 1 }] });
    expect(authorizations.length).toBeGreaterThan(0);
    expect(new Set(authorizations)).toEqual(new Set([`Bearer ${token}`]));
    expect(entra.tokenRequests).toBe(1); // MSAL keeps the token while it is valid
  }, 60_000);

  it('is refused when the key does not belong to the registered certificate, naming Entra’s reason', async () => {
    const source = appOnlyTokenSource(TENANT, CLIENT, { certificatePath: pem('stranger.pem', stranger.privateKeyPem), thumbprintSha256: certificate.thumbprintSha256 }, RESOURCE);
    await expect(source()).rejects.toThrow(/AADSTS700027: Client assertion contains an invalid signature/);
  }, 60_000);
});
