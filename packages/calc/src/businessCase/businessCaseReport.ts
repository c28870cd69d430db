import { evaluateBusinessCase } from './evaluateBusinessCase';
import { monteCarlo, type MonteCarloResult } from './monteCarlo';
import type { ParsedScenarioFile } from './parseScenario';
import { SCENARIO_PARAMETERS, type ScenarioParameter } from './scenarioParameters';
import { switchingValue } from './switchingValue';
import { tornado, type TornadoRow } from './tornado';
import type { BusinessCaseResult } from './types';

export interface BusinessCaseReport extends BusinessCaseResult {
  /** NPV = 0 value of each input within its natural range; null where NPV does not change sign. */
  switchingValues: Record<ScenarioParameter, number | null>;
  tornado: TornadoRow[];
  monteCarlo: MonteCarloResult | null;
  /** Defaults applied to fields the scenario file left out. */
  defaultsApplied: string[];
}

/** Everything the `business-case` command prints: the result plus sensitivity analyses. */
export function businessCaseReport(file: ParsedScenarioFile): BusinessCaseReport {
  const { scenario } = file;
  const switchingValues = {} as Record<ScenarioParameter, number | null>;
  for (const name of SCENARIO_PARAMETERS) switchingValues[name] = switchingValue(scenario, name);
  return {
    ...evaluateBusinessCase(scenario),
    switchingValues,
    tornado: tornado(scenario),
    monteCarlo: file.monteCarlo === null ? null : monteCarlo(scenario, file.monteCarlo),
    defaultsApplied: file.defaultsApplied,
  };
}
