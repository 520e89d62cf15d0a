/**
 * SharePoint's single line of text holds 255 characters, the built-in Title included: an item
 * with more is refused, not cut. The seed's recommendations run to 1,600 characters, so a fake
 * that took them would let a seed pass here that fails on a tenant.
 */
import { describe, expect, it } from 'vitest';
import { call, provisionedFake } from './call';

const ACTIONS = "/_api/web/lists/getByTitle('Actions')/items";

describe('text longer than a Text column', () => {
  it('refuses a Title of 256 characters and keeps nothing', async () => {
    const fake = provisionedFake();
    const r = await call(fake, 'POST', ACTIONS, { Title: 'x'.repeat(256) });
    expect(r.status).toBe(400);
    expect(r.message).toMatch(/Title.*255/);
    expect(fake.list('Actions')?.items.size).toBe(0);
  });

  it('takes a Title of exactly 255, and the whole text in a Note column', async () => {
    const fake = provisionedFake();
    const whole = 'y'.repeat(1600);
    const r = await call(fake, 'POST', ACTIONS, { Title: 'x'.repeat(255), WholeText: whole });
    expect(r.status).toBe(201);
    expect([...(fake.list('Actions')?.items.values() ?? [])][0]?.data.WholeText).toBe(whole);
  });

  it('refuses an update that makes another Text column too long', async () => {
    const fake = provisionedFake();
    await call(fake, 'POST', ACTIONS, { Title: 'short' });
    const r = await call(fake, 'MERGE', `${ACTIONS}(1)`, { OwnerText: 'z'.repeat(300) });
    expect(r.status).toBe(400);
    expect(fake.list('Actions')?.items.get(1)?.data.OwnerText).toBeUndefined();
  });
});
