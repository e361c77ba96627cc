import { Component, type ReactNode } from 'react';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  children: ReactNode;
}
interface State {
  error: unknown;
}

/**
 * Shows any error thrown while rendering (bridge errors included, thrown by
 * `useBridgeCall`) as a sentence with a way to try again, instead of a blank window.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    if (this.state.error !== null) {
      return <ErrorMessage error={this.state.error} onRetry={() => this.setState({ error: null })} />;
    }
    return this.props.children;
  }
}
