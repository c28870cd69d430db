import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { cofinancingUi as t, formatKr, formatPercent } from '../../shared';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { COFINANCING_RATE_SETS_QUERY } from './cofinancingQueries';
import { RateRuleForm } from './RateRuleForm';

const ruleKey = (r: { rateSetId: string; sector: string; contactType: string; ageGroup: string }) =>
  `${r.rateSetId}|${r.sector}|${r.contactType}|${r.ageGroup}`;

/** The staff unit's rate-set editor: every rule of the sets theme F prices with, each figure with status and source. */
export function RateSetEditor() {
  const { data, loading, error, refetch } = useQuery(COFINANCING_RATE_SETS_QUERY);
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const sets = data?.cofinancingEditableRateSets ?? [];
  return (
    <section className="panel" aria-labelledby="cofin-rates">
      <h3 id="cofin-rates">{t.ratesTitle}</h3>
      <p>{t.ratesIntro}</p>
      {loading && !data ? (
        <LoadingStatus />
      ) : error && !data ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        sets.map((set) => {
          const open = set.rules.find((r) => ruleKey(r) === editing);
          return (
            <div key={set.id}>
              <div className="table-scroll" role="region" aria-label={set.label} tabIndex={0}>
                <table className="data-table">
                  <caption>{set.label}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.rateGroup}</th>
                      <th scope="col">{t.rateShare}</th>
                      <th scope="col">{t.rateCap}</th>
                      <th scope="col">{t.rateSource}</th>
                      <td />
                    </tr>
                  </thead>
                  <tbody>
                    {set.rules.map((r) => (
                      <tr key={ruleKey(r)}>
                        <th scope="row">{r.label}</th>
                        <td>
                          {r.share == null ? t.notComputed : formatPercent(r.share)} ({t.rateStatus[r.shareStatus]})
                        </td>
                        <td>
                          {r.capUnit === 'none'
                            ? t.rateNoCap
                            : `${r.cap == null ? t.notComputed : formatKr(r.cap)} (${t.rateStatus[r.capStatus]})`}
                        </td>
                        <td>{r.source}</td>
                        <td>
                          <button
                            type="button"
                            className="button button--secondary"
                            onClick={() => {
                              setEditing(ruleKey(r));
                              setMessage(null);
                            }}
                          >
                            {t.rateEdit(r.label)}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {open && (
                <RateRuleForm
                  key={ruleKey(open)}
                  rule={open}
                  onDone={(saved) => {
                    setEditing(null);
                    setMessage(saved ? t.rateSaved(open.label) : null);
                  }}
                />
              )}
            </div>
          );
        })
      )}
      <div role="status" className="live-message">
        {message && <p>{message}</p>}
      </div>
    </section>
  );
}
