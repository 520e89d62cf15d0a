/** Reads the project's own copy of the seed documents (a user's clone has no shared/). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../config/package-root';
import type { RawSeed } from './seed-types';

// from the package root, so the compiled CLI (dist-node/) finds them as the sources do
const dir = join(packageRoot(), 'src', 'seed', 'data') + '/';
const read = <T>(name: string): T => JSON.parse(readFileSync(dir + name, 'utf8')) as T;

export function readSeed(): RawSeed {
  return {
    workstreams: read('workstreams.json'),
    actionPlan: read('action-plan-2012.json'),
    toolkit: read('arrp-toolkit.json'),
    tracker: read('hmicfrs-recommendations.json'),
  };
}
