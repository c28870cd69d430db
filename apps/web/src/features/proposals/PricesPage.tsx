import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatKr, formatNumber, proposalsUi } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { SourceButton } from '../../components/SourceButton';
import type { UpdatePriceMutation } from '../../__generated__/graphql';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { PriceForm } from './PriceForm';
import { PRICES_QUERY } from './proposalQueries';

const t = proposalsUi.prices;
/** `editing` for the "Ny pris" form (a price id otherwise). */
const NEW = 'new';
const c = proposalsUi.cases;

/** "/priser": the price catalogue and the price indexes; the staff unit corrects a price and sees what moved. */
export function PricesPage() {
  useDocumentTitle(t.title);
  const { data, loading, error, refetch } = useQuery(PRICES_QUERY);
  const canEdit = useViewer().data?.me?.role === 'sundhedsstab';
  const [editing, setEditing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<UpdatePriceMutation['updatePrice'] | null>(null);
  if (loading && !data) return <LoadingStatus />;
  if (error && !data)
    return <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />;
  const prices = data?.prices ?? [];
  return (
    <div className="page">
      <h1>{t.title}</h1>
      <p className="lead">{t.intro}</p>
      {prices.length === 0 ? (
        <EmptyState text={t.empty} />
      ) : (
        <div className="table-scroll" role="region" aria-label={t.title} tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.unit}</th>
                <th scope="col" className="num">
                  {t.amount}
                </th>
                <th scope="col">{t.year}</th>
                <th scope="col">{t.bearer}</th>
                {canEdit && <th scope="col">{t.edit}</th>}
              </tr>
            </thead>
            <tbody>
              {prices.map((p) => (
                <tr key={p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{p.unit}</td>
                  <td className="num">
                    {p.amountKr == null ? <strong>{t.missing}</strong> : formatKr(p.amountKr)}{' '}
                    <SourceButton source={p.source} label={`${t.source}: ${p.name}`} />
                  </td>
                  <td>{p.year}</td>
                  <td>{p.bearerLabel}</td>
                  {canEdit && (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => setEditing(p.id)}
                        aria-label={`${t.edit} ${p.name}`}
                      >
                        {t.edit}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit && editing === null && (
        <p>
          <button type="button" className="button" onClick={() => setEditing(NEW)}>
            {t.newTitle}
          </button>
        </p>
      )}
      {editing && (
        <PriceForm
          key={editing}
          price={prices.find((p) => p.id === editing)}
          onDone={(o) => {
            setEditing(null);
            setOutcome(o);
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      {outcome && (
        <section aria-labelledby="moved" role="status">
          <h2 id="moved">{t.moved}</h2>
          {outcome.moved.length === 0 ? (
            <p>{t.movedNone}</p>
          ) : (
            <table className="data-table">
              <caption className="visually-hidden">{t.moved}</caption>
              <thead>
                <tr>
                  <th scope="col">{c.name}</th>
                  <th scope="col" className="num">
                    {c.npvBefore}
                  </th>
                  <th scope="col" className="num">
                    {c.npvNow}
                  </th>
                  <th scope="col" className="num">
                    {c.change}
                  </th>
                </tr>
              </thead>
              <tbody>
                {outcome.moved.map((m) => (
                  <tr key={m.businessCaseId}>
                    <th scope="row">{m.name}</th>
                    <td className="num">{m.oldNpv == null ? '' : formatKr(m.oldNpv)}</td>
                    <td className="num">{m.newNpv == null ? '' : formatKr(m.newNpv)}</td>
                    <td className="num">{m.change == null ? '' : formatKr(m.change)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      <section aria-labelledby="indexes">
        <h2 id="indexes">{t.indexes}</h2>
        {(data?.priceIndexes ?? []).length === 0 ? (
          <p>{t.indexesEmpty}</p>
        ) : (
          <ul>
            {data!.priceIndexes.map((i) => (
              <li key={i.id}>
                {i.name}: {t.baseYear} {i.baseYear} (
                {i.points.map((p) => `${p.year}: ${formatNumber(p.value, 1)}`).join(', ')})
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
