import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate, ui } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { errorMessage } from '../../components/errorMessage';
import { OPEN_REPORTS_QUERY, RESOLVE_REPORT_MUTATION } from './maintenanceQueries';

/** Open "Rapportér fejl" reports, each with what was done and "Markér som løst". */
export function ReportsQueue() {
  const { data, loading, error, refetch } = useQuery(OPEN_REPORTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [resolve] = useMutation(RESOLVE_REPORT_MUTATION);
  const [resolutions, setResolutions] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const reports = data?.offerReports;

  const markResolved = async (id: string, version: number) => {
    try {
      await resolve({ variables: { id, version, resolution: resolutions[id]?.trim() || null } });
      setMessage(ui.offers.resolved);
      await refetch();
    } catch (caught) {
      setMessage(errorMessage(caught));
      // A CONFLICT: someone resolved it meanwhile; the list shows the current state.
      await refetch().catch(() => undefined);
    }
  };

  return (
    <section className="panel" aria-labelledby="reports-title">
      <h2 id="reports-title">{ui.offers.reportsTitle}</h2>
      {loading && !reports ? (
        <LoadingStatus />
      ) : error && !reports ? (
        <ErrorPanel error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !reports || reports.length === 0 ? (
        <p className="empty-state">{ui.offers.reportsEmpty}</p>
      ) : (
        <ul className="plain-list">
          {reports.map((report) => (
            <li key={report.id} className="review-group">
              <h3>
                <Link to={`/tilbud/${report.offer.id}`}>{report.offer.name}</Link>
              </h3>
              <p>{report.message}</p>
              <p className="muted">{ui.offers.reportedBy(report.reportedByName, formatDate(report.createdAt))}</p>
              <div className="field">
                <label htmlFor={`resolution-${report.id}`}>{ui.offers.resolution}</label>
                <input
                  id={`resolution-${report.id}`}
                  type="text"
                  value={resolutions[report.id] ?? ''}
                  onChange={(e) => setResolutions({ ...resolutions, [report.id]: e.target.value })}
                />
              </div>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void markResolved(report.id, report.version)}
              >
                {ui.offers.resolve}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="live-message" role="status">
        {message}
      </p>
    </section>
  );
}
