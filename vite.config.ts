import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { orExit } from './src/config/one-line-errors.ts';
import { readSettings, tabBasePath } from './src/config/settings.ts';
import { SummaryLineReporter } from './tests/reporters/summary-line.ts';

// The mode and the public Microsoft 365 identifiers are fixed at build time; nothing secret
// (no certificate, no client secret) is ever read here.
const settings = orExit('build', () => readSettings(process.env));

const LOCAL_SERVER = 'http://127.0.0.1:4280';

/** In `npm run dev`, hands the page the local server's session cookie, as the server does with its own page. */
function devSessionCookie(): Plugin {
  return {
    name: 'tracker-dev-session',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!String(req.headers.accept ?? '').includes('text/html')) {
          next();
          return;
        }
        fetch(`${LOCAL_SERVER}/`)
          .then((r) => {
            const cookie = r.headers.get('set-cookie');
            if (cookie) {
              res.setHeader('Set-Cookie', cookie);
            }
          })
          .catch(() => undefined)
          .finally(() => next());
      });
    },
  };
}

/**
 * Moves the source maps from dist/ to dist-sourcemaps/ beside it, so hosting dist/ (or
 * `tracker serve`) never publishes the tab's source; keep them to read a stack from the field.
 */
function sourceMapsBeside(): Plugin {
  return {
    name: 'tracker-source-maps-beside',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir ?? 'dist';
      const mapsDir = `${outDir.replace(/[\\/]+$/, '')}-sourcemaps`;
      rmSync(mapsDir, { recursive: true, force: true });
      for (const name of Object.keys(bundle).filter((n) => n.endsWith('.map'))) {
        const target = join(mapsDir, name);
        mkdirSync(dirname(target), { recursive: true });
        renameSync(join(outDir, name), target);
      }
    },
  };
}

// The tab is a static site; the local server (src/server) serves dist/ and /api.
export default defineConfig({
  plugins: [react(), devSessionCookie(), sourceMapsBeside()],
  // TRACKER_TAB_URL may carry a path (https://intranet.contoso.org/tracker): assets resolve under it
  base: orExit('build', () => tabBasePath(settings)),
  define: { __TRACKER_SETTINGS__: JSON.stringify(settings) },
  build: {
    outDir: process.env.TRACKER_OUT_DIR ?? 'dist',
    // maps are written (for debugging a report from the field) but not linked from the
    // scripts, and moved out of what is hosted: see sourceMapsBeside
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: { main: resolve('index.html'), redirect: resolve('redirect.html') },
    },
  },
  server: {
    // `npm run dev` talks to a running `tracker serve`, which answers only at its own address
    // and origin and wants the secret it hands out with its page (src/server/request-guard.ts).
    proxy: {
      '/api': {
        target: LOCAL_SERVER,
        changeOrigin: true,
        configure: (proxy) => proxy.on('proxyReq', (req) => req.getHeader('origin') && req.setHeader('origin', LOCAL_SERVER)),
      },
    },
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
