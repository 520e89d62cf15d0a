/**
 * How long SharePoint or Graph asked us to wait. `Retry-After` comes as seconds or as an
 * HTTP date; PnPjs's own retry reads only seconds, so we read both. Bounded either way.
 */
export const MAX_WAIT_MS = 120_000;

export function retryAfterMs(header: string | null, now: number, fallbackMs: number): number {
  if (header === null || header.trim() === '') {
    return fallbackMs;
  }
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds)) {
    return Math.min(MAX_WAIT_MS, Math.max(0, seconds * 1000));
  }
  const at = Date.parse(header);
  if (Number.isNaN(at)) {
    return fallbackMs;
  }
  return Math.min(MAX_WAIT_MS, Math.max(0, at - now));
}

export function isRetryable(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}
