import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatKr, formatKrShort, proposalsUi } from '../../shared';
import type { BusinessCaseResultData } from '../calculations/calculationQueries';
import { tornadoData } from './caseChartData';

const t = proposalsUi.charts;
const kr = (value: unknown) => (typeof value === 'number' ? formatKr(value) : String(value));
const axis = { fill: '#1b1f23' };

/**
 * Tornado, Monte Carlo percentiles and who gains, drawn with recharts (loaded lazily). The tables of
 * BusinessCaseResultView carry the same numbers, so the drawings are images with a label.
 */
export function CaseCharts({ result }: { result: BusinessCaseResultData }) {
  const tornado = tornadoData(result);
  const mc = result.monteCarlo;
  const percentiles = mc
    ? (['p5', 'p25', 'p50', 'p75', 'p95'] as const).map((p) => ({ p, npv: mc.percentiles[p] }))
    : [];
  const bearers = result.byBearer.map((b) => ({ bearer: b.bearer, gains: b.pvGains, costs: b.pvCosts }));
  return (
    <div className="case-charts">
      {tornado.length > 0 && (
        <figure>
          <figcaption>{t.tornado}</figcaption>
          <div className="chart" role="img" aria-label={t.tornado}>
            <ResponsiveContainer width="100%" height={40 + tornado.length * 36}>
              <BarChart data={tornado} layout="vertical" margin={{ left: 24, right: 16 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
                <XAxis type="number" tickFormatter={formatKrShort} tick={axis} />
                <YAxis type="category" dataKey="parameter" width={160} tick={axis} />
                <Tooltip formatter={kr} />
                <Legend />
                <Bar dataKey="low" name={t.low} fill="#8a4b00" isAnimationActive={false} />
                <Bar dataKey="high" name={t.high} fill="#1f4e79" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
      )}
      {percentiles.length > 0 && (
        <figure>
          <figcaption>{t.monteCarlo}</figcaption>
          <div className="chart" role="img" aria-label={t.monteCarlo}>
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={percentiles} margin={{ left: 24, right: 16 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
                <XAxis dataKey="p" tick={axis} />
                <YAxis tickFormatter={formatKrShort} tick={axis} width={100} />
                <Tooltip formatter={kr} />
                <Bar dataKey="npv" name={t.npv} fill="#1f4e79" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </figure>
      )}
      <figure>
        <figcaption>{t.whoGains}</figcaption>
        <div className="chart" role="img" aria-label={t.whoGains}>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart data={bearers} margin={{ left: 24, right: 16 }} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" stroke="#c8ccd0" />
              <XAxis dataKey="bearer" tick={axis} />
              <YAxis tickFormatter={formatKrShort} tick={axis} width={100} />
              <Tooltip formatter={kr} />
              <Legend />
              <Bar dataKey="gains" name={t.gains} fill="#2e6b30" isAnimationActive={false} />
              <Bar dataKey="costs" name={t.costs} fill="#8a4b00" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}
