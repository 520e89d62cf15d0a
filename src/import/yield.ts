/**
 * Lets other work run between slices of a long import: in the local server a 20,000-row import
 * once froze every request for ~10 s. setImmediate runs after pending I/O in Node; the browser
 * has no setImmediate, so a zero timer serves there.
 */
export function yieldToEventLoop(): Promise<void> {
  const g = globalThis as { setImmediate?: (fn: () => void) => unknown };
  return new Promise((resolve) => (g.setImmediate ? g.setImmediate(resolve) : setTimeout(resolve, 0)));
}
