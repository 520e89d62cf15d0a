/**
 * Waiting for the first rows to be on screen before starting more work. The local server runs
 * on the same machine as the browser, so reading and sending the rest of a list competes with
 * the first paint for the processor; and a large answer parsed before the first page has
 * rendered would hold that render up. Work that can wait, waits until the screen has painted.
 */
import { useCallback, useEffect, useRef } from 'react';

/**
 * Settles once the browser has had a frame in which to paint: after the next animation frame
 * (and the task after it), or after `fallbackMs` where frames do not run (a hidden tab), so
 * nothing waits for a frame that never comes.
 */
export function afterPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0)
    );
  });
}

/** A function whose promise settles after this component's next commit has been painted. */
export function usePainted(): () => Promise<void> {
  const waiting = useRef<Array<() => void>>([]);
  // no dependencies: after every commit of this component
  useEffect(() => {
    const committed = waiting.current;
    if (committed.length > 0) {
      waiting.current = [];
      void afterPaint().then(() => committed.forEach((resolve) => resolve()));
    }
  });
  return useCallback(() => new Promise<void>((resolve) => waiting.current.push(resolve)), []);
}
