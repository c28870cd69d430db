import { ui } from '../../shared';
import { ChangeList } from '../../components/ChangeList';
import type { OfferChangeData } from './offerQueries';

/**
 * The change history: who, when, field, old → new (staff unit only). The API states every value in Danish
 * (status labels, unit names, formatted dates, schedules as text), so nothing here parses stored JSON.
 */
export function OfferHistory({ changes }: { changes: OfferChangeData[] }) {
  return (
    <ChangeList
      changes={changes.map((change) => ({
        id: change.id,
        changedAt: change.changedAt,
        userName: change.userName,
        actionLabel: change.actionLabel,
        field: change.field,
        label: change.label,
        oldValue: change.oldText,
        newValue: change.newText,
      }))}
      title={ui.offers.history}
      headingId="history-title"
    />
  );
}
