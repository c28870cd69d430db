import { formatDecimal, formatKr, ui } from '../../shared';
import type { CofinancingRateSetData, CofinancingRuleData, RateStatus } from './calculationQueries';
import { rateSetName } from './rateSetName';

const t = ui.calculations.cofinancing;
const c = ui.calculations;

function countStatuses(rules: CofinancingRuleData[]): Record<RateStatus, number> {
  const counts: Record<RateStatus, number> = { confirmed: 0, approximate: 0, missing: 0 };
  for (const rule of rules) {
    counts[rule.shareStatus]++;
    if (rule.capUnit !== 'none') counts[rule.capStatus]++;
  }
  return counts;
}

const share = (rule: CofinancingRuleData) =>
  rule.share === null ? t.missingFigure : `${formatDecimal(rule.share * 100)} %`;
const cap = (rule: CofinancingRuleData) =>
  rule.capUnit === 'none'
    ? t.noCap
    : rule.cap === null
      ? t.missingFigure
      : `${formatKr(rule.cap)} ${c.capUnit[rule.capUnit] ?? ''}`.trim();

/** A rate set's source, regime and how many of its figures are confirmed, approximate or missing; its rules on request. */
export function RateSetInfo({ rateSet }: { rateSet: CofinancingRateSetData }) {
  const counts = countStatuses(rateSet.rules);
  return (
    <div className="rate-set">
      <dl className="facts">
        <div>
          <dt>{t.regime}</dt>
          <dd>{c.regime[rateSet.regime] ?? rateSet.regime}</dd>
        </div>
        <div>
          <dt>{t.year}</dt>
          <dd>{rateSet.year ?? t.undated}</dd>
        </div>
        <div>
          <dt>{t.status}</dt>
          <dd>{t.statusCounts(counts.confirmed, counts.approximate, counts.missing)}</dd>
        </div>
        <div className="facts__full">
          <dt>{t.source}</dt>
          <dd>{rateSet.source}</dd>
        </div>
      </dl>
      {rateSet.note && <p className="muted">{rateSet.note}</p>}
      <details>
        <summary>{t.rulesSummary(rateSet.rules.length)}</summary>
        <div className="table-scroll" role="region" aria-label={t.rulesCaption(rateSetName(rateSet))} tabIndex={0}>
          <table className="data-table">
            <caption>{t.rulesCaption(rateSetName(rateSet))}</caption>
            <thead>
              <tr>
                <th scope="col">{t.sector}</th>
                <th scope="col">{t.contactType}</th>
                <th scope="col">{t.ageGroup}</th>
                <th scope="col" className="num">
                  {t.share}
                </th>
                <th scope="col">{t.shareStatus}</th>
                <th scope="col" className="num">
                  {t.cap}
                </th>
                <th scope="col">{t.capStatus}</th>
                <th scope="col">{t.note}</th>
              </tr>
            </thead>
            <tbody>
              {rateSet.rules.map((rule) => (
                <tr key={`${rule.sector}/${rule.contactType}/${rule.ageGroup}`}>
                  <th scope="row">{c.sector[rule.sector] ?? rule.sector}</th>
                  <td>{c.contactType[rule.contactType] ?? rule.contactType}</td>
                  <td>{c.ageGroup[rule.ageGroup] ?? rule.ageGroup}</td>
                  <td className="num">{share(rule)}</td>
                  <td>{c.rateStatus[rule.shareStatus]}</td>
                  <td className="num">{cap(rule)}</td>
                  <td>{rule.capUnit === 'none' ? ui.calculations.none : c.rateStatus[rule.capStatus]}</td>
                  <td>{rule.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
