/**
 * The tracker command and the local server, compiled (dist-node/cli.mjs) so that running them
 * needs no TypeScript loader; packages stay external (better-sqlite3 is native). The server's
 * import worker is an entry of its own (dist-node/import-worker.mjs), started by file name, and
 * shared code goes into chunks beside them, so `./import-worker.mjs` resolves from any of them.
 * `npm run build` runs this after the tab's build.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: true,
    outDir: process.env.TRACKER_NODE_OUT_DIR ?? 'dist-node',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: { cli: 'src/cli/main.ts', 'import-worker': 'src/server/import-worker.ts' },
      output: {
        entryFileNames: '[name].mjs',
        // the code both entries share, and the exporters loaded when asked for
        chunkFileNames: (chunk) => (chunk.isDynamicEntry ? '[name]-[hash].mjs' : 'shared-[hash].mjs'),
        format: 'es',
      },
    },
  },
});
