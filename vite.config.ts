import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { readSettings, tabBasePath } from './src/config/settings.ts';
import { SummaryLineReporter } from './tests/reporters/summary-line.ts';

// The mode and the public Microsoft 365 identifiers are fixed at build time; nothing secret
// (no certificate, no client secret) is ever read here.
const settings = readSettings(process.env);

// The tab is a static site; the local server (src/server) serves dist/ and /api.
export default defineConfig({
  plugins: [react()],
  // TRACKER_TAB_URL may carry a path (https://intranet.contoso.org/tracker): assets resolve under it
  base: tabBasePath(settings),
  define: { __TRACKER_SETTINGS__: JSON.stringify(settings) },
  build: {
    outDir: process.env.TRACKER_OUT_DIR ?? 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { main: resolve('index.html'), redirect: resolve('redirect.html') },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:4280' },
  },
  test: {
    reporters: ['default', new SummaryLineReporter()],
    // CI is a loaded 2-core machine: no test may lean on vitest's 5 s or expect.poll's 1 s
    // defaults. These are ceilings for work that waits on a condition, never sleeps.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    expect: { poll: { timeout: 15_000, interval: 50 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
