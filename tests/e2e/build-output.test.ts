/** What the build leaves in dist/ is what gets hosted: no source maps there, and no links to them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => join(dir, f));

describe('the built tab', () => {
  it('ships its source maps beside dist/, not inside it', () => {
    const hosted = files('dist');
    expect(hosted.filter((f) => f.endsWith('.map'))).toEqual([]);
    for (const script of hosted.filter((f) => f.endsWith('.js'))) {
      expect(readFileSync(script, 'utf8'), script).not.toMatch(/sourceMappingURL=/);
    }
    expect(existsSync('dist-sourcemaps')).toBe(true);
    expect(files('dist-sourcemaps').some((f) => f.endsWith('.js.map'))).toBe(true);
  });
});
