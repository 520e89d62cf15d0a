import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { build } from 'vite';
import { SETTINGS } from '../../tests/e2e/m365-harness';
const out: string[] = [];
const capture: Plugin = {
  name: 'c',
  generateBundle(_o, bundle) {
    for (const [name, c] of Object.entries(bundle)) {
      if (c.type !== 'chunk') continue;
      const total = Object.values(c.modules).reduce((a, m) => a + m.renderedLength, 0);
      out.push(`${name} ${total} dyn=${c.dynamicImports.length} imports=${c.imports.join(',')}`);
      if (/msal|index/.test(name)) {
        const g = new Map<string, number>();
        for (const [id, m] of Object.entries(c.modules)) {
          const k = id.replace(/.*node_modules\//, '').split('/').slice(0, 4).join('/');
          g.set(k, (g.get(k) ?? 0) + m.renderedLength);
        }
        for (const [k, v] of [...g].sort((a, b) => b[1] - a[1]).slice(0, 40)) out.push(`   ${v} ${k}`);
      }
    }
  },
};
await build({ configFile: false, root: process.cwd(), logLevel: 'error', plugins: [react(), capture], define: { __TRACKER_SETTINGS__: JSON.stringify(SETTINGS) }, build: { outDir: 'dist-bench-m365', emptyOutDir: true, sourcemap: false, rollupOptions: { input: resolve('index.html') } } });
console.log(out.join('\n'));
