import { ui } from '../../shared';

/** "Gem" (disabled while saving) and "Annuller" at the foot of a theme form. */
export function FormActions({ saving, onCancel }: { saving: boolean; onCancel: () => void }) {
  return (
    <div className="form__actions">
      <button type="submit" className="button" disabled={saving}>
        {saving ? ui.themes.saving : ui.themes.save}
      </button>
      <button type="button" className="button button--secondary" onClick={onCancel}>
        {ui.themes.cancel}
      </button>
    </div>
  );
}
