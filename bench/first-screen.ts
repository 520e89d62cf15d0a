/**
 * First-screen JS: every script Chromium fetches until "My items" has rendered its data,
 * gzipped as the server would send it. Counts what a person on a phone waits for, not what the build emits.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { RunningServer } from '../src/server/create-server';
import { scriptsBeforeFirstData, watchFirstData } from './scripts-before-data';

export async function firstScreenJs(server: RunningServer, chromiumPath: string): Promise<{ files: string[]; gzipBytes: number; rawBytes: number }> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage();
    await watchFirstData(page);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { name: 'My items' }).waitFor();
    const scripts = new Set(await scriptsBeforeFirstData(page));
    let gzipBytes = 0;
    let rawBytes = 0;
    for (const path of scripts) {
      const bytes = readFileSync(join('dist', path));
      rawBytes += bytes.length;
      gzipBytes += gzipSync(bytes, { level: 9 }).length;
    }
    return { files: [...scripts], gzipBytes, rawBytes };
  } finally {
    await browser.close();
  }
}
