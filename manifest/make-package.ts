/** `npm run package`: writes dist/appPackage.zip from the TRACKER_* settings. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { orExit, orExitAsync } from '../src/config/one-line-errors';
import { readSettings } from '../src/config/settings';
import { buildPackage } from './package';

// a missing or malformed setting is one line naming it, never a stack trace
const settings = orExit('npm run package', () => readSettings({ ...process.env, TRACKER_MODE: 'm365' }));
if (settings.mode !== 'm365') {
  throw new Error('unreachable');
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/appPackage.zip', await orExitAsync('npm run package', () => buildPackage(settings)));
process.stdout.write(`wrote dist/appPackage.zip for ${settings.tabUrl}\n`);
