import { fieldLabels, formatDate, ui } from '../../shared';
import type { OfferChangeData } from './offerQueries';

/** A JSON value from the change log as plain text; a time stamp (assuredAt) as its day in Copenhagen. */
function valueText(json: string | null, field: string | null = null): string {
  if (json === null || json === '' || json === 'null') return ui.offers.emptyValue;
  try {
    const value: unknown = JSON.parse(json);
    if (field === 'assuredAt' && typeof value === 'string') return formatDate(value);
    if (Array.isArray(value))
      return (
        value.map((item) => (typeof item === 'object' ? JSON.stringify(item) : String(item))).join(', ') ||
        ui.offers.emptyValue
      );
    if (typeof value === 'object' && value !== null) return JSON.stringify(value);
    return String(value);
  } catch {
    return json;
  }
}

const actionText = (action: string) => ui.offers.historyActions[action] ?? action;

/** The change history: who, when, field, old → new (staff unit only). */
export function OfferHistory({ changes }: { changes: OfferChangeData[] }) {
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{ui.offers.history}</h2>
      {changes.length === 0 ? (
        <p className="empty-state">{ui.offers.historyEmpty}</p>
      ) : (
        <div className="table-scroll" role="region" aria-label={ui.offers.historyCaption} tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">{ui.offers.historyCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{ui.offers.historyWhen}</th>
                <th scope="col">{ui.offers.historyWho}</th>
                <th scope="col">{ui.offers.historyField}</th>
                <th scope="col">{ui.offers.historyChange}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((change) => (
                <tr key={change.id}>
                  <td>{formatDate(change.changedAt)}</td>
                  <td>{change.userName ?? ui.offers.historySystem}</td>
                  <td>{change.field ? (fieldLabels[change.field] ?? change.field) : actionText(change.action)}</td>
                  <td>
                    {change.field
                      ? `${valueText(change.oldValue, change.field)} → ${valueText(change.newValue, change.field)}`
                      : actionText(change.action)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
