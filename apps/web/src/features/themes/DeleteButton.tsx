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

/** The actions cell of an editable table row: "Ret" and "Slet", each naming the row for screen readers. */
export function RowActions({
  what,
  onEdit,
  onDelete,
}: {
  what: string;
  onEdit: () => void;
  onDelete: () => Promise<void>;
}) {
  return (
    <td className="actions">
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={onEdit}
        aria-label={ui.themes.editLabel(what)}
      >
        {ui.themes.edit}
      </button>
      <DeleteButton what={what} onDelete={onDelete} />
    </td>
  );
}
