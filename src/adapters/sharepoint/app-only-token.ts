/**
 * App-only tokens for Node (provisioning, the reminder job): a certificate with
 * @azure/msal-node. SharePoint rejects app-only tokens obtained with a client secret, so a
 * secret is not offered. MSAL caches the token and renews it before it expires.
 */
import { ConfidentialClientApplication } from '@azure/msal-node';
import { readFileSync } from 'node:fs';
import type { CertificateSettings } from '../../config/settings';
import type { TokenSource } from './pnp-preset';

export function appOnlyTokenSource(
  tenantId: string,
  clientId: string,
  certificate: CertificateSettings,
  resource: string
): TokenSource {
  let privateKey: string;
  try {
    privateKey = readFileSync(certificate.certificatePath, 'utf8');
  } catch (error) {
    throw new Error(`TRACKER_CERT_PATH: cannot read ${certificate.certificatePath} (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  const app = new ConfidentialClientApplication({
    auth: {
      clientId,
      authority: `https://login.microsoftonline.com/${tenantId}`,
      clientCertificate: { thumbprintSha256: certificate.thumbprintSha256, privateKey },
    },
  });
  return async () => {
    const result = await app.acquireTokenByClientCredential({ scopes: [`${resource}/.default`] });
    if (!result?.accessToken) {
      throw new Error('no app-only token was issued for SharePoint');
    }
    return result.accessToken;
  };
}
