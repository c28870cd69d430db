// Public API of @sundhed/calc: pure functions and data, no I/O except the streaming CSV import.

// Errors
export { CalcError, type CalcErrorCode, type InputIssue } from './errors/CalcError';
export { InputError } from './errors/InputError';
export { MissingParameterError } from './errors/MissingParameterError';
export { MissingRateError } from './errors/MissingRateError';
export { RegimeNotComputableError } from './errors/RegimeNotComputableError';

// Formats (Danish)
export { formatKr as formatKroner, formatNumber } from '@sundhed/shared/format';
export { formatIssue } from './format/formatIssue';
export { parseDanishNumber } from '@sundhed/shared/parseNumber';
export { createRng, type Rng } from './random/createRng';

// Business case (docs/reference/skandia.md §6)
export type * from './businessCase/types';
export { activeSuccessesPerUnitRate, successesPerUnitRate } from './businessCase/activeSuccessesPerUnitRate';
export { businessCaseReport, type BusinessCaseReport } from './businessCase/businessCaseReport';
export { computeNpv } from './businessCase/computeNpv';
export { discountFactors } from './businessCase/discountFactors';
export {
  DISCOUNT_PRESETS,
  FM_2021,
  GREEN_BOOK,
  NO_DISCOUNT,
  type DiscountPreset,
} from './businessCase/discountPresets';
export { evaluateBusinessCase } from './businessCase/evaluateBusinessCase';
export { formatBusinessCaseTable } from './businessCase/formatBusinessCaseTable';
export { interpolatedPayback } from './businessCase/interpolatedPayback';
export {
  monteCarlo,
  type Distribution,
  type MonteCarloOptions,
  type MonteCarloResult,
} from './businessCase/monteCarlo';
export { grossFromNetSuccessRate, netSuccessRate } from './businessCase/netSuccessRate';
export { parseScenario, type ParsedScenarioFile } from './businessCase/parseScenario';
export {
  SCENARIO_PARAMETERS,
  getParameter,
  withParameter,
  type ScenarioParameter,
} from './businessCase/scenarioParameters';
export { switchingValue, type SwitchingValueOptions } from './businessCase/switchingValue';
export { tornado, type TornadoOptions, type TornadoRow } from './businessCase/tornado';

// Co-financing (docs/reference/cofinancing.md)
export * from './cofinancing/types';
export type { ActivityRow, ActivitySink } from './cofinancing/ActivityRow';
export { assertRegimeComputable } from './cofinancing/assertRegimeComputable';
export {
  CofinancingAccumulator,
  type CofinancingResult,
  type MissingRateUse,
} from './cofinancing/CofinancingAccumulator';
export { cofinancingFromCsv, type CofinancingReport } from './cofinancing/cofinancingFromCsv';
export { compareCofinancing, type CofinancingDifference } from './cofinancing/compareCofinancing';
export {
  compareByGroup,
  type GroupActivity,
  type GroupComparisonCell,
  type PricedSide,
} from './cofinancing/compareByGroup';
export { compileRateSet, gapsAt, rateFor, type CompiledRateSet } from './cofinancing/compileRateSet';
export { contactAmount } from './cofinancing/contactAmount';
export { contactLedger, CONTACT_TYPES_BY_SECTOR, type Ledger } from './cofinancing/contactLedger';
export { formatCofinancingTable } from './cofinancing/formatCofinancingTable';
export { importActivityCsv, type ImportSummary } from './cofinancing/importActivityCsv';
export { parseRateSet } from './cofinancing/parseRateSet';
export {
  EMPTY_PREVENTABLE_CODE_LISTS,
  PREVENTABLE_GROUPS,
  preventableAdmissions,
  type Admission,
  type PreventableAdmissionsResult,
  type PreventableCodeLists,
  type PreventableGroup,
} from './cofinancing/preventableAdmissions';
export { regimeForYear } from './cofinancing/regimeForYear';

// Shipped data with sources
export { NATIONAL_CEILINGS, type NationalCeiling } from './data/nationalCeilings';
export { ACONTO_2019_REGION_H, AGE_2018_REGION_H, FLAT_2012_REGION_H, SHIPPED_RATE_SETS } from './data/shippedRateSets';
export { SPECIAL_PLACES_DAILY_RATES } from './data/specialPlacesDailyRates';
