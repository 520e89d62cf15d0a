#!/usr/bin/env node
// The `tracker` command. In a clone with the development tools installed it runs the TypeScript
// sources through tsx, so there is no build step between a change and the CLI; otherwise (an
// install without devDependencies, a first argument `--compiled`, or TRACKER_COMPILED=1) it runs
// the compiled dist-node/cli.mjs that `npm run build` writes, and needs no TypeScript loader at
// all. `npm start` says `--compiled` (an argument, not an environment variable, so the npm script
// reads the same in every shell): it has just built, and serves what it built.
import { existsSync } from 'node:fs';

// `tracker summary --json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') {
    process.exit(0);
  }
  throw error;
});

const args = process.argv.slice(2);
const compiledAsked = args[0] === '--compiled';
if (compiledAsked) {
  args.shift();
}

async function loadMain() {
  if (!compiledAsked && process.env.TRACKER_COMPILED !== '1') {
    const tsx = await import('tsx/esm/api').catch(() => null);
    if (tsx) {
      tsx.register();
      return (await import('../src/cli/main.ts')).main;
    }
  }
  const compiled = new URL('../dist-node/cli.mjs', import.meta.url);
  if (!existsSync(compiled)) {
    process.stderr.write('tracker: not built yet: run `npm run build` (npm start does it for you)\n');
    process.exit(1);
  }
  return (await import(compiled.href)).main;
}

const main = await loadMain();
process.exitCode = await main(args);
