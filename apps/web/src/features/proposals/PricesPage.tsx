import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { formatKr, formatNumber, proposalsUi } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { SourceButton } from '../../components/SourceButton';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { PriceForm } from './PriceForm';
import { PriceIndexForm } from './PriceIndexForm';
import { PriceMoves, type PriceMovesData } from './PriceMoves';
import { PRICES_QUERY } from './proposalQueries';

const t = proposalsUi.prices;
/** `editing` for the "Ny pris" form (a price id otherwise). */
const NEW = 'new';
/** `editing` for the index forms: the prefix alone is "Nyt prisindeks", with an id that index. */
const INDEX = 'index:';

/**
 * "/priser": the price catalogue and the price indexes; the staff unit adds or corrects a price or an index
 * and sees which business cases moved and by how much.
 */
export function PricesPage() {
  useDocumentTitle(t.title);
  const { data, loading, error, refetch } = useQuery(PRICES_QUERY);
  const canEdit = useViewer().data?.me?.role === 'sundhedsstab';
  const [editing, setEditing] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<PriceMovesData | null>(null);
  if (loading && !data) return <LoadingStatus />;
  if (error && !data)
    return <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />;
  const prices = data?.prices ?? [];
  const indexes = data?.priceIndexes ?? [];
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
      {editing && !editing.startsWith(INDEX) && (
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
      {outcome && <PriceMoves outcome={outcome} />}
      <section aria-labelledby="indexes">
        <h2 id="indexes">{t.indexes}</h2>
        {indexes.length === 0 ? (
          <p>{t.indexesEmpty}</p>
        ) : (
          <table className="data-table">
            <caption className="visually-hidden">{t.indexes}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.baseYear}</th>
                <th scope="col">{t.indexValues}</th>
                {canEdit && <th scope="col">{t.edit}</th>}
              </tr>
            </thead>
            <tbody>
              {indexes.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    {i.name} <SourceButton source={i.source} label={`${t.source}: ${i.name}`} />
                  </th>
                  <td>{i.baseYear}</td>
                  <td>{i.points.map((p) => `${p.year}: ${formatNumber(p.value, 1)}`).join(', ')}</td>
                  {canEdit && (
                    <td>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => setEditing(`${INDEX}${i.id}`)}
                        aria-label={t.editIndex(i.name)}
                      >
                        {t.edit}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canEdit && editing === null && (
          <p>
            <button type="button" className="button" onClick={() => setEditing(INDEX)}>
              {t.newIndex}
            </button>
          </p>
        )}
        {editing?.startsWith(INDEX) && (
          <PriceIndexForm
            key={editing}
            index={indexes.find((i) => `${INDEX}${i.id}` === editing)}
            onDone={(o) => {
              setEditing(null);
              setOutcome(o);
            }}
            onCancel={() => setEditing(null)}
          />
        )}
      </section>
    </div>
  );
}
