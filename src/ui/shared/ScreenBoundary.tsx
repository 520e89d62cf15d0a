/**
 * One screen's failure stays on that screen: a value the screen did not expect (a record
 * edited by hand in SharePoint, say) shows a message with a way back instead of blanking the
 * whole tab. Navigating elsewhere (a new `resetKey`) starts the screen afresh.
 */
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ScreenLoadError } from './lazy-screen';

type Props = Readonly<{ what: string; resetKey: string; children: ReactNode }>;
type State = Readonly<{ error: Error | null; key: string }>;

export class ScreenBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // eslint-disable-next-line no-console -- the one trace a support person can ask for
    console.error(`${this.props.what} could not be shown`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) {
      return this.props.children;
    }
    const notLoaded = this.state.error instanceof ScreenLoadError;
    return (
      <MessageBar intent="error" layout="multiline" role="alert" data-testid="screen-error">
        <MessageBarBody>
          <MessageBarTitle>{this.props.what} could not be {notLoaded ? 'loaded' : 'shown'}</MessageBarTitle>
          {notLoaded
            ? 'Its code did not arrive (the connection may have dropped, or the tab was updated meanwhile).'
            : 'Something stored for it is not in a shape the tab can show (the browser\u2019s console has the details).'}{' '}
          The other screens still work.{' '}
          <Button
            size="small"
            onClick={() => {
              if (this.state.error instanceof ScreenLoadError) {
                this.state.error.retry();
              }
              this.setState({ error: null });
            }}
          >
            Try again
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
