import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatKr, formatKrShort, ui } from '../../shared';
import type { BusinessCaseYearData } from './calculationQueries';

const t = ui.calculations.businessCase;

/**
 * Cumulative discounted net per year: where it crosses zero is the discounted payback. Loaded lazily
 * (recharts is large); the year table carries the same numbers, so the drawing is hidden from them.
 */
export function CumulativeChart({ years }: { years: BusinessCaseYearData[] }) {
  return (
    <div className="chart" role="img" aria-label={t.chartLabel}>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={years} margin={{ top: 8, right: 16, bottom: 8, left: 24 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
          <XAxis dataKey="year" tick={{ fill: '#1b1f23' }} />
          <YAxis tickFormatter={(value: number) => formatKrShort(value)} tick={{ fill: '#1b1f23' }} width={100} />
          <ReferenceLine y={0} stroke="#1b1f23" />
          <Tooltip
            labelFormatter={(year) => `${t.year} ${typeof year === 'number' || typeof year === 'string' ? year : ''}`}
            formatter={(value) => (typeof value === 'number' ? formatKr(value) : String(value))}
          />
          <Line
            type="monotone"
            dataKey="cumulativeDiscountedNet"
            name={t.cumulativeDiscountedNet}
            stroke="#1f4e79"
            strokeWidth={2}
            dot={{ r: 3 }}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
