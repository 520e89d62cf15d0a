/**
 * exceljs 4.4 asks for unzipper 0.10 and archiver 5, which bring fstream, rimraf 2, glob 7 and
 * inflight — deprecated, unmaintained, and installed with `npm ci --omit=dev`. package.json's
 * `overrides` moves exceljs onto unzipper 0.12 and archiver 7; this fails if a lock file change
 * brings any of the old ones back as a production dependency.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type LockPackage = { version?: string; dev?: boolean; devOptional?: boolean };
type Lock = { packages: Record<string, LockPackage> };

/** Each deprecated package and the versions of it that are deprecated. */
const DEPRECATED: Readonly<Record<string, (major: number, minor: number) => boolean>> = {
  unzipper: (major, minor) => major === 0 && minor < 12,
  fstream: () => true,
  rimraf: (major) => major < 4,
  glob: (major) => major < 9,
  inflight: () => true,
};

/** The production packages of a lock file, as `name@version` (nested copies included). */
function deprecatedInProduction(lock: Lock): string[] {
  const found: string[] = [];
  for (const [path, meta] of Object.entries(lock.packages)) {
    if (!path.includes('node_modules/') || meta.dev || meta.devOptional) {
      continue;
    }
    const name = path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const [major = 0, minor = 0] = (meta.version ?? '').split('.').map(Number);
    if (DEPRECATED[name]?.(major, minor)) {
      found.push(`${name}@${meta.version ?? '?'} (${path})`);
    }
  }
  return found;
}

/** Every .ts/.tsx file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(entry) ? [path] : [];
  });
}

describe('production dependencies', () => {
  it('none of exceljs’s deprecated dependencies (unzipper 0.10, fstream, rimraf 2, glob 7, inflight) is installed for production', () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;
    expect(deprecatedInProduction(lock)).toEqual([]);
  });

  it('the check sees a deprecated package in production and ignores one used only in development', () => {
    const lock: Lock = {
      packages: {
        '': {},
        'node_modules/exceljs': { version: '4.4.0' },
        'node_modules/unzipper': { version: '0.10.14' },
        'node_modules/archiver-utils/node_modules/glob': { version: '7.2.3' },
        'node_modules/glob': { version: '10.5.0' },
        'node_modules/rimraf': { version: '2.7.1', dev: true },
      },
    };
    expect(deprecatedInProduction(lock)).toEqual(['unzipper@0.10.14 (node_modules/unzipper)', 'glob@7.2.3 (node_modules/archiver-utils/node_modules/glob)']);
  });

  it('no source uses exceljs’s streaming writer, which archiver 7 (the override) refuses', () => {
    // workbook.xlsx.load and writeBuffer zip with JSZip and work; stream.xlsx.WorkbookWriter hands
    // archiver 7 a stream it does not accept (README, Dependencies)
    const users = sources('src').filter((f) => /stream\.xlsx\.WorkbookWriter|WorkbookWriter\s*\(/.test(readFileSync(f, 'utf8')));
    expect(users).toEqual([]);
  });
});
