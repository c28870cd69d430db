import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { formatDate, reformUi as t } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { SourceButton } from '../../components/SourceButton';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { REFORM_TRANSFERS_QUERY, type ReformCandidateData } from './reformQueries';
import { ReformTransferForm } from './ReformTransferForm';

function markText(c: ReformCandidateData): string {
  const m = c.transfer;
  if (!m) return t.notMarked;
  if (!m.moves) return `${m.taskLabel}: ${t.stays}`;
  const moved = `${m.taskLabel}: ${t.moves(m.newOwner ?? '', formatDate(m.effectiveDate))}`;
  return m.runsForRegion ? `${moved}; ${t.runsForRegion}` : moved;
}

/** "/tilbud/opgaveflyt": offers and projects whose task may move to the region on 1.1.2027, for the staff unit to mark. */
export function ReformTransfersPage() {
  useDocumentTitle(t.title);
  const { data, loading, error, refetch } = useQuery(REFORM_TRANSFERS_QUERY);
  const [open, setOpen] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const rows = data?.reformTransfers;
  return (
    <div className="page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      <p role="status">{status}</p>
      {loading && !rows ? (
        <LoadingStatus />
      ) : error && !rows ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !rows || rows.length === 0 ? (
        <EmptyState text={t.empty} />
      ) : (
        <table className="table">
          <caption>{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.record}</th>
              <th scope="col">{t.columns.kind}</th>
              <th scope="col">{t.columns.owner}</th>
              <th scope="col">{t.columns.mark}</th>
              <th scope="col">{t.columns.action}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={`${c.kind}-${c.id}`}>
                <th scope="row">
                  {c.kind === 'OFFER' ? (
                    <Link to={`/tilbud/${c.id}`}>{c.name}</Link>
                  ) : (
                    <Link to={`/projekter/${c.id}`}>{c.name}</Link>
                  )}
                </th>
                <td>{c.kindLabel}</td>
                <td>{c.ownerName ?? ''}</td>
                <td>
                  {markText(c)} {c.transfer?.source && <SourceButton source={c.transfer.source} label={c.name} />}
                </td>
                <td>
                  <button
                    type="button"
                    className="button"
                    aria-expanded={open === c.id}
                    onClick={() => setOpen(open === c.id ? null : c.id)}
                  >
                    {t.edit(c.name)}
                  </button>
                  {open === c.id && (
                    <ReformTransferForm
                      candidate={c}
                      onDone={(message) => {
                        setStatus(message);
                        setOpen(null);
                      }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
