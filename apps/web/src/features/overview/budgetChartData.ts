import type { OverviewThemeData } from './fragments';

/** One bar group per year; one value per theme code (kroner summed over its budget lines). */
export interface BudgetChartRow {
  year: number;
  [themeCode: string]: number;
}

export interface BudgetChartSeries {
  rows: BudgetChartRow[];
  /** Theme codes that have money in some year, in theme order. */
  codes: string[];
}

/** Kroner per theme and year. Lines with staff hours only carry no money and are left to the table. */
export function budgetChartData(themes: readonly OverviewThemeData[]): BudgetChartSeries {
  const byYear = new Map<number, BudgetChartRow>();
  const codes: string[] = [];
  for (const theme of themes) {
    for (const line of theme.budgetLines) {
      if (line.amountKr == null) continue;
      const row = byYear.get(line.year) ?? { year: line.year };
      row[theme.code] = (row[theme.code] ?? 0) + line.amountKr;
      byYear.set(line.year, row);
      if (!codes.includes(theme.code)) codes.push(theme.code);
    }
  }
  return { rows: [...byYear.values()].sort((a, b) => a.year - b.year), codes };
}
