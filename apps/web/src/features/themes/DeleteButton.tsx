import { useState } from 'react';
import { ui } from '../../shared';

/** Delete with an inline confirmation step (no window.confirm: it is not keyboard-friendly everywhere). */
export function DeleteButton({ what, onDelete }: { what: string; onDelete: () => Promise<void> }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const confirmDelete = async () => {
    setBusy(true);
    try {
      await onDelete();
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };
  if (!confirming) {
    return (
      <button
        type="button"
        className="button button--small button--danger"
        onClick={() => setConfirming(true)}
        aria-label={ui.themes.deleteLabel(what)}
      >
        {ui.themes.delete}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={ui.themes.confirmDelete(what)}>
      <span className="confirm__text">{ui.themes.confirmDelete(what)}</span>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={busy}
        autoFocus
        // onDelete shows its own errors (useEditableRows.remove catches them), so nothing is left to await here.
        onClick={() => void confirmDelete()}
      >
        {ui.themes.delete}
      </button>
      <button type="button" className="button button--small button--secondary" onClick={() => setConfirming(false)}>
        {ui.themes.cancel}
      </button>
    </span>
  );
}
