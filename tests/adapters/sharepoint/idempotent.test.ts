import { describe, expect, it } from 'vitest';
import { isIdempotent } from '../../../src/adapters/sharepoint/idempotent';
import { isRetryable } from '../../../src/adapters/sharepoint/retry-after';

const SITE = 'https://contoso.sharepoint.com/sites/governance';
const batch = (...lines: string[]) => ['--batch_1', 'Content-Type: application/http', '', ...lines, '--batch_1--'].join('\n');

describe('which SharePoint requests may be sent again after a 503/504', () => {
  it('reads may; an add (POST) may not; an update may only with a specific ETag', () => {
    expect(isIdempotent(`${SITE}/_api/web/lists/getByTitle('Actions')/items`, { method: 'GET' })).toBe(true);
    expect(isIdempotent(`${SITE}/_api/web/lists/getByTitle('Actions')/items`, { method: 'POST', body: '{}' })).toBe(false);
    const merge = (ifMatch: string | undefined) =>
      isIdempotent(`${SITE}/_api/web/lists/getByTitle('Actions')/items(1)`, {
        method: 'POST',
        headers: { 'X-HTTP-Method': 'MERGE', ...(ifMatch === undefined ? {} : { 'IF-Match': ifMatch }) },
      });
    expect(merge('"3"')).toBe(true);
    expect(merge('*')).toBe(false);
    expect(merge(undefined)).toBe(false);
    expect(isIdempotent(`${SITE}/_api/web/ensureuser`, { method: 'POST', body: '{"logonName":"x"}' })).toBe(true);
    expect(isIdempotent(`${SITE}/_api/contextinfo`, { method: 'POST' })).toBe(true);
  });

  it('a $batch may only when every part may', () => {
    const url = `${SITE}/_api/$batch`;
    const reads = batch(`GET ${SITE}/_api/web/lists/getByTitle('Actions')/items HTTP/1.1`, 'Accept: application/json', '', `GET ${SITE}/_api/web HTTP/1.1`, '');
    expect(isIdempotent(url, { method: 'POST', body: reads })).toBe(true);
    const adds = batch(`GET ${SITE}/_api/web HTTP/1.1`, '', `POST ${SITE}/_api/web/lists/getByTitle('Actions')/items HTTP/1.1`, 'Content-Type: application/json', '', '{}');
    expect(isIdempotent(url, { method: 'POST', body: adds })).toBe(false);
    const guarded = batch(`MERGE ${SITE}/_api/web/lists/getByTitle('Actions')/items(2) HTTP/1.1`, 'IF-Match: "4"', '', '{}');
    expect(isIdempotent(url, { method: 'POST', body: guarded })).toBe(true);
  });

  it('429 is retried for every request; 503/504 only for idempotent ones; nothing else ever', () => {
    expect(isRetryable(429, false)).toBe(true);
    expect(isRetryable(503, false)).toBe(false);
    expect(isRetryable(504, true)).toBe(true);
    for (const status of [400, 401, 403, 404, 409, 412, 500]) {
      expect(isRetryable(status, true)).toBe(false);
    }
  });
});
