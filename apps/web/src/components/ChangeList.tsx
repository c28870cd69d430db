import { formatDateTime, ui } from '../shared';

/** One field change as the API states it in Danish (ChangeEntry, or an offer change once it has labels). */
export interface ChangeRow {
  id: string;
  changedAt: string;
  userName?: string | null;
  actionLabel: string;
  /** The kind of record, e.g. "Milepæl"; shown when a history spans several kinds. */
  recordLabel?: string | null;
  field?: string | null;
  /** Danish label of the field. */
  label: string;
  oldValue?: string | null;
  newValue?: string | null;
}

interface ChangeListProps {
  changes: ChangeRow[];
  /** Heading and table caption, e.g. "Ændringshistorik". */
  title: string;
  /** Id of the heading, unique on the page. */
  headingId: string;
  /** Whether to show the record kind column (a theme's history spans milestones and budget lines). */
  showRecord?: boolean;
}

/** A history: when, who, what, old → new, newest first, all in Danish. */
export function ChangeList({ changes, title, headingId, showRecord = false }: ChangeListProps) {
  const t = ui.changeList;
  const value = (v: string | null | undefined) => (v == null || v === '' ? t.empty : v);
  return (
    <section aria-labelledby={headingId} className="panel">
      <h2 id={headingId}>{title}</h2>
      {changes.length === 0 ? (
        <p className="empty-state">{t.none}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby={headingId} tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">{t.caption(title)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.when}</th>
                <th scope="col">{t.who}</th>
                {showRecord && <th scope="col">{t.record}</th>}
                <th scope="col">{t.what}</th>
                <th scope="col">{t.change}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.id}>
                  <td>{formatDateTime(c.changedAt)}</td>
                  <td>{c.userName ?? t.system}</td>
                  {showRecord && <td>{c.recordLabel ?? ''}</td>}
                  <td>{c.field ? c.label : c.actionLabel}</td>
                  <td>{c.field ? `${value(c.oldValue)} → ${value(c.newValue)}` : c.actionLabel}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
