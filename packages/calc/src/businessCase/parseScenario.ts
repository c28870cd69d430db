import { InputError } from '../errors/InputError';
import { MissingParameterError } from '../errors/MissingParameterError';
import { JsonChecker } from '../format/JsonChecker';
import { DISCOUNT_PRESETS, type DiscountPreset } from './discountPresets';
import type { Distribution, MonteCarloOptions } from './monteCarlo';
import { isScenarioParameter, type ScenarioParameter } from './scenarioParameters';
import type { ConsequenceLine, CostLine, Cohort, DiscountSchedule, Scenario, ValueKind } from './types';

const KINDS: readonly ValueKind[] = ['fiscal', 'economic', 'social'];
const DEADWEIGHT_MODES = ['percentagePoints', 'shareOfOutcomes'] as const;
const PRESET_IDS = Object.keys(DISCOUNT_PRESETS) as DiscountPreset['id'][];

export interface ParsedScenarioFile {
  scenario: Scenario;
  /** Optional `monteCarlo` section of the file. */
  monteCarlo: MonteCarloOptions | null;
  /** Defaults that were applied to fields the file left out, so the result can state them. */
  defaultsApplied: string[];
}

/**
 * Validates a scenario file (issue 3's format, docs/reference/skandia.md §6.1) and fills the documented defaults
 * of optional fields. Every problem is reported with its JSON path; throws InputError if any.
 */
export function parseScenario(input: unknown): ParsedScenarioFile {
  const c = new JsonChecker();
  const root = c.object(input, '$');
  if (!root) throw new InputError(c.issues, 'Ugyldigt scenarie');
  const defaultsApplied: string[] = [];
  const optional = (key: string, fallback: number, rule = { min: 0, max: 1 }): number => {
    if (root[key] === undefined) defaultsApplied.push(`${key} = ${fallback}`);
    return c.optionalNumber(root, key, '$', fallback, rule);
  };

  const horizonYears = c.number(root.horizonYears, '$.horizonYears', { min: 0, max: 500, integer: true });
  const discount = parseDiscount(c, root.discount, horizonYears, defaultsApplied);

  const cohorts: Cohort[] = [];
  (c.array(root.cohorts, '$.cohorts') ?? []).forEach((value, i) => {
    const path = `$.cohorts[${i}]`;
    const o = c.object(value, path);
    if (!o) return;
    cohorts.push({
      startYear: c.number(o.startYear, `${path}.startYear`, { min: 0, integer: true }),
      participants: c.number(o.participants, `${path}.participants`, { min: 0 }),
      courseYears: c.optionalNumber(o, 'courseYears', path, 0, { min: 0, integer: true }),
    });
  });

  const grossSuccessRate = c.number(root.grossSuccessRate, '$.grossSuccessRate', { min: 0, max: 1 });
  let deadweight: Scenario['deadweight'] = { mode: 'percentagePoints', value: 0 };
  if (root.deadweight === undefined) defaultsApplied.push('deadweight = 0');
  else {
    const o = c.object(root.deadweight, '$.deadweight');
    if (o)
      deadweight = {
        mode: c.oneOf(o.mode, '$.deadweight.mode', DEADWEIGHT_MODES),
        value: c.number(o.value, '$.deadweight.value', { min: 0, max: 1 }),
      };
  }

  let effectDurationYears: number | null = null;
  if (root.effectDurationYears !== undefined && root.effectDurationYears !== null) {
    effectDurationYears = c.number(root.effectDurationYears, '$.effectDurationYears', { min: 0, integer: true });
  }

  let optimismBias = { costs: 0, benefits: 0 };
  if (root.optimismBias !== undefined) {
    const o = c.object(root.optimismBias, '$.optimismBias');
    if (o) {
      optimismBias = {
        costs: c.optionalNumber(o, 'costs', '$.optimismBias', 0, { min: 0, max: 10 }),
        benefits: c.optionalNumber(o, 'benefits', '$.optimismBias', 0, { min: 0, max: 1 }),
      };
    }
  }

  const costs: CostLine[] = [];
  (root.costs === undefined ? [] : (c.array(root.costs, '$.costs') ?? [])).forEach((value, i) => {
    const path = `$.costs[${i}]`;
    const o = c.object(value, path);
    if (!o) return;
    const line: CostLine = {
      year: c.number(o.year, `${path}.year`, {
        min: 0,
        max: Number.isFinite(horizonYears) ? horizonYears : undefined,
        integer: true,
      }),
      bearer: c.string(o.bearer, `${path}.bearer`),
      amount: c.number(o.amount, `${path}.amount`),
    };
    if (o.category !== undefined) line.category = c.string(o.category, `${path}.category`);
    costs.push(line);
  });

  const consequences: ConsequenceLine[] = [];
  (root.consequences === undefined ? [] : (c.array(root.consequences, '$.consequences') ?? [])).forEach((value, i) => {
    const path = `$.consequences[${i}]`;
    const o = c.object(value, path);
    if (!o) return;
    consequences.push({
      bearer: c.string(o.bearer, `${path}.bearer`),
      category: c.string(o.category, `${path}.category`),
      kind: o.kind === undefined ? 'fiscal' : c.oneOf(o.kind, `${path}.kind`, KINDS),
      baselineAnnual: c.number(o.baselineAnnual, `${path}.baselineAnnual`),
      alternativeAnnual: c.number(o.alternativeAnnual, `${path}.alternativeAnnual`),
    });
  });

  const scenario: Scenario = {
    horizonYears,
    discount,
    cohorts,
    grossSuccessRate,
    deadweight,
    engagementRate: optional('engagementRate', 1),
    attribution: optional('attribution', 0),
    displacement: optional('displacement', 0),
    dropOff: optional('dropOff', 0),
    effectLagYears: optional('effectLagYears', 0, { min: 0, max: 500 }),
    effectDurationYears,
    optimismBias,
    costs,
    consequences,
  };
  if (!Number.isInteger(scenario.effectLagYears)) c.fail('$.effectLagYears', 'skal være et heltal');
  const monteCarlo = root.monteCarlo === undefined ? null : parseMonteCarlo(c, root.monteCarlo);
  if (c.issues.length > 0) throw new InputError(c.issues, 'Ugyldigt scenarie');
  return { scenario, monteCarlo, defaultsApplied };
}

