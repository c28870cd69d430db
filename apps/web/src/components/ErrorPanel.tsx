import { ui } from '../shared';
import { errorMessage } from './errorMessage';

interface ErrorPanelProps {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/** A failed data view: what happened, in Danish, and a way to try again. */
export function ErrorPanel({ error, onRetry, retrying = false }: ErrorPanelProps) {
  return (
    <div className="error-panel" role="alert">
      <h2 className="error-panel__title">{ui.states.errorTitle}</h2>
      <p>{errorMessage(error)}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {ui.states.retry}
      </button>
    </div>
  );
}
