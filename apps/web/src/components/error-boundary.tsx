import { Component, type ReactNode } from 'react';

type Props = { message: string; retry: string; children: ReactNode };

/** An unexpected answer must not blank the whole app: the screen says so and can be reopened. */
export class ScreenErrorBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice notice-error" role="alert">
        <p className="notice-title">{this.props.message}</p>
        <button type="button" className="button-secondary" onClick={() => this.setState({ failed: false })}>
          {this.props.retry}
        </button>
      </div>
    );
  }
}
