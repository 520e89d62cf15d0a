/** `npm run package`: writes dist/appPackage.zip from the TRACKER_* settings. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { readSettings } from '../src/config/settings';
import { buildPackage } from './package';

const settings = readSettings({ ...process.env, TRACKER_MODE: 'm365' });
if (settings.mode !== 'm365') {
  throw new Error('unreachable');
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/appPackage.zip', await buildPackage(settings));
process.stdout.write(`wrote dist/appPackage.zip for ${settings.tabUrl}\n`);
