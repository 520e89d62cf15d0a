/**
 * What the Microsoft 365 first screen is made of: builds the test tab (fake token provider),
 * loads My items in Chromium against the fakes, and lists every script fetched with the
 * modules inside it, grouped by package (or source folder), bytes as rendered and an estimate
 * of each group's gzip share. A tool for finding what to split, not a goal figure.
 * `--local`: the same for the local-mode build against the local server with the seeds.
 */
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { LocalDirectory } from '../src/adapters/local/local-directory';
import { SqliteStore } from '../src/adapters/sqlite/sqlite-store';
import { loadSeed } from '../src/seed/load-seed';
import { LOCAL_PEOPLE } from '../src/seed/people';
import { readSeed } from '../src/seed/read-seed';
import { planSeed } from '../src/seed/seed-plan';
import { startLocalServer } from '../src/server/create-server';
import { SETTINGS, startM365Harness } from '../tests/e2e/m365-harness';
import { seedOwnerItems } from './first-screen-m365';
import { scriptsBeforeFirstData, watchFirstData } from './scripts-before-data';

type ChunkInfo = { modules: Record<string, number>; imports: string[]; dynamicImports: string[] };
const chunks = new Map<string, ChunkInfo>();
/** for each module, the modules it imports statically (to say why one is on the first screen) */
const importers = new Map<string, readonly string[]>();

const capture: Plugin = {
  name: 'capture-chunks',
  generateBundle(_options, bundle) {
    for (const id of this.getModuleIds()) {
      importers.set(id, this.getModuleInfo(id)?.importedIds ?? []);
    }
    for (const [name, out] of Object.entries(bundle)) {
      if (out.type === 'chunk') {
        const modules: Record<string, number> = {};
        for (const [id, m] of Object.entries(out.modules)) {
          modules[id] = m.renderedLength;
        }
        chunks.set(name, { modules, imports: [...out.imports], dynamicImports: [...out.dynamicImports] });
      }
    }
  },
};

function groupOf(id: string): string {
  const clean = id.replace(/^\0/, '').replace(/\?.*$/, '');
  const nm = clean.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const [scope = '', name = ''] = clean.slice(nm + 'node_modules/'.length).split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  const src = clean.indexOf('/src/');
  if (src >= 0) {
    return clean.slice(src + 1).split('/').slice(0, 3).join('/');
  }
  return clean;
}

/** `--local`: the local-mode build against the local server with the seeds, instead of Microsoft 365 */
const local = process.argv.includes('--local');
const OUT = local ? 'dist-bench-local' : 'dist-e2e-m365';
await build({
  configFile: false,
  root: process.cwd(),
  logLevel: 'error',
  plugins: [react(), capture],
  define: { __TRACKER_SETTINGS__: JSON.stringify(local ? { mode: 'local' } : SETTINGS) },
  build: { outDir: OUT, emptyOutDir: true, rollupOptions: { input: resolve(local ? 'index.html' : 'tests/e2e/m365/index.html') } },
});
const built = new Map(chunks);

async function m365Scripts(): Promise<Set<string>> {
  const h = await startM365Harness();
  try {
    const owner = await seedOwnerItems(h);
    const page = await h.open(owner.id, '');
    await watchFirstData(page);
    await page.reload();
    return new Set((await scriptsBeforeFirstData(page)).map((p) => p.replace(/^\//, '')));
  } finally {
    await h.close();
  }
}

async function localScripts(): Promise<Set<string>> {
  const store = new SqliteStore();
  await loadSeed(store, planSeed(readSeed(), LOCAL_PEOPLE));
  const server = await startLocalServer({ store, directory: new LocalDirectory(LOCAL_PEOPLE), now: () => new Date(), staticDir: OUT, port: 0 });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await watchFirstData(page);
    await page.goto(`${server.url}/`);
    return new Set((await scriptsBeforeFirstData(page)).map((p) => p.replace(/^\//, '')));
  } finally {
    await browser.close();
    await server.close();
    store.close();
  }
}
const scripts = local ? await localScripts() : await m365Scripts();

const groups = new Map<string, { raw: number; gz: number }>();
let total = 0;
for (const file of [...scripts].sort()) {
  const bytes = readFileSync(join(OUT, file));
  const gz = gzipSync(bytes, { level: 9 }).length;
  total += gz;
  const info = built.get(file);
  console.log(`${file}: ${(gz / 1024).toFixed(1)} KiB gzip, ${(bytes.length / 1024).toFixed(1)} KiB raw${info ? '' : ' (not in build map)'}`);
  if (!info) {continue;}
  const sum = Object.values(info.modules).reduce((a, b) => a + b, 0) || 1;
  for (const [id, len] of Object.entries(info.modules)) {
    const g = groupOf(id);
    const e = groups.get(g) ?? { raw: 0, gz: 0 };
    e.raw += len;
    e.gz += (len / sum) * gz;
    groups.set(g, e);
  }
}
console.log(`total ${(total / 1024).toFixed(1)} KiB gzip in ${scripts.size} scripts`);
for (const [g, e] of [...groups].sort((a, b) => b[1].gz - a[1].gz)) {
  if (e.gz > 256) {console.log(`  ${(e.gz / 1024).toFixed(1).padStart(6)} KiB gz ~ ${(e.raw / 1024).toFixed(1).padStart(7)} KiB raw  ${g}`);}
}
if (process.argv.includes('--modules')) {
  for (const file of scripts) {
    const info = built.get(file);
    if (!info) {continue;}
    console.log(`\n== ${file}`);
    for (const [id, len] of Object.entries(info.modules).sort((a, b) => b[1] - a[1]).slice(0, 60)) {console.log(`  ${String(len).padStart(8)} ${id.replace(process.cwd() + '/', '')}`);}
  }
}

/** `--why <text>`: the shortest chain of static imports from the entry to a module whose id holds <text> */
const why = process.argv.indexOf('--why');
if (why >= 0) {
  const wanted = process.argv[why + 1] ?? '';
  const short = (id: string): string => id.replace(process.cwd() + '/', '').replace(/.*node_modules\//, '~');
  const start = [...importers.keys()].find((id) => id.endsWith(local ? 'src/ui/main.tsx' : 'tests/e2e/m365/entry.tsx'));
  const parent = new Map<string, string | null>([[start ?? '', null]]);
  const queue = [start ?? ''];
  let found: string | undefined;
  while (queue.length && !found) {
    const at = queue.shift() as string;
    for (const next of importers.get(at) ?? []) {
      if (!parent.has(next)) {
        parent.set(next, at);
        if (next.includes(wanted)) {
          found = next;
          break;
        }
        queue.push(next);
      }
    }
  }
  for (let at: string | null | undefined = found; at; at = parent.get(at)) {
    console.log(`  <- ${short(at)}`);
  }
  if (!found) {console.log(`  <- (no static chain to ${wanted})`);}
}
