import { at } from '../checked/at';
import { activeSuccessesPerUnitRate } from './activeSuccessesPerUnitRate';
import { discountFactors } from './discountFactors';
import { netSuccessRate } from './netSuccessRate';
import type { Scenario } from './types';

/**
 * NPV only, without the year table: the same formulas as evaluateBusinessCase, kept lean because
 * bisection, the tornado table and Monte Carlo call it thousands of times.
 */
export function computeNpv(s: Scenario): number {
  const df = discountFactors(s.discount, s.horizonYears);
  const pNet = netSuccessRate(s.grossSuccessRate, s.deadweight);
  let gainPerSuccessYear = 0;
  for (const line of s.consequences) gainPerSuccessYear += line.baselineAnnual - line.alternativeAnnual;
  gainPerSuccessYear *= 1 - s.optimismBias.benefits;
  let pvGains = 0;
  if (pNet !== 0 && gainPerSuccessYear !== 0) {
    const active = activeSuccessesPerUnitRate(s);
    active.forEach((successes, t) => (pvGains += successes * at(df, t)));
    pvGains *= pNet * gainPerSuccessYear;
  }
  let pvCosts = 0;
  for (const line of s.costs) {
    if (line.year >= 0 && line.year <= s.horizonYears) pvCosts += line.amount * at(df, line.year);
  }
  return pvGains - pvCosts * (1 + s.optimismBias.costs);
}
