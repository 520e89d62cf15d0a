/**
 * The folder holding package.json: where dist/ and the seed documents are, whether this code
 * runs from its TypeScript sources (src/…) or compiled into one file (dist-node/cli.mjs).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) {
      return dir;
    }
    const up = dirname(dir);
    if (up === dir) {
      throw new Error(`no package.json above ${fileURLToPath(from)}`);
    }
    dir = up;
  }
}
