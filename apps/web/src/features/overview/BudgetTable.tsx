import { formatDecimal, formatKr, ui } from '../../shared';
import { SourceButton } from '../../components/SourceButton';
import type { BudgetLineData, OverviewThemeData } from './fragments';

/** "15 timer pr. uge", or an empty dash. */
export function formatHours(line: Pick<BudgetLineData, 'staffHours' | 'hoursUnit'>): string {
  if (line.staffHours == null) return ui.budget.noAmount;
  const unit = line.hoursUnit ? ui.hoursUnit[line.hoursUnit] : ui.hoursUnit.TOTAL;
  return ui.budget.hoursWithUnit(formatDecimal(line.staffHours), unit);
}

/** Every budget line per theme and year: the chart's text alternative, with sources. */
export function BudgetTable({ themes }: { themes: OverviewThemeData[] }) {
  const rows = themes.flatMap((theme) => theme.budgetLines.map((line) => ({ theme, line })));
  return (
    <div className="table-scroll" role="region" aria-label={ui.overview.budgetCaption} tabIndex={0}>
      <table className="data-table">
        <caption>{ui.overview.budgetCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.budget.theme}</th>
            <th scope="col">{ui.budget.year}</th>
            <th scope="col">{ui.budget.description}</th>
            <th scope="col" className="num">
              {ui.budget.amount}
            </th>
            <th scope="col" className="num">
              {ui.budget.hours}
            </th>
            <th scope="col">{ui.budget.funding}</th>
            <th scope="col">{ui.budget.source}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ theme, line }) => (
            <tr key={line.id}>
              <th scope="row">{theme.code}</th>
              <td>{line.year}</td>
              <td>{line.description}</td>
              <td className="num">{line.amountKr == null ? ui.budget.noAmount : formatKr(line.amountKr)}</td>
              <td className="num">{formatHours(line)}</td>
              <td>{line.fundingSource ?? ui.budget.noAmount}</td>
              <td>
                <SourceButton source={line.source} label={`${ui.budget.theme} ${theme.code} ${line.year}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
