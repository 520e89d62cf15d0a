import { describe, expect, it } from 'vitest';
import { call, provisionedFake } from './call';

const ITEMS = "/_api/web/lists/getByTitle('Actions')/items";

describe('the fake fails as SharePoint Online fails', () => {
  it('429 Too Many Requests with Retry-After and SharePoint’s plain-text body, then answers again', async () => {
    const fake = provisionedFake();
    fake.faults.push({ status: 429, retryAfter: '120', times: 1 });
    const response = await fake.respond(new Request(`https://contoso.sharepoint.com/sites/governance${ITEMS}?$top=1`, { headers: { Authorization: 'Bearer t' } }));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('120');
    expect(await response.text()).toBe('429 TOO MANY REQUESTS');
    expect((await call(fake, 'GET', `${ITEMS}?$top=1`)).status).toBe(200);
  });

  it('503 Service Unavailable with Retry-After, for the requests it is told to match', async () => {
    const fake = provisionedFake();
    fake.faults.push({ status: 503, retryAfter: '5', times: 1, when: (r) => r.method === 'POST' });
    expect((await call(fake, 'GET', `${ITEMS}?$top=1`)).status).toBe(200);
    const refused = await fake.respond(
      new Request(`https://contoso.sharepoint.com/sites/governance${ITEMS}`, { method: 'POST', headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' }, body: '{"Title":"x"}' })
    );
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('5');
    expect(fake.list('Actions')?.items.size).toBe(0);
  });

  it('a 503 after the write was applied (the answer lost) leaves the row written', async () => {
    const fake = provisionedFake();
    fake.faults.push({ status: 503, times: 1, afterHandling: true });
    const response = await fake.respond(
      new Request(`https://contoso.sharepoint.com/sites/governance${ITEMS}`, { method: 'POST', headers: { Authorization: 'Bearer t', 'Content-Type': 'application/json' }, body: '{"Title":"x"}' })
    );
    expect(response.status).toBe(503);
    expect(fake.list('Actions')?.items.size).toBe(1);
  });

  it('403 access denied as SharePoint’s odata.error', async () => {
    const fake = provisionedFake();
    fake.faults.push({ status: 403, times: 1 });
    const r = await call(fake, 'GET', `${ITEMS}?$top=1`);
    expect(r.status).toBe(403);
    expect((r.body?.['odata.error'] as { code: string }).code).toBe('-2147024891, System.UnauthorizedAccessException');
    expect(r.message).toMatch(/^Access denied\./);
  });

  it('the list view threshold as SharePoint’s odata.error (500, -2147024860)', async () => {
    const fake = provisionedFake();
    fake.seedItems('Actions', Array.from({ length: 5001 }, (_, i) => ({ Title: `A${i}`, Lifecycle: 'open' })));
    const r = await call(fake, 'GET', `${ITEMS}?$filter=${encodeURIComponent("Lifecycle eq 'open'")}&$top=10`);
    expect(r.status).toBe(500);
    expect((r.body?.['odata.error'] as { code: string }).code).toBe('-2147024860, Microsoft.SharePoint.SPQueryThrottledException');
    expect(r.message).toMatch(/exceeds the list view threshold/);
  });
});
