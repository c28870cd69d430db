import { at } from '../checked/at';
import type { DiscountSchedule } from './types';

/**
 * Discount factors for years 0..horizon by piecewise compounding (docs/reference/skandia.md §4.2 [D]):
 * DF(t) = Π_{y=1..t} 1 / (1 + r(y)), DF(0) = 1, where r(y) is the rate of the last step with
 * fromYear ≤ y. Years before the first step are not discounted. `null` gives all ones.
 */
export function discountFactors(schedule: DiscountSchedule | null, horizonYears: number): Float64Array {
  const df = new Float64Array(horizonYears + 1);
  df[0] = 1;
  const steps = schedule === null ? [] : [...schedule].sort((a, b) => a.fromYear - b.fromYear);
  let stepIndex = -1;
  for (let year = 1; year <= horizonYears; year++) {
    while ((steps[stepIndex + 1]?.fromYear ?? Infinity) <= year) stepIndex++;
    const rate = steps[stepIndex]?.rate ?? 0;
    df[year] = at(df, year - 1) / (1 + rate);
  }
  return df;
}
