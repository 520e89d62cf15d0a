import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { Loadable } from './useLoad';

/** While something loads, a labelled spinner; if it fails, the reason. Nothing once it is there. */
export function LoadStatus({ state, what }: { state: Loadable<unknown>; what: string }) {
  if (state.status === 'error') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>
          {what.charAt(0).toUpperCase() + what.slice(1)} could not be loaded: {state.error}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return state.status === 'loading' ? <Spinner label={`Loading ${what}`} /> : null;
}
