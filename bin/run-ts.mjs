#!/usr/bin/env node
// Runs a TypeScript entry point (benchmarks, scripts) through tsx.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

register();
const [entry, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(resolve(entry)).href);
