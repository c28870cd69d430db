// The form's view of a scenario (the business-case command's JSON): which fields it edits, how a
// field reads its value out of the JSON and writes it back. The JSON text stays the one source of truth.
import type { JsonObject } from './calculationQueries';

export type DiscountChoice = 'custom' | 'fm2021' | 'greenBook' | 'none';

/** Numeric fields; percentages are shown ×100. */
export const NUMBER_FIELDS = [
  'horizonYears',
  'participants',
  'grossSuccessRate',
  'deadweight',
  'attribution',
  'dropOff',
  'optimismCosts',
  'optimismBenefits',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];
export const PERCENT_FIELDS: ReadonlySet<string> = new Set([
  'grossSuccessRate',
  'deadweight',
  'attribution',
  'dropOff',
  'optimismCosts',
  'optimismBenefits',
]);

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const objects = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isObject) : []);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** The value of a numeric field in the scenario (as stored, i.e. a fraction for percentages). */
export function readNumber(scenario: JsonObject, field: NumberField): number | null {
  switch (field) {
    case 'horizonYears':
      return num(scenario.horizonYears);
    case 'participants':
      return num(objects(scenario.cohorts)[0]?.participants);
    case 'grossSuccessRate':
    case 'attribution':
    case 'dropOff':
      return num(scenario[field]) ?? (field === 'grossSuccessRate' ? null : 0);
    case 'deadweight':
      return isObject(scenario.deadweight) ? num(scenario.deadweight.value) : 0;
    case 'optimismCosts':
      return isObject(scenario.optimismBias) ? (num(scenario.optimismBias.costs) ?? 0) : 0;
    case 'optimismBenefits':
      return isObject(scenario.optimismBias) ? (num(scenario.optimismBias.benefits) ?? 0) : 0;
  }
}

/** A copy of the scenario with the field set. */
export function writeNumber(scenario: JsonObject, field: NumberField, value: number): JsonObject {
  const next: JsonObject = { ...scenario };
  switch (field) {
    case 'horizonYears':
    case 'grossSuccessRate':
    case 'attribution':
    case 'dropOff':
      next[field] = value;
      break;
    case 'participants':
      next.cohorts = objects(scenario.cohorts).map((cohort) => ({ ...cohort, participants: value }));
      break;
    case 'deadweight':
      next.deadweight = {
        mode: 'percentagePoints',
        ...(isObject(scenario.deadweight) ? scenario.deadweight : {}),
        value,
      };
      break;
    case 'optimismCosts':
    case 'optimismBenefits': {
      const bias = isObject(scenario.optimismBias) ? scenario.optimismBias : {};
      next.optimismBias = { ...bias, [field === 'optimismCosts' ? 'costs' : 'benefits']: value };
      break;
    }
  }
  return next;
}

export function cohortCount(scenario: JsonObject): number {
  return objects(scenario.cohorts).length;
}

export function readDeadweightMode(scenario: JsonObject): 'percentagePoints' | 'shareOfOutcomes' {
  return isObject(scenario.deadweight) && scenario.deadweight.mode === 'shareOfOutcomes'
    ? 'shareOfOutcomes'
    : 'percentagePoints';
}

export function writeDeadweightMode(scenario: JsonObject, mode: 'percentagePoints' | 'shareOfOutcomes'): JsonObject {
  const value = isObject(scenario.deadweight) ? scenario.deadweight.value : 0;
  return { ...scenario, deadweight: { mode, value } };
}

export function readDiscount(scenario: JsonObject): DiscountChoice {
  const discount = scenario.discount;
  if (discount === null || discount === undefined || discount === 'none') return 'none';
  if (discount === 'fm2021' || discount === 'greenBook') return discount;
  return 'custom';
}

export function writeDiscount(scenario: JsonObject, choice: Exclude<DiscountChoice, 'custom'>): JsonObject {
  return { ...scenario, discount: choice === 'none' ? null : choice };
}

export interface CostLineView {
  index: number;
  year: number | null;
  bearer: string;
  amount: number | null;
}

export function readCosts(scenario: JsonObject): CostLineView[] {
  return objects(scenario.costs).map((line, index) => ({
    index,
    year: num(line.year),
    bearer: typeof line.bearer === 'string' ? line.bearer : '',
    amount: num(line.amount),
  }));
}

export function writeCost(scenario: JsonObject, index: number, amount: number): JsonObject {
  return { ...scenario, costs: objects(scenario.costs).map((line, i) => (i === index ? { ...line, amount } : line)) };
}

/**
 * The form field a JSON path of the API's error belongs to ("$.costs[2].amount" -> "cost-2"), or
 * "json" for anything the form does not show.
 */
export function fieldForPath(path: string): string {
  const exact: Record<string, string> = {
    '$.horizonYears': 'horizonYears',
    '$.grossSuccessRate': 'grossSuccessRate',
    '$.deadweight.value': 'deadweight',
    '$.deadweight.mode': 'deadweightMode',
    '$.attribution': 'attribution',
    '$.dropOff': 'dropOff',
    '$.optimismBias.costs': 'optimismCosts',
    '$.optimismBias.benefits': 'optimismBenefits',
  };
  if (exact[path]) return exact[path];
  if (/^\$\.cohorts\[\d+\]\.participants$/.test(path)) return 'participants';
  if (path === '$.discount' || path.startsWith('$.discount[')) return 'discount';
  const cost = /^\$\.costs\[(\d+)\]\.amount$/.exec(path);
  if (cost) return `cost-${cost[1]}`;
  return 'json';
}
