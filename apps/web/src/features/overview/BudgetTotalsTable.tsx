import { formatKr, ui } from '../../shared';
import type { BudgetChartSeries } from './budgetChartData';

/** The chart's numbers exactly: kroner per theme (rows) and year (columns). */
export function BudgetTotalsTable({ series }: { series: BudgetChartSeries }) {
  return (
    <div className="table-scroll" role="region" aria-label={ui.overview.budgetTotalsCaption} tabIndex={0}>
      <table className="data-table data-table--compact">
        <caption>{ui.overview.budgetTotalsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.budget.theme}</th>
            {series.rows.map((row) => (
              <th scope="col" className="num" key={row.year}>
                {row.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {series.codes.map((code) => (
            <tr key={code}>
              <th scope="row">
                {ui.budget.theme} {code}
              </th>
              {series.rows.map((row) => (
                <td className="num" key={row.year}>
                  {row[code] == null ? ui.budget.noAmount : formatKr(row[code])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
