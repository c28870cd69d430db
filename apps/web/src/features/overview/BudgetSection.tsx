import { Suspense, useRef } from 'react';
import { ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { LoadingStatus } from '../../components/LoadingStatus';
import { lazyNamed } from '../../components/lazyNamed';
import { useNearViewport } from '../../components/useNearViewport';
import { budgetChartData } from './budgetChartData';
import { BudgetTable } from './BudgetTable';
import { BudgetTotalsTable } from './BudgetTotalsTable';
import type { OverviewThemeData } from './fragments';

// recharts is most of the overview's weight: it loads after the page, never in the initial chunk, and only
// when the budget section comes near the viewport (the table beside it holds the same numbers).
const BudgetChart = lazyNamed(() => import('./BudgetChart'), 'BudgetChart');

/** Budget per theme and year: a bar chart and the same numbers as a table. */
export function BudgetSection({ themes }: { themes: OverviewThemeData[] }) {
  const hasLines = themes.some((theme) => theme.budgetLines.length > 0);
  const series = budgetChartData(themes);
  const section = useRef<HTMLElement>(null);
  const chartWanted = useNearViewport(section);
  return (
    <section ref={section} className="panel" aria-labelledby="budget-title">
      <h2 id="budget-title">{ui.overview.budgetTitle}</h2>
      {!hasLines ? (
        <EmptyState text={ui.overview.budgetEmpty} />
      ) : (
        <>
          {series.rows.length > 0 && (
            <>
              {chartWanted ? (
                <Suspense fallback={<LoadingStatus text={ui.overview.budgetChartLoading} />}>
                  <BudgetChart series={series} />
                </Suspense>
              ) : (
                <LoadingStatus text={ui.overview.budgetChartLoading} />
              )}
              <BudgetTotalsTable series={series} />
            </>
          )}
          <BudgetTable themes={themes} />
        </>
      )}
    </section>
  );
}
