import { Suspense } from 'react';
import { formatDecimal, formatKr, formatNumber, formatPercent, formatYears, ui } from '../../shared';
import { LoadingStatus } from '../../components/LoadingStatus';
import { lazyNamed } from '../../components/lazyNamed';
import type { BusinessCaseResultData } from './calculationQueries';
import { BusinessCaseYearTable } from './BusinessCaseYearTable';
import { SensitivityTables } from './SensitivityTables';

// recharts loads only when a result is shown, never with the page.
const CumulativeChart = lazyNamed(() => import('./CumulativeChart'), 'CumulativeChart');

const t = ui.calculations.businessCase;
const orNone = <T,>(value: T | null, format: (v: T) => string, none: string = ui.calculations.none) =>
  value === null ? none : format(value);
const years = (value: number | null) => orNone(value, formatYears, t.notWithinHorizon);

/** Key figures, each bearer's share, the year table with its chart, and the sensitivity tables. */
export function BusinessCaseResultView({ result }: { result: BusinessCaseResultData }) {
  const figures: [string, string][] = [
    [t.npv, formatKr(result.npv)],
    [t.bcr, orNone(result.bcr, (v) => t.krPerKr(formatDecimal(v)))],
    [t.netRoi, orNone(result.netRoi, formatPercent)],
    [t.pvGains, formatKr(result.pvGains)],
    [t.pvCosts, formatKr(result.pvCosts)],
    [t.paybackUndiscounted, years(result.payback.undiscounted)],
    [t.paybackDiscounted, years(result.payback.discounted)],
    [t.successes, formatNumber(result.successes, 1)],
    [t.breakEvenSuccesses, orNone(result.breakEven.successes, (v) => formatNumber(v, 1))],
    [t.breakEvenGross, orNone(result.breakEven.grossSuccessRate, formatPercent)],
    [t.breakEvenNet, orNone(result.breakEven.netSuccessRate, formatPercent)],
  ];
  return (
    <div className="calc-result">
      <h3>{t.keyFigures}</h3>
      <dl className="facts facts--wide key-figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="table-scroll" role="region" aria-label={t.bearersCaption} tabIndex={0}>
        <table className="data-table">
          <caption>{t.bearersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.bearer}</th>
              <th scope="col" className="num">
                {t.gains}
              </th>
              <th scope="col" className="num">
                {t.costs}
              </th>
              <th scope="col" className="num">
                {t.net}
              </th>
              <th scope="col" className="num">
                {t.shareOfGains}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.byBearer.map((bearer) => (
              <tr key={bearer.bearer}>
                <th scope="row">{bearer.bearer}</th>
                <td className="num">{formatKr(bearer.pvGains)}</td>
                <td className="num">{formatKr(bearer.pvCosts)}</td>
                <td className="num">{formatKr(bearer.npv)}</td>
                <td className="num">{orNone(bearer.shareOfGains, formatPercent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t.chartTitle}</h3>
      <Suspense fallback={<LoadingStatus text={t.chartLoading} />}>
        <CumulativeChart years={result.years} />
      </Suspense>
      <BusinessCaseYearTable years={result.years} />
      <SensitivityTables result={result} />
      {result.defaultsApplied.length > 0 && (
        <p className="muted">
          {t.defaultsApplied} {result.defaultsApplied.join('; ')}
        </p>
      )}
    </div>
  );
}
