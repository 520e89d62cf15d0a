import { Button, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';

/** A sign-in or consent problem, said plainly, with a way to try again: never a blank tab. */
export function SignInProblem({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 24 }}>
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Action Tracker could not sign you in</MessageBarTitle>
            {message}
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
