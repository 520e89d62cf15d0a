import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { bannerLines, bindHost } from '../../src/cli/serve-binding';

const dir = mkdtempSync(join(tmpdir(), 'tracker-serve-'));

async function run(...argv: string[]): Promise<{ code: number; err: string }> {
  const err: string[] = [];
  const code = await main(argv, { out: () => undefined, err: (s) => err.push(s) });
  return { code, err: err.join('\n') };
}

/** Starts `tracker serve` as a user would, reads what it prints until it is listening, and stops it. */
function serveBanner(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/tracker.mjs', 'serve', '--port', '0', '--db', join(dir, `${Math.random()}.db`), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const done = (error?: Error): void => {
      child.kill('SIGTERM');
      if (error) {
        reject(error);
      } else {
        resolve(out);
      }
    };
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      if (out.includes('Ctrl+C')) {
        done();
      }
    });
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', () => done(new Error(`serve exited early: ${out}`)));
  });
}

describe('where tracker serve listens', () => {
  it('refuses a network address without --allow-network, naming why', async () => {
    const { code, err } = await run('serve', '--host', '0.0.0.0', '--db', join(dir, 'x.db'));
    expect(code).toBe(2);
    expect(err).toMatch(/^tracker serve: --host 0\.0\.0\.0 would let other machines use local mode, which has no sign-in.*--allow-network/);
    expect(() => bindHost('192.168.1.5', false)).toThrow(/--allow-network/);
    expect(bindHost('192.168.1.5', true)).toBe('192.168.1.5');
    expect(bindHost(undefined, false)).toBe('127.0.0.1');
    expect(bindHost('localhost', false)).toBe('localhost');
  });

  it('says where it really listens, with a warning, when allowed onto the network', () => {
    const lines = bannerLines('0.0.0.0', 'http://127.0.0.1:4280');
    expect(lines[0]).toBe('Action Tracker (local mode) is listening on 0.0.0.0:4280, reachable at:');
    expect(lines.some((l) => /^ {2}http:\/\/127\.0\.0\.1:4280\/$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/^WARNING: local mode has no sign-in/);
    expect(bannerLines('127.0.0.1', 'http://127.0.0.1:4280')).toEqual(['Action Tracker (local mode) is running at http://127.0.0.1:4280/']);
  });

  it('ignores an inherited HOST=0.0.0.0 and stays on 127.0.0.1', async () => {
    const banner = await serveBanner([], { HOST: '0.0.0.0', TRACKER_MODE: 'local' });
    expect(banner).toMatch(/is running at http:\/\/127\.0\.0\.1:\d+\//);
    expect(banner).not.toMatch(/WARNING/);
  }, 90_000);

  it('with --host 0.0.0.0 --allow-network prints the real binding and the warning', async () => {
    const banner = await serveBanner(['--host', '0.0.0.0', '--allow-network'], { TRACKER_MODE: 'local' });
    expect(banner).toMatch(/listening on 0\.0\.0\.0:\d+, reachable at:/);
    expect(banner).toMatch(/WARNING: local mode has no sign-in/);
  }, 90_000);
});
