import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { cofinancingUi, formatDate, fundingFlowUi as t } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useViewer } from '../auth/useViewer';
import { FundingFlowForm } from './FundingFlowForm';
import { FUNDING_FLOWS_QUERY, type FundingFlowData } from './fundingFlowQueries';

export interface RegimePeriod {
  fromYear: number;
  toYear: number | null;
  regime: string;
  label: string;
  description: string;
  source: string;
}

/** The first year after co-financing: the regimes end with the open period without it. */
const END_REGIME = 'abolished';
const REFORM_FROM = 2027;

const years = (r: RegimePeriod) =>
  r.toYear === null ? `${r.fromYear}–` : r.fromYear === r.toYear ? String(r.fromYear) : `${r.fromYear}–${r.toYear}`;

/** Whether a flow runs in any part of the years from–to (to null: open); a flow without days may. */
function overlaps(f: FundingFlowData, from: number, to: number | null) {
  const first = f.validFrom ? Number(String(f.validFrom).slice(0, 4)) : null;
  const last = f.validTo ? Number(String(f.validTo).slice(0, 4)) : null;
  if (first === null && last === null) return to === null;
  return (first === null || to === null || first <= to) && (last === null || last >= from);
}

function FlowItem({ flow, staff, onEdit }: { flow: FundingFlowData; staff: boolean; onEdit: () => void }) {
  const period = t.period(
    flow.validFrom ? formatDate(flow.validFrom) : null,
    flow.validTo ? formatDate(flow.validTo) : null,
  );
  return (
    <li className="funding-flow">
      <strong>{flow.name}</strong> ({flow.statusLabel}; {flow.partiesLabel}; {period})<p>{flow.known}</p>
      <p>{flow.amountOrRule ? `${t.amountOrRule}: ${flow.amountOrRule}` : t.noRule}</p>
      {flow.source && (
        <p className="source-line">
          {t.source}: {flow.source.url ? <a href={flow.source.url}>{flow.source.title}</a> : flow.source.title}
          {flow.source.date ? `, ${formatDate(flow.source.date)}` : ''}
          {flow.publisher ? ` (${t.publisher}: ${flow.publisher})` : ''}
        </p>
      )}
      {staff && (
        <button type="button" className="button button--secondary" onClick={onEdit}>
          {t.edit(flow.name)}
        </button>
      )}
    </li>
  );
}

/**
 * The regimes of co-financing through the reform (issue 13 item 5) with the money flows that replace it
 * (ADR 069): each period from 2027 lists the flows that run in it, with status and source; a year shown
 * after the end says why there is no co-financing and what replaces it, or that it is not known.
 */
export function RegimeTimeline({ regimes, toYear }: { regimes: RegimePeriod[]; toYear: number }) {
  const staff = useViewer().data?.me?.role === 'sundhedsstab';
  const { data, loading, error, refetch } = useQuery(FUNDING_FLOWS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState<FundingFlowData | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const flows = data?.fundingFlows ?? [];
  const end = regimes.find((r) => r.regime === END_REGIME);
  const afterEnd = end && toYear >= end.fromYear ? toYear : null;
  // A flow whose days are not known may run in the year: it is listed with its status ("Ikke kendt").
  const inYear =
    afterEnd === null ? [] : flows.filter((f) => (!f.validFrom && !f.validTo) || overlaps(f, afterEnd, afterEnd));
  // Until the flows are read, nothing may say that none is known.
  const pending = !data ? (
    loading ? (
      <LoadingStatus />
    ) : error ? (
      <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
    ) : null
  ) : null;
  const list = (items: FundingFlowData[]) =>
    !data ? null : items.length ? (
      <ul className="funding-flows">
        {items.map((f) => (
          <FlowItem key={f.id} flow={f} staff={staff} onEdit={() => setEditing(f)} />
        ))}
      </ul>
    ) : (
      <p>{t.none}</p>
    );
  return (
    <>
      {pending}
      <ol className="cofinancing-timeline">
        {regimes.map((r) => {
          const running = r.fromYear >= REFORM_FROM ? flows.filter((f) => overlaps(f, r.fromYear, r.toYear)) : [];
          return (
            <li key={r.regime}>
              <strong>
                {years(r)}: {r.label}
              </strong>
              <p>{r.description}</p>
              <p className="source-line">
                {cofinancingUi.source}: {r.source}
              </p>
              {r.fromYear >= REFORM_FROM && (
                <>
                  <p>{t.flowsInPeriod}:</p>
                  {list(running)}
                </>
              )}
            </li>
          );
        })}
      </ol>
      {afterEnd !== null && (
        <div className="cofinancing-after-end">
          <p>{t.whyNone(afterEnd)}</p>
          {!data ? null : inYear.length ? (
            <>
              <p>{t.replacedBy}</p>
              <ul>
                {inYear.map((f) => (
                  <li key={f.id}>
                    {f.name} ({f.statusLabel})
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t.none}</p>
          )}
        </div>
      )}
      <p role="status">{message}</p>
      {staff &&
        (editing ? (
          <section aria-labelledby="funding-flow-form-title">
            <h3 id="funding-flow-form-title">{editing === 'new' ? t.formTitleNew : t.formTitle(editing.name)}</h3>
            <FundingFlowForm
              key={editing === 'new' ? 'new' : editing.id}
              flow={editing === 'new' ? null : editing}
              onDone={(m) => {
                setMessage(m);
                setEditing(null);
              }}
            />
            <button type="button" className="button button--secondary" onClick={() => setEditing(null)}>
              {t.cancel}
            </button>
          </section>
        ) : (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t.add}
          </button>
        ))}
    </>
  );
}
