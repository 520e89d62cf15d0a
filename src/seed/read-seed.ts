/** Reads the project's own copy of the seed documents (a user's clone has no shared/). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RawSeed } from './seed-types';

const dir = fileURLToPath(new URL('./data/', import.meta.url));
const read = <T>(name: string): T => JSON.parse(readFileSync(dir + name, 'utf8')) as T;

export function readSeed(): RawSeed {
  return {
    workstreams: read('workstreams.json'),
    actionPlan: read('action-plan-2012.json'),
    toolkit: read('arrp-toolkit.json'),
    tracker: read('hmicfrs-recommendations.json'),
  };
}
