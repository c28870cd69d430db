import type { Scenario } from '../src/businessCase/types';

/** A plain scenario with every field given; tests override what they exercise. */
export function baseScenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    horizonYears: 10,
    discount: null,
    cohorts: [{ startYear: 0, participants: 100, courseYears: 1 }],
    grossSuccessRate: 0.3,
    deadweight: { mode: 'percentagePoints', value: 0.05 },
    engagementRate: 1,
    attribution: 0,
    displacement: 0,
    dropOff: 0.1,
    effectLagYears: 0,
    effectDurationYears: null,
    optimismBias: { costs: 0, benefits: 0 },
    costs: [
      { year: 0, bearer: 'kommune', amount: 1_000_000 },
      { year: 1, bearer: 'kommune', amount: 500_000 },
    ],
    consequences: [
      { bearer: 'kommune', category: 'overførsel', kind: 'fiscal', baselineAnnual: 150_000, alternativeAnnual: 40_000 },
      { bearer: 'region', category: 'sundhed', kind: 'fiscal', baselineAnnual: 30_000, alternativeAnnual: 10_000 },
      { bearer: 'stat', category: 'skat', kind: 'fiscal', baselineAnnual: 0, alternativeAnnual: -60_000 },
    ],
    ...overrides,
  };
}
