import { ui } from '../shared';

/** Polite status text while data loads; screen readers announce it once. */
export function LoadingStatus({ text = ui.states.loading }: { text?: string }) {
  return (
    <p className="status-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {text}
    </p>
  );
}
