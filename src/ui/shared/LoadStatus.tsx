import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Loadable } from './useLoad';

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Why something could not be loaded, with a way to try again where there is one. */
export function LoadError({ what, error, onRetry }: { what: string; error: string | null; onRetry?: () => void }) {
  return (
    <MessageBar intent="error">
      <MessageBarBody>
        {capitalised(what)} could not be loaded: {error}{' '}
        {onRetry ? (
          <Button size="small" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}

/** While something loads, a labelled spinner; if it fails, the reason. Nothing once it is there. */
export function LoadStatus({ state, what }: { state: Loadable<unknown>; what: string }) {
  if (state.status === 'error') {
    return <LoadError what={what} error={state.error} />;
  }
  return state.status === 'loading' ? <Spinner label={`Loading ${what}`} /> : null;
}
