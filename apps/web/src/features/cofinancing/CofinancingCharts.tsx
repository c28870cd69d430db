import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { cofinancingUi as t, formatKr, formatKrShort } from '../../shared';
import type { CofinancingOverviewData } from './cofinancingQueries';

// Dark hues, each at least 4.5:1 on white; the tables carry the same numbers for screen readers.
const colours = ['#1f4e79', '#8a3b12', '#2e6b30', '#6b2c70', '#7a5c00', '#005f6b'];
const kr = (value: unknown) => (typeof value === 'number' ? formatKr(value) : String(value));

/** Trend lines: kroner per inhabitant per year, the municipality against each comparison level. */
export function TrendChart({ overview }: { overview: CofinancingOverviewData }) {
  const years = overview.byYear.map((y) => y.year);
  const series = [
    { name: overview.municipality, values: new Map(overview.byYear.map((y) => [y.year, y.perInhabitant])) },
    ...overview.comparisons
      .filter((c) => c.byYear.length)
      .map((c) => ({ name: c.label, values: new Map(c.byYear.map((y) => [y.year, y.perInhabitant])) })),
  ];
  const rows = years.map((year) => {
    const row: Record<string, number | null> = { year };
    for (const s of series) row[s.name] = s.values.get(year) ?? null;
    return row;
  });
  return (
    <div className="chart" role="img" aria-label={t.trendChart}>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 24 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
          <XAxis dataKey="year" tick={{ fill: '#1b1f23' }} />
          <YAxis tickFormatter={(v: number) => formatKrShort(v)} tick={{ fill: '#1b1f23' }} width={90} />
          <Tooltip formatter={kr} />
          <Legend />
          {series.map((s, i) => (
            <Line
              key={s.name}
              dataKey={s.name}
              stroke={colours[i % colours.length]}
              strokeWidth={i === 0 ? 3 : 2}
              connectNulls
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Small multiples: one small chart of the months per year. */
export function MonthMultiples({ overview }: { overview: CofinancingOverviewData }) {
  const years = [...new Set(overview.byMonth.map((m) => m.year))];
  return (
    <div className="cofinancing-multiples">
      {years.map((year) => (
        <figure key={year} className="cofinancing-multiple">
          <figcaption>{year}</figcaption>
          <div role="img" aria-label={t.monthsChart(year)}>
            <ResponsiveContainer width="100%" height={120}>
              <LineChart
                data={overview.byMonth.filter((m) => m.year === year)}
                margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
                accessibilityLayer={false}
              >
                <XAxis dataKey="month" tick={{ fill: '#1b1f23', fontSize: 11 }} />
                <YAxis hide />
                <Tooltip formatter={kr} />
                <Line dataKey="amount" name={t.amount} stroke={colours[0]} dot={false} strokeWidth={2} />
              </LineChart>
            </ResponsiveContainer>
          </div>
        </figure>
      ))}
    </div>
  );
}
