/**
 * Screens other than the one a person lands on load when first shown, so the tab's first
 * screen fetches only its own code. A chunk that fails to arrive (a dropped connection, a
 * redeploy that replaced the file) becomes a ScreenLoadError, which ScreenBoundary shows with
 * Try again — and the next render asks for the chunk afresh instead of React.lazy's cached
 * failure.
 */
import { Spinner } from '@fluentui/react-components';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/** The code for a screen could not be fetched (not a fault in the screen itself). */
export class ScreenLoadError extends Error {
  override readonly name = 'ScreenLoadError';
  /** makes the next render fetch the code again (Try again calls it) */
  readonly retry: () => void;
  constructor(message: string, retry: () => void) {
    super(message);
    this.retry = retry;
  }
}

export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const fresh = (): ComponentType<P> =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (e: unknown) => {
          // React.lazy keeps a rejected promise for good: Try again swaps in a new one. Not here:
          // React renders once more before showing the boundary, and a fresh load then would
          // suspend instead of failing, over and over.
          throw new ScreenLoadError(e instanceof Error ? e.message : String(e), () => {
            Current = fresh();
          });
        }
      )
    );
  let Current = fresh();
  function LazyScreen(props: P) {
    return <Current {...props} />;
  }
  return LazyScreen;
}

/** While a screen's code arrives: a labelled spinner inside a polite live region. */
export function ScreenSuspense({ what, children }: Readonly<{ what: string; children: ReactNode }>) {
  return (
    <Suspense
      fallback={
        <div role="status" aria-live="polite" data-testid="screen-loading">
          <Spinner size="small" label={`Loading ${what}…`} />
        </div>
      }
    >
      {children}
    </Suspense>
  );
}
