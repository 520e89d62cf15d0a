/**
 * For the build, `npm run package` and other Node entry points: a setting that is missing or
 * malformed is said in one line naming it (the errors already do), with no stack trace.
 */
import { isTrackerError } from '../core/errors.ts';

/** The one line a person should read for `error`, or null when it is a bug (then the stack helps). */
export function oneLine(error: unknown): string | null {
  if (isTrackerError(error)) {
    return error.message;
  }
  const e = error as { name?: string; message?: string; code?: string } | null;
  if (e && typeof e.message === 'string' && typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
    // a file or network error from Node (ENOENT, EACCES, EADDRINUSE): its message names the path
    return e.message;
  }
  return null;
}

/** Runs `work`; a known problem is printed as `who: message` and exits 1, anything else is rethrown. */
export function orExit<T>(who: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const line = oneLine(error);
    if (line === null) {
      throw error;
    }
    process.stderr.write(`${who}: ${line}\n`);
    process.exit(1);
  }
}

/** The same for async work. */
export async function orExitAsync<T>(who: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const line = oneLine(error);
    if (line === null) {
      throw error;
    }
    process.stderr.write(`${who}: ${line}\n`);
    process.exit(1);
  }
}
