import { describe, expect, it } from 'vitest';
import config from '../../vite.config';

type Test = { testTimeout?: number; hookTimeout?: number; expect?: { poll?: { timeout?: number } }; projects?: Array<{ test?: { name?: string; testTimeout?: number } }> };

describe('test timeouts hold on a loaded 2-core machine', () => {
  const test = (config as { test?: Test }).test ?? {};

  it('no test leans on vitest’s 5 s default or expect.poll’s 1 s default', () => {
    expect(test.testTimeout).toBeGreaterThanOrEqual(30_000);
    expect(test.hookTimeout).toBeGreaterThanOrEqual(60_000);
    expect(test.expect?.poll?.timeout).toBeGreaterThanOrEqual(15_000);
  });

  it('the timeouts apply here too (this file runs under them)', async () => {
    // expect.poll gives up only after its configured timeout: a condition that turns true
    // after 1.2 s (longer than the old 1 s default) still passes.
    const start = Date.now();
    await expect.poll(() => Date.now() - start >= 1200).toBe(true);
  });
});
