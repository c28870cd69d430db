import { computeNpv } from './computeNpv';
import {
  SCENARIO_PARAMETERS,
  getParameter,
  parameterBounds,
  withParameter,
  type ScenarioParameter,
} from './scenarioParameters';
import type { Scenario } from './types';

export interface TornadoRow {
  parameter: ScenarioParameter;
  base: number;
  low: number;
  high: number;
  npvLow: number;
  npvHigh: number;
  /** |npvHigh − npvLow|; rows are sorted by it, largest first. */
  swing: number;
}

export interface TornadoOptions {
  /** Relative step either side of the base value (default 0.2 = ±20 %). */
  relativeStep?: number;
  /** Explicit low/high per parameter, overriding the relative step. */
  ranges?: Partial<Record<ScenarioParameter, [number, number]>>;
  parameters?: readonly ScenarioParameter[];
}

/**
 * One-way sensitivity (docs/reference/skandia.md §6.2): each input moved on its own, the rest held at base. Steps
 * are clamped to the parameter's natural bounds (a rate cannot exceed 1). A parameter whose base is
 * 0 (e.g. no attribution) is moved by the step in absolute terms, so it still shows its weight.
 */
export function tornado(s: Scenario, options: TornadoOptions = {}): TornadoRow[] {
  const step = options.relativeStep ?? 0.2;
  const rows: TornadoRow[] = [];
  for (const parameter of options.parameters ?? SCENARIO_PARAMETERS) {
    const base = getParameter(s, parameter);
    const [min, max] = parameterBounds(parameter);
    const explicit = options.ranges?.[parameter];
    const delta = base === 0 ? step : Math.abs(base) * step;
    const low = explicit ? explicit[0] : Math.max(min, base - delta);
    const high = explicit ? explicit[1] : Math.min(max, base + delta);
    const npvLow = computeNpv(withParameter(s, parameter, low));
    const npvHigh = computeNpv(withParameter(s, parameter, high));
    rows.push({ parameter, base, low, high, npvLow, npvHigh, swing: Math.abs(npvHigh - npvLow) });
  }
  return rows.sort((a, b) => b.swing - a.swing);
}
