import { at } from '../checked/at';
import { createRng, type Rng } from '../random/createRng';
import { computeNpv } from './computeNpv';
import { withParameter, type ScenarioParameter } from './scenarioParameters';
import type { Scenario } from './types';

export type Distribution =
  | { type: 'uniform'; min: number; max: number }
  | { type: 'triangular'; min: number; mode: number; max: number }
  | { type: 'normal'; mean: number; sd: number; min?: number; max?: number };

export interface MonteCarloOptions {
  draws: number;
  seed: number;
  distributions: Partial<Record<ScenarioParameter, Distribution>>;
}

export interface MonteCarloResult {
  draws: number;
  seed: number;
  mean: number;
  /** Share of draws with NPV > 0. */
  probabilityPositive: number;
  percentiles: { p5: number; p10: number; p25: number; p50: number; p75: number; p90: number; p95: number };
}

function draw(d: Distribution, rng: Rng): number {
  switch (d.type) {
    case 'uniform':
      return d.min + (d.max - d.min) * rng();
    case 'triangular': {
      const u = rng();
      const span = d.max - d.min;
      const split = span === 0 ? 0 : (d.mode - d.min) / span;
      return u < split
        ? d.min + Math.sqrt(u * span * (d.mode - d.min))
        : d.max - Math.sqrt((1 - u) * span * (d.max - d.mode));
    }
    case 'normal': {
      // Box–Muller; 1 − u keeps the logarithm finite. Truncated by clamping to [min, max] if given.
      const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
      const x = d.mean + d.sd * z;
      return Math.min(d.max ?? Infinity, Math.max(d.min ?? -Infinity, x));
    }
  }
}

/** Linear interpolation between closest ranks (the "R-7" definition used by Excel's PERCENTILE). */
function percentile(sorted: Float64Array, p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.min(sorted.length - 1, lower + 1);
  const low = at(sorted, lower);
  return low + (at(sorted, upper) - low) * (position - lower);
}

/**
 * Monte Carlo over the NPV with a seeded generator (docs/reference/skandia.md §6.2 "optionally Monte Carlo"; SROI
 * critics ask for ranges rather than points, §5). Parameters are drawn independently.
 */
export function monteCarlo(s: Scenario, options: MonteCarloOptions): MonteCarloResult {
  const rng = createRng(options.seed);
  const entries = Object.entries(options.distributions) as [ScenarioParameter, Distribution][];
  const npvs = new Float64Array(options.draws);
  let sum = 0;
  let positive = 0;
  for (let i = 0; i < options.draws; i++) {
    let scenario = s;
    for (const [name, distribution] of entries) scenario = withParameter(scenario, name, draw(distribution, rng));
    const npv = computeNpv(scenario);
    npvs[i] = npv;
    sum += npv;
    if (npv > 0) positive++;
  }
  npvs.sort();
  return {
    draws: options.draws,
    seed: options.seed,
    mean: options.draws === 0 ? Number.NaN : sum / options.draws,
    probabilityPositive: options.draws === 0 ? Number.NaN : positive / options.draws,
    percentiles: {
      p5: percentile(npvs, 0.05),
      p10: percentile(npvs, 0.1),
      p25: percentile(npvs, 0.25),
      p50: percentile(npvs, 0.5),
      p75: percentile(npvs, 0.75),
      p90: percentile(npvs, 0.9),
      p95: percentile(npvs, 0.95),
    },
  };
}
