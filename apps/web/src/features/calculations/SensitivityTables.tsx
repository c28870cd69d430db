import { formatKr, formatNumber, formatPercent, ui } from '../../shared';
import type { BusinessCaseResultData } from './calculationQueries';

const t = ui.calculations.businessCase;
const value = (n: number) => formatNumber(n, Number.isInteger(n) ? 0 : 3);
const PERCENTILES = ['p5', 'p10', 'p25', 'p50', 'p75', 'p90', 'p95'] as const;

/** The tornado table (±20 % on each input) and, when the scenario asks for it, Monte Carlo percentiles. */
export function SensitivityTables({ result }: { result: BusinessCaseResultData }) {
  const mc = result.monteCarlo;
  return (
    <>
      <div className="table-scroll" role="region" aria-label={t.tornadoCaption} tabIndex={0}>
        <table className="data-table">
          <caption>{t.tornadoCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.parameter}</th>
              <th scope="col" className="num">
                {t.low}
              </th>
              <th scope="col" className="num">
                {t.high}
              </th>
              <th scope="col" className="num">
                {t.npvLow}
              </th>
              <th scope="col" className="num">
                {t.npvHigh}
              </th>
              <th scope="col" className="num">
                {t.swing}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.tornado.map((row) => (
              <tr key={row.parameter}>
                <th scope="row">{t.parameterNames[row.parameter] ?? row.parameter}</th>
                <td className="num">{value(row.low)}</td>
                <td className="num">{value(row.high)}</td>
                <td className="num">{formatKr(row.npvLow)}</td>
                <td className="num">{formatKr(row.npvHigh)}</td>
                <td className="num">{formatKr(row.swing)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {mc && (
        <div
          className="table-scroll"
          role="region"
          aria-label={t.monteCarloCaption(formatNumber(mc.draws), mc.seed)}
          tabIndex={0}
        >
          <table className="data-table">
            <caption>{t.monteCarloCaption(formatNumber(mc.draws), mc.seed)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.percentile}</th>
                <th scope="col" className="num">
                  {t.npv}
                </th>
              </tr>
            </thead>
            <tbody>
              {PERCENTILES.map((p) => (
                <tr key={p}>
                  <th scope="row">{p.toUpperCase()}</th>
                  <td className="num">{formatKr(mc.percentiles[p])}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t.mean}</th>
                <td className="num">{formatKr(mc.mean)}</td>
              </tr>
              <tr>
                <th scope="row">{t.probabilityPositive}</th>
                <td className="num">{formatPercent(mc.probabilityPositive)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
