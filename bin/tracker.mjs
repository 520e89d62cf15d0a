#!/usr/bin/env node
// The `tracker` command. Runs the TypeScript sources through tsx, so there is no build step
// between a change and the CLI, the local server or the jobs.
import { register } from 'tsx/esm/api';

register();
// `tracker summary --json | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') {
    process.exit(0);
  }
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
