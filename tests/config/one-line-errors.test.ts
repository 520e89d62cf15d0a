/** `npm run package`, the build and the CLI name a missing or malformed setting in one line: no stack trace. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(args: string[], env: Record<string, string | undefined>): { status: number | null; stderr: string } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TRACKER_')));
  const result = spawnSync(process.execPath, args, { env: { ...clean, ...env }, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe('a missing or malformed setting is one line', () => {
  it('in npm run package', () => {
    const { status, stderr } = run(['bin/run-ts.mjs', 'manifest/make-package.ts'], {});
    expect(status).toBe(1);
    expect(stderr).toBe('npm run package: TRACKER_TENANT_ID: is required in Microsoft 365 mode (missing)');
  }, 120_000);

  it('in the build', () => {
    const { status, stderr } = run(['node_modules/vite/bin/vite.js', 'build'], { TRACKER_MODE: 'm365', TRACKER_TENANT_ID: 'not-a-guid' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^build: TRACKER_TENANT_ID: must be a GUID .*\("not-a-guid"\)$/);
  }, 120_000);

  it('in the tracker command', () => {
    const { status, stderr } = run(['bin/tracker.mjs', 'summary'], { TRACKER_MODE: 'sharepoint' });
    expect(status).toBe(1);
    expect(stderr).toBe('tracker summary: TRACKER_MODE: allowed: local, m365 ("sharepoint")');
  }, 120_000);
});
