/**
 * Security headers for every response. The tab is framed by Teams and Microsoft 365, so
 * framing is governed by CSP frame-ancestors (X-Frame-Options cannot list hosts).
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'teams.microsoft.com',
  '*.teams.microsoft.com',
  '*.cloud.microsoft',
  '*.microsoft365.com',
  '*.office.com',
  'outlook.office.com',
  'outlook.office365.com',
];

/**
 * The CSP for the tab. In Microsoft 365 mode the tab itself calls SharePoint, Graph and the
 * sign-in service, so their origins join connect-src.
 */
export function contentSecurityPolicy(extraConnectSrc: readonly string[] = []): string {
  return CONTENT_SECURITY_POLICY.replace("connect-src 'self'", ["connect-src 'self'", ...extraConnectSrc].join(' '));
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // Griffel (Fluent UI v9) inserts style rules at runtime.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  // teams-js fetches its list of valid host domains from the Microsoft CDN.
  "connect-src 'self' https://res.cdn.office.net",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  `frame-ancestors ${FRAME_ANCESTORS.join(' ')}`,
].join('; ');

export function securityHeaders(extraConnectSrc: readonly string[] = []): Readonly<Record<string, string>> {
  return { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(extraConnectSrc) };
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
