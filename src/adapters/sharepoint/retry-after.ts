/**
 * How long SharePoint or Graph asked us to wait. `Retry-After` comes as seconds or as an
 * HTTP date; PnPjs's own retry reads only seconds, so we read both. Bounded either way.
 */
export const MAX_WAIT_MS = 120_000;

export function retryAfterMs(header: string | null, now: number, fallbackMs: number): number {
  const asked = askedWaitMs(header, now);
  return asked === null ? fallbackMs : Math.min(MAX_WAIT_MS, asked);
}

/** The wait a Retry-After asks for, unbounded (what to tell a person), or null if it says none. */
export function askedWaitMs(header: string | null, now: number): number | null {
  if (header === null || header.trim() === '') {
    return null;
  }
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) {
    return Math.max(0, seconds * 1000);
  }
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * 429 means SharePoint refused before acting, so any request may be sent again; 503/504 say
 * nothing about whether it acted, so only an idempotent request may (see idempotent.ts).
 */
export function isRetryable(status: number, idempotent: boolean): boolean {
  return status === 429 || (idempotent && (status === 503 || status === 504));
}
