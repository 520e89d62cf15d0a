import { Button, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import type { StartupFailure } from '../../host/startup-failure';

/** Why the tab could not start (sign-in, access, lists missing, throttled, offline), said plainly, with a way to try again: never a blank tab. */
export function StartupProblem({ failure, onRetry }: { failure: StartupFailure; onRetry: () => void }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 24 }}>
        <MessageBar intent={failure.kind === 'other' ? 'error' : 'warning'} role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{failure.title}</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
        <p>
          <Button appearance="primary" onClick={onRetry}>
            Try again
          </Button>
        </p>
      </main>
    </FluentProvider>
  );
}
