import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { SummaryLineReporter } from './tests/reporters/summary-line.ts';

// The tab is a static site; the local server (src/server) serves dist/ and /api.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:4280' },
  },
  test: {
    reporters: ['default', new SummaryLineReporter()],
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
