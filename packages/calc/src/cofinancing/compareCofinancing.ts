import type { CofinancingResult } from './CofinancingAccumulator';

export interface CofinancingDifference {
  /** alternative − base, so a positive figure is what the new rules cost the municipality extra. */
  total: number;
  byAgeGroup: Record<string, number>;
  bySector: Record<string, number>;
  byContactType: Record<string, number>;
}

function subtract(alternative: Record<string, number>, base: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of new Set([...Object.keys(base), ...Object.keys(alternative)]))
    out[key] = (alternative[key] ?? 0) - (base[key] ?? 0);
  return out;
}

/**
 * Rule-change simulation (issue 3, theme F: "what does the new model cost us, and where"): the same
 * activity priced under two rate sets, differenced by age group, sector and contact type.
 */
export function compareCofinancing(base: CofinancingResult, alternative: CofinancingResult): CofinancingDifference {
  return {
    total: alternative.total - base.total,
    byAgeGroup: subtract(alternative.byAgeGroup, base.byAgeGroup),
    bySector: subtract(alternative.bySector, base.bySector),
    byContactType: subtract(alternative.byContactType, base.byContactType),
  };
}
