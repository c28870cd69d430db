// Business-case figures of issue 3: one business case with a 30-year horizon (≤ 50 µs) and a
// 10,000-draw Monte Carlo (≤ 200 ms).
// Run from the repository root: pnpm exec tsx bench/calc-business-case.ts
import { at } from '@sundhed/shared/at';
import { performance } from 'node:perf_hooks';
import { evaluateBusinessCase, monteCarlo, parseScenario } from '../packages/calc/src/index';

const { scenario } = parseScenario({
  horizonYears: 30,
  discount: 'fm2021',
  cohorts: [0, 1, 2, 3, 4].map((startYear) => ({ startYear, participants: 50, courseYears: 1 })),
  grossSuccessRate: 0.25,
  deadweight: { mode: 'percentagePoints', value: 0.05 },
  engagementRate: 0.9,
  attribution: 0.1,
  dropOff: 0.1,
  optimismBias: { costs: 0.1, benefits: 0.1 },
  costs: [0, 1, 2, 3, 4].flatMap((year) => [
    { year, bearer: 'kommune', amount: 1_200_000 },
    { year, bearer: 'region', amount: 100_000 },
  ]),
  consequences: [
    { bearer: 'kommune', category: 'overførsel', kind: 'fiscal', baselineAnnual: 140_000, alternativeAnnual: 30_000 },
    { bearer: 'kommune', category: 'sundhed', kind: 'fiscal', baselineAnnual: 12_000, alternativeAnnual: 6_000 },
    { bearer: 'region', category: 'sundhed', kind: 'fiscal', baselineAnnual: 25_000, alternativeAnnual: 14_000 },
    { bearer: 'stat', category: 'skat', kind: 'fiscal', baselineAnnual: 0, alternativeAnnual: -45_000 },
  ],
});

let sink = 0;
for (let i = 0; i < 20_000; i++) sink += evaluateBusinessCase(scenario).npv; // warm-up
const n = 100_000;
const t0 = performance.now();
for (let i = 0; i < n; i++) sink += evaluateBusinessCase(scenario).npv;
const perCase = ((performance.now() - t0) * 1000) / n;
console.log(
  `Business case, 30-year horizon, 5 cohorts, 3 bearers, full year table: ${perCase.toFixed(1)} µs per case (mean of ${n.toLocaleString('en')}; target ≤ 50 µs)`,
);

const options = {
  draws: 10_000,
  seed: 42,
  distributions: {
    grossSuccessRate: { type: 'triangular', min: 0.15, mode: 0.25, max: 0.35 },
    dropOff: { type: 'uniform', min: 0.05, max: 0.3 },
    costScale: { type: 'normal', mean: 1, sd: 0.1, min: 0.5 },
  },
} as const;
monteCarlo(scenario, options); // warm-up
const runs: number[] = [];
let p50 = 0;
for (let i = 0; i < 10; i++) {
  const t1 = performance.now();
  p50 = monteCarlo(scenario, options).percentiles.p50;
  runs.push(performance.now() - t1);
}
runs.sort((a, b) => a - b);
console.log(
  `Monte Carlo, 10,000 draws (3 uncertain inputs, seed 42): median ${at(runs, 5).toFixed(1)} ms, worst ${at(runs, 9).toFixed(1)} ms of 10 runs (target ≤ 200 ms); NPV p50 ${p50.toFixed(0)} kr.`,
);
if (Number.isNaN(sink)) console.log('');
