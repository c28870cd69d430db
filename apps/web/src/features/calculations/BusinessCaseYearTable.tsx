import { formatKr, ui } from '../../shared';
import type { BusinessCaseYearData } from './calculationQueries';

const t = ui.calculations.businessCase;
const columns = ['gains', 'costs', 'net', 'discountedNet', 'cumulativeNet', 'cumulativeDiscountedNet'] as const;

/** The year-by-year table; it also carries the chart's numbers for screen-reader and keyboard users. */
export function BusinessCaseYearTable({ years }: { years: BusinessCaseYearData[] }) {
  return (
    <div className="table-scroll" role="region" aria-label={t.yearsCaption} tabIndex={0}>
      <table className="data-table">
        <caption>{t.yearsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.year}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className="num">
                {t[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {years.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              {columns.map((column) => (
                <td key={column} className="num">
                  {formatKr(row[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
