import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const OWNER = 'd.service@colp.example';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.close());

describe('starting the tab outside Teams', () => {
  it('fetches no teams-js: a page that is not framed cannot be in a host, so nothing waits for it', async () => {
    const page = await h.open(OWNER);
    await page.getByRole('heading', { name: 'My items' }).waitFor();
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((name) => name.endsWith('.js'))
    );
    expect(scripts.length).toBeGreaterThan(0);
    for (const url of scripts) {
      const text = await (await page.request.get(url)).text();
      // a string only teams-js carries
      expect(text.includes('No Parent window found'), url).toBe(false);
    }
    // the marker is real: the build does carry teams-js, in a chunk of its own, for when the tab is in a host
    const chunks = readdirSync('dist/assets').filter((f) => f.endsWith('.js'));
    expect(chunks.some((f) => readFileSync(`dist/assets/${f}`, 'utf8').includes('No Parent window found'))).toBe(true);
  });
});
