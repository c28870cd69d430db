import { JSONScalar } from '../../graphql/scalars';
import { businessCaseExamples } from './businessCaseExamples';
import { evaluateScenario } from './businessCaseService';
import { listRateSets, simulateCofinancing } from './cofinancingService';

type Args<T> = T & Record<string, unknown>;

export const calculationResolvers = {
  JSON: JSONScalar,
  Query: {
    businessCase: (_: unknown, { scenario }: Args<{ scenario: unknown }>) => evaluateScenario(scenario),
    businessCaseExamples: () => businessCaseExamples,
    cofinancingRateSets: () => listRateSets(),
    cofinancingSimulation: (
      _: unknown,
      a: Args<{ ratesId: string; compareRatesId?: string | null; activityCsv: string }>,
    ) => simulateCofinancing(a.ratesId, a.compareRatesId, a.activityCsv),
  },
};
