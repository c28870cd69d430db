import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatKr, formatKrShort, ui } from '../../shared';
import type { BudgetChartSeries } from './budgetChartData';

// Seven dark hues, each at least 4.5:1 on white, told apart by the legend and the table as well as colour.
const colours = ['#1f4e79', '#8a3b12', '#2e6b30', '#6b2c70', '#7a5c00', '#005f6b', '#8c1c3a'];

/**
 * The budget as grouped bars. Loaded lazily (recharts is large); the table beside it carries the
 * same numbers for screen readers and keyboard users, so the drawing itself is hidden from them.
 */
export function BudgetChart({ series }: { series: BudgetChartSeries }) {
  return (
    <div className="chart" role="img" aria-label={ui.overview.budgetChartLabel}>
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={series.rows} margin={{ top: 8, right: 16, bottom: 8, left: 24 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
          <XAxis dataKey="year" tick={{ fill: '#1b1f23' }} />
          <YAxis tickFormatter={(value: number) => formatKrShort(value)} tick={{ fill: '#1b1f23' }} width={90} />
          <Tooltip formatter={(value) => (typeof value === 'number' ? formatKr(value) : String(value))} />
          <Legend formatter={(code: string) => `${ui.budget.theme} ${code}`} />
          {series.codes.map((code, index) => (
            <Bar key={code} dataKey={code} name={code} fill={colours[index % colours.length]} maxBarSize={56} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