function parseDiscount(
  c: JsonChecker,
  value: unknown,
  horizonYears: number,
  defaultsApplied: string[],
): DiscountSchedule | null {
  if (value === undefined) {
    defaultsApplied.push('discount = null (udiskonteret)');
    return null;
  }
  if (value === null) return null;
  if (typeof value === 'string') {
    const id = c.oneOf(value, '$.discount', PRESET_IDS);
    const preset = DISCOUNT_PRESETS[id];
    if (preset.lastYearWithRate !== null && horizonYears > preset.lastYearWithRate) {
      throw new MissingParameterError(
        `discount[${preset.id}] efter år ${preset.lastYearWithRate}`,
        `kilden (${preset.source}) giver ingen rente efter år ${preset.lastYearWithRate}; angiv selv en diskonteringsplan.`,
      );
    }
    return preset.schedule;
  }
  const steps: DiscountSchedule = [];
  (c.array(value, '$.discount') ?? []).forEach((entry, i) => {
    const o = c.object(entry, `$.discount[${i}]`);
    if (!o) return;
    steps.push({
      fromYear: c.number(o.fromYear, `$.discount[${i}].fromYear`, { min: 1, integer: true }),
      rate: c.number(o.rate, `$.discount[${i}].rate`, { min: -0.5, max: 1 }),
    });
  });
  return steps;
}

function parseMonteCarlo(c: JsonChecker, value: unknown): MonteCarloOptions | null {
  const o = c.object(value, '$.monteCarlo');
  if (!o) return null;
  const distributions: Partial<Record<ScenarioParameter, Distribution>> = {};
  const d = c.object(o.distributions, '$.monteCarlo.distributions');
  for (const [name, spec] of Object.entries(d ?? {})) {
    const path = `$.monteCarlo.distributions.${name}`;
    if (!isScenarioParameter(name)) {
      c.fail(path, 'ukendt parameter');
      continue;
    }
    const s = c.object(spec, path);
    if (!s) continue;
    const type = c.oneOf(s.type, `${path}.type`, ['uniform', 'triangular', 'normal'] as const);
    if (type === 'uniform')
      distributions[name] = { type, min: c.number(s.min, `${path}.min`), max: c.number(s.max, `${path}.max`) };
    else if (type === 'triangular') {
      distributions[name] = {
        type,
        min: c.number(s.min, `${path}.min`),
        mode: c.number(s.mode, `${path}.mode`),
        max: c.number(s.max, `${path}.max`),
      };
    } else {
      distributions[name] = {
        type,
        mean: c.number(s.mean, `${path}.mean`),
        sd: c.number(s.sd, `${path}.sd`, { min: 0 }),
        min: s.min === undefined ? undefined : c.number(s.min, `${path}.min`),
        max: s.max === undefined ? undefined : c.number(s.max, `${path}.max`),
      };
    }
  }
  return {
    draws: c.number(o.draws, '$.monteCarlo.draws', { min: 1, max: 10_000_000, integer: true }),
    seed: c.number(o.seed, '$.monteCarlo.seed', { integer: true }),
    distributions,
  };
}
