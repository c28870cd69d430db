import { ui } from '../shared';
import { errorCode, errorMessage } from './errorMessage';

interface ErrorPanelProps {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}

/**
 * A failed data view: what happened, in Danish, and a way to try again. A refusal of the user's role
 * (FORBIDDEN) says so, and offers no retry: trying again cannot help.
 */
export function ErrorPanel({ error, onRetry, retrying = false }: ErrorPanelProps) {
  const forbidden = errorCode(error) === 'FORBIDDEN';
  return (
    <div className="error-panel" role="alert">
      <h2 className="error-panel__title">{forbidden ? ui.states.forbiddenTitle : ui.states.errorTitle}</h2>
      <p>{errorMessage(error)}</p>
      {!forbidden && (
        <button type="button" className="button" onClick={onRetry} disabled={retrying}>
          {ui.states.retry}
        </button>
      )}
    </div>
  );
}
