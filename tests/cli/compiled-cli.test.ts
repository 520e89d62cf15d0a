/**
 * The tracker command and the local server compiled (vite.node.config.ts), as an install
 * without devDependencies runs them: no TypeScript loader, only production packages.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// a clone in miniature: bin/tracker.mjs beside the dist-node/ it loads (inside the clone, so tsx is found)
const root = '.tmp-node-test';
const out = `${root}/dist-node`;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  scripts: Record<string, string>;
};

beforeAll(() => {
  const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.node.config.ts'], {
    env: { ...process.env, TRACKER_NODE_OUT_DIR: out },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(built.status, built.stderr).toBe(0);
  mkdirSync(`${root}/bin`, { recursive: true });
  copyFileSync('bin/tracker.mjs', `${root}/bin/tracker.mjs`);
  // a loader hook that stands in for tsx and says when it is imported
  const fakeTsx = 'data:text/javascript,process.stderr.write("tsx loaded\\n");export function register(){}';
  writeFileSync(
    `${root}/tsx-spy-hooks.mjs`,
    `export async function resolve(spec, context, next) {\n  return spec === 'tsx' || spec.startsWith('tsx/') ? { url: ${JSON.stringify(fakeTsx)}, shortCircuit: true } : next(spec, context);\n}\n`
  );
  writeFileSync(`${root}/tsx-spy.mjs`, `import { register } from 'node:module';\nregister('./tsx-spy-hooks.mjs', import.meta.url);\n`);
}, 150_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** the package a bare import names: `@pnp/sp/fields/index.js` → `@pnp/sp` */
const packageOf = (spec: string): string => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

describe('the compiled CLI', () => {
  it('imports only Node built-ins and production dependencies (no tsx, no esbuild)', () => {
    const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mjs') || f.endsWith('.js'));
    const specs = new Set<string>();
    for (const f of files) {
      for (const m of readFileSync(join(out, f), 'utf8').matchAll(/(?:^import[^;]*?from\s*|import\()\s*["']([^"'.][^"']*)["']/gm)) {
        specs.add(m[1] as string);
      }
    }
    const packages = [...specs].filter((s) => !s.startsWith('node:') && !builtinModules.includes(s)).map(packageOf);
    expect(packages.length).toBeGreaterThan(3);
    // @pnp/queryable comes with @pnp/sp, its one dependency here
    const allowed = new Set([...Object.keys(pkg.dependencies), '@pnp/queryable']);
    expect(packages.filter((p) => !allowed.has(p))).toEqual([]);
    expect(Object.keys(pkg.dependencies)).not.toContain('tsx');
    expect(Object.keys(pkg.dependencies)).not.toContain('esbuild');
  });

  it('runs dist-node, never tsx, when bin/tracker.mjs is given --compiled; npm start gives it', () => {
    expect(pkg.scripts.start).toBe('npm run build && node bin/tracker.mjs --compiled serve');
    const db = join(mkdtempSync(join(tmpdir(), 'tracker-compiled-')), 't.db');
    const env: NodeJS.ProcessEnv = { ...process.env, TRACKER_MODE: 'local' };
    delete env.TRACKER_COMPILED;
    const bin = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', `./${root}/tsx-spy.mjs`, `${root}/bin/tracker.mjs`, ...args], { env, encoding: 'utf8', timeout: 120_000 });
    const compiled = bin('--compiled', 'seed', '--db', db);
    expect(compiled.stdout, compiled.stderr).toMatch(/^seeded \d+ records/);
    expect(compiled.stderr).not.toContain('tsx loaded');
    // the spy works: without the flag the same bin reaches for tsx (and the sources, absent here)
    const plain = bin('seed', '--db', db);
    expect(plain.stderr).toContain('tsx loaded');
    expect(plain.status).not.toBe(0);
  }, 120_000);

  it('seeds, summarises and exports through bin/tracker.mjs with TRACKER_COMPILED=1', () => {
    const db = join(mkdtempSync(join(tmpdir(), 'tracker-compiled-')), 't.db');
    const env = { ...process.env, TRACKER_COMPILED: '1', TRACKER_MODE: 'local' };
    // bin/tracker.mjs loads dist-node/cli.mjs; run the test build's copy the same way
    const run = (...args: string[]) => spawnSync(process.execPath, ['--input-type=module', '-e', `const { main } = await import('./${out}/cli.mjs'); process.exitCode = await main(${JSON.stringify(args)});`], { env, encoding: 'utf8', timeout: 120_000 });
    const seeded = run('seed', '--db', db);
    expect(seeded.stdout, seeded.stderr).toMatch(/^seeded \d+ records/);
    const summary = run('summary', '--json', '--db', db);
    expect(JSON.parse(summary.stdout).actions.total).toBeGreaterThan(100);
    const bad = run('export', '--format', 'pdf', '--list', 'actions', '--out', 'x', '--db', db);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe('tracker export: --format: allowed: csv, xlsx (got "pdf")');
  }, 120_000);

  it('has the local server import in its worker: a file posted to /api/import is imported', { timeout: 120_000 }, async () => {
    expect(readdirSync(out)).toContain('import-worker.mjs');
    const db = join(mkdtempSync(join(tmpdir(), 'tracker-compiled-')), 't.db');
    const env = { ...process.env, TRACKER_COMPILED: '1', TRACKER_MODE: 'local' };
    const code = `const { main } = await import('./${out}/cli.mjs'); process.exitCode = await main(${JSON.stringify(['serve', '--db', db, '--port', '0'])});`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let said = '';
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          said += d.toString();
          const found = /running at (http:\/\/[^\s/]+)\//.exec(said)?.[1];
          if (found) {
            resolve(found);
          }
        });
        child.stderr.on('data', (d: Buffer) => (said += d.toString()));
        child.on('exit', (c) => reject(new Error(`serve exited (${c}): ${said}`)));
      });
      // the page hands out this launch's secret, as it does to the tab
      const cookie = ((await fetch(`${url}/`)).headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const csv = 'Inspection,Published,No,Recommendation,Status,Due,Owner\nCompiled worker inspection,March 2024,1,Check the compiled worker,GREEN,31/03/2025,DS\n';
      const res = await fetch(`${url}/api/import`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-Tracker-User': 'morgan.ellis@colp.example' },
        body: JSON.stringify({ fileName: 'compiled.csv', contentBase64: Buffer.from(csv).toString('base64') }),
      });
      const report = (await res.json()) as { applied?: { created: number } };
      expect(res.status, JSON.stringify(report)).toBe(200);
      expect(report.applied?.created).toBe(1);
      // and a refusal made in the worker answers as the same error
      const bad = await fetch(`${url}/api/import`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-Tracker-User': 'morgan.ellis@colp.example' },
        body: JSON.stringify({ fileName: 'compiled.csv' }),
      });
      expect(bad.status).toBe(400);
      expect(((await bad.json()) as { error: { field: string } }).error.field).toBe('contentBase64');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
