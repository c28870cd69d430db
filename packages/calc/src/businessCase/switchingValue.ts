import { computeNpv } from './computeNpv';
import { parameterBounds, withParameter, type ScenarioParameter } from './scenarioParameters';
import type { Scenario } from './types';

export interface SwitchingValueOptions {
  /** Search range; defaults to the parameter's natural bounds. */
  range?: [number, number];
  /** Absolute tolerance on the parameter. */
  tolerance?: number;
  maxIterations?: number;
}

/**
 * The value of one input at which NPV = 0, found by bisection (Green Book: "switching values", the
 * input value at which an option stops being viable; docs/reference/skandia.md §4.1, §6.2). null when NPV has the
 * same sign at both ends of the range, i.e. no switch within it.
 */
export function switchingValue(
  s: Scenario,
  name: ScenarioParameter,
  options: SwitchingValueOptions = {},
): number | null {
  let [lo, hi] = options.range ?? parameterBounds(name);
  const tolerance = options.tolerance ?? 1e-9;
  const maxIterations = options.maxIterations ?? 200;
  let npvLo = computeNpv(withParameter(s, name, lo));
  const npvHi = computeNpv(withParameter(s, name, hi));
  if (npvLo === 0) return lo;
  if (npvHi === 0) return hi;
  if (Math.sign(npvLo) === Math.sign(npvHi)) return null;
  for (let i = 0; i < maxIterations && hi - lo > tolerance; i++) {
    const mid = (lo + hi) / 2;
    const npvMid = computeNpv(withParameter(s, name, mid));
    if (npvMid === 0) return mid;
    if (Math.sign(npvMid) === Math.sign(npvLo)) {
      lo = mid;
      npvLo = npvMid;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}
