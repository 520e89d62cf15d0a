/**
 * What `npm ci --omit=dev` installs, and `npx tracker` then runs: a copy of the clone with only
 * the packages package-lock.json does not mark as dev, the compiled CLI (built where the
 * development tools are), and bin/tracker.mjs left to choose for itself (no TRACKER_COMPILED). Built offline from this clone's
 * node_modules (hard links where it can, so it is quick).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// outside the clone, or Node would find its devDependencies in a parent folder's node_modules
const root = mkdtempSync(join(tmpdir(), 'tracker-production-'));
const db = join(root, 'data', 't.db');

type Lock = { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };

beforeAll(() => {
  const built = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.node.config.ts'], {
    env: { ...process.env, TRACKER_NODE_OUT_DIR: join(root, 'dist-node') },
    encoding: 'utf8',
    timeout: 150_000,
  });
  expect(built.status, built.stderr).toBe(0);
  // the clone as checked out (its seed documents are read at run time), without node_modules
  const files = spawnSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).stdout.split('\0').filter((f) => f !== '' && existsSync(f));
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(file, join(root, file));
  }
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
  for (const [path, meta] of Object.entries(lock.packages)) {
    // what --omit=dev leaves out; nested copies come with their parent's folder
    if (!path.startsWith('node_modules/') || path.slice('node_modules/'.length).includes('/node_modules/') || meta.dev || meta.devOptional) {
      continue;
    }
    if (existsSync(path)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      // hard links where the temporary folder shares node_modules' file system, else a copy
      const linked = spawnSync('cp', ['-al', path, join(root, path)], { encoding: 'utf8' });
      if (linked.status !== 0) {
        cpSync(path, join(root, path), { recursive: true, verbatimSymlinks: true });
      }
    }
  }
}, 300_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const tracker = (...args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, TRACKER_MODE: 'local' };
  delete env.TRACKER_COMPILED;
  delete env.NODE_OPTIONS;
  return spawnSync(process.execPath, ['bin/tracker.mjs', ...args], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
};

describe('an install without devDependencies', () => {
  it('has no TypeScript loader to lean on', () => {
    expect(existsSync(join(root, 'node_modules/tsx'))).toBe(false);
    expect(existsSync(join(root, 'node_modules/esbuild'))).toBe(false);
    expect(existsSync(join(root, 'node_modules/react'))).toBe(true);
  });

  it('seeds, summarises and exports with the compiled CLI that bin/tracker.mjs picks by itself', () => {
    const seeded = tracker('seed', '--db', 'data/t.db');
    expect(seeded.stdout, seeded.stderr).toMatch(/^seeded \d+ records/);
    expect(existsSync(db)).toBe(true);
    const summary = tracker('summary', '--json', '--db', 'data/t.db');
    expect(JSON.parse(summary.stdout).actions.total, summary.stderr).toBeGreaterThan(100);
    const exported = tracker('export', '--format', 'xlsx', '--list', 'actions', '--out', 'data/actions.xlsx', '--db', 'data/t.db');
    expect(exported.status, exported.stderr).toBe(0);
    expect(existsSync(join(root, 'data/actions.xlsx'))).toBe(true);
  }, 180_000);
});
