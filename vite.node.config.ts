/**
 * The tracker command and the local server, compiled into one file (dist-node/cli.mjs) so that
 * running them needs no TypeScript loader; packages stay external (better-sqlite3 is native).
 * `npm run build` runs this after the tab's build.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: 'src/cli/main.ts',
    outDir: process.env.TRACKER_NODE_OUT_DIR ?? 'dist-node',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { output: { entryFileNames: 'cli.mjs', format: 'es' } },
  },
});
