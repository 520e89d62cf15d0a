/**
 * Whether a SharePoint request may be sent again after a 503/504 without risk of doing it
 * twice. A 503 or 504 says nothing about whether the server acted: a repeated `items.add`
 * can create the row twice. A 429 is different (SharePoint refused before acting), so every
 * request retries on 429; only requests this says yes to retry on 503/504.
 *
 * Idempotent: GET and HEAD; a MERGE, PUT or DELETE guarded by a specific ETag (`IF-Match`
 * other than `*`: a repeat that finds its own earlier write gets 412, never a second write);
 * a `$batch` whose every part is one of those; and the two POST functions that only read
 * or ensure (`contextinfo`, `ensureuser`).
 */
type Headerish = RequestInit['headers'];

function header(headers: Headerish, name: string): string | null {
  if (!headers) {
    return null;
  }
  const wanted = name.toLowerCase();
  if (headers instanceof Headers) {
    return headers.get(name);
  }
  const entries = Array.isArray(headers) ? headers : Object.entries(headers);
  const found = entries.find(([key]) => key.toLowerCase() === wanted);
  return found ? String(found[1]) : null;
}

const SAFE_POST_FUNCTIONS = /\/_api\/(contextinfo|web\/ensureuser)(\(|$|\?)/i;

function guardedWrite(verb: string, ifMatch: string | null): boolean {
  return ['MERGE', 'PUT', 'PATCH', 'DELETE'].includes(verb) && ifMatch !== null && ifMatch.trim() !== '' && ifMatch.trim() !== '*';
}

/** The parts of a multipart $batch body: each request line's verb and its IF-Match, if any. */
function batchParts(body: string): Array<{ verb: string; ifMatch: string | null }> {
  const parts: Array<{ verb: string; ifMatch: string | null }> = [];
  const lines = body.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const request = /^(GET|HEAD|POST|PUT|PATCH|MERGE|DELETE) \S+ HTTP\/1\.1$/.exec(lines[i] ?? '');
    if (!request) {
      continue;
    }
    let ifMatch: string | null = null;
    for (let j = i + 1; j < lines.length && (lines[j] ?? '') !== ''; j += 1) {
      const h = /^if-match:\s*(.*)$/i.exec(lines[j] ?? '');
      if (h) {
        ifMatch = h[1] ?? null;
      }
    }
    parts.push({ verb: request[1] as string, ifMatch });
  }
  return parts;
}

export function isIdempotent(url: string, init: RequestInit): boolean {
  const method = (init.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') {
    return true;
  }
  const verb = (header(init.headers, 'X-HTTP-Method') ?? method).toUpperCase();
  if (guardedWrite(verb, header(init.headers, 'IF-Match'))) {
    return true;
  }
  const path = new URL(url).pathname;
  if (/\/_api\/\$batch$/i.test(path)) {
    const parts = typeof init.body === 'string' ? batchParts(init.body) : [];
    return parts.length > 0 && parts.every((p) => p.verb === 'GET' || p.verb === 'HEAD' || guardedWrite(p.verb, p.ifMatch));
  }
  return verb === 'POST' && SAFE_POST_FUNCTIONS.test(path);
}
