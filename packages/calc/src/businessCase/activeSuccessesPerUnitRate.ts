import { at } from '../checked/at';
import type { Scenario } from './types';

/**
 * Successful citizens whose effect is active in each year 0..horizon, per unit of net success rate
 * (so the actual figure is this × p_net). docs/reference/skandia.md §6.2:
 *   S_c = participants_c × engagement × p_net × (1 − attribution) × (1 − displacement)
 *   e_t = (1 − d)^(t − t_eff) for t_eff ≤ t < t_eff + D, else 0; t_eff = startYear + courseYears + lag
 * Linearity in p_net is what makes the break-even rate exact.
 */
export function activeSuccessesPerUnitRate(s: Scenario): Float64Array {
  const active = new Float64Array(s.horizonYears + 1);
  const factor = s.engagementRate * (1 - s.attribution) * (1 - s.displacement);
  const keep = 1 - s.dropOff;
  for (const cohort of s.cohorts) {
    const first = cohort.startYear + cohort.courseYears + s.effectLagYears;
    const end =
      s.effectDurationYears === null ? s.horizonYears + 1 : Math.min(s.horizonYears + 1, first + s.effectDurationYears);
    let persistence = 1;
    const successes = cohort.participants * factor;
    for (let t = Math.max(first, 0); t < end; t++) {
      // Years before 0 cannot occur after validation; the loop still starts at the effect's first year.
      active[t] = at(active, t) + successes * (t === first ? 1 : (persistence *= keep));
    }
  }
  return active;
}

/** Total successes (each counted once) per unit of net success rate. */
export function successesPerUnitRate(s: Scenario): number {
  const factor = s.engagementRate * (1 - s.attribution) * (1 - s.displacement);
  let total = 0;
  for (const cohort of s.cohorts) total += cohort.participants * factor;
  return total;
}
