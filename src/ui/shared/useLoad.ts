/** Loads something for a screen, reloading when `deps` change and ignoring stale answers. */
import { useEffect, useState } from 'react';

export type Loadable<T> = Readonly<{ status: 'loading' | 'ready' | 'error'; data: T | null; error: string | null }>;

export function useLoad<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading', data: null, error: null });
  useEffect(() => {
    if (!load) {
      return undefined;
    }
    let cancelled = false;
    setState((s) => ({ ...s, status: 'loading', error: null }));
    load().then(
      (data) => !cancelled && setState({ status: 'ready', data, error: null }),
      (e: unknown) => !cancelled && setState({ status: 'error', data: null, error: (e as Error).message })
    );
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is rebuilt each render; deps say when to reload
  }, deps);
  return state;
}

