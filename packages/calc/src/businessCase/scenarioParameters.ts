import type { Scenario } from './types';

/**
 * The scalar inputs that switching values, the tornado table and Monte Carlo may vary. The scale
 * parameters multiply every line (1 = as entered); `discountRate` replaces the schedule by one flat
 * rate from year 1.
 */
export const SCENARIO_PARAMETERS = [
  'grossSuccessRate',
  'deadweight',
  'engagementRate',
  'attribution',
  'displacement',
  'dropOff',
  'optimismBias.costs',
  'optimismBias.benefits',
  'participantsScale',
  'costScale',
  'benefitScale',
  'discountRate',
] as const;

export type ScenarioParameter = (typeof SCENARIO_PARAMETERS)[number];

/** Parameters that are fractions of one; the others are scales or rates without an upper bound. */
const FRACTIONS: ReadonlySet<ScenarioParameter> = new Set([
  'grossSuccessRate',
  'deadweight',
  'engagementRate',
  'attribution',
  'displacement',
  'dropOff',
  'optimismBias.benefits',
]);

export function isScenarioParameter(name: string): name is ScenarioParameter {
  return (SCENARIO_PARAMETERS as readonly string[]).includes(name);
}

/** The natural search range of a parameter, used by bisection and to clamp sensitivity steps. */
export function parameterBounds(name: ScenarioParameter): [number, number] {
  if (FRACTIONS.has(name)) return [0, 1];
  if (name === 'discountRate') return [0, 1];
  if (name === 'optimismBias.costs') return [0, 10];
  return [0, 1000];
}

export function getParameter(s: Scenario, name: ScenarioParameter): number {
  switch (name) {
    case 'grossSuccessRate':
      return s.grossSuccessRate;
    case 'deadweight':
      return s.deadweight.value;
    case 'engagementRate':
      return s.engagementRate;
    case 'attribution':
      return s.attribution;
    case 'displacement':
      return s.displacement;
    case 'dropOff':
      return s.dropOff;
    case 'optimismBias.costs':
      return s.optimismBias.costs;
    case 'optimismBias.benefits':
      return s.optimismBias.benefits;
    case 'participantsScale':
    case 'costScale':
    case 'benefitScale':
      return 1;
    case 'discountRate':
      return s.discount?.[0]?.rate ?? 0;
  }
}

/** A copy of the scenario with one parameter set; the input is never mutated. */
export function withParameter(s: Scenario, name: ScenarioParameter, value: number): Scenario {
  switch (name) {
    case 'grossSuccessRate':
      return { ...s, grossSuccessRate: value };
    case 'deadweight':
      return { ...s, deadweight: { ...s.deadweight, value } };
    case 'engagementRate':
      return { ...s, engagementRate: value };
    case 'attribution':
      return { ...s, attribution: value };
    case 'displacement':
      return { ...s, displacement: value };
    case 'dropOff':
      return { ...s, dropOff: value };
    case 'optimismBias.costs':
      return { ...s, optimismBias: { ...s.optimismBias, costs: value } };
    case 'optimismBias.benefits':
      return { ...s, optimismBias: { ...s.optimismBias, benefits: value } };
    case 'participantsScale':
      return { ...s, cohorts: s.cohorts.map((c) => ({ ...c, participants: c.participants * value })) };
    case 'costScale':
      return { ...s, costs: s.costs.map((c) => ({ ...c, amount: c.amount * value })) };
    case 'benefitScale':
      return {
        ...s,
        consequences: s.consequences.map((c) => ({
          ...c,
          baselineAnnual: c.baselineAnnual * value,
          alternativeAnnual: c.alternativeAnnual * value,
        })),
      };
    case 'discountRate':
      return { ...s, discount: [{ fromYear: 1, rate: value }] };
  }
}
