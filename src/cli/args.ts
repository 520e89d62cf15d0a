/** Argument parsing for `tracker`, with errors that name the option. */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export type Parsed = Readonly<{ values: Record<string, string | boolean | undefined>; positionals: string[] }>;

export function parse(args: string[], options: Record<string, { type: 'string' | 'boolean' }>): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^Unknown option/, 'unknown option'));
  }
}

export function choice<T extends string>(name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name}: allowed: ${allowed.join(', ')} (got ${value === undefined ? 'nothing' : JSON.stringify(value)})`);
  }
  return value as T;
}
