import type { Resolvers } from '../../__generated__/graphql';
import { JSONScalar } from '../../graphql/scalars';
import { businessCaseExamples } from './businessCaseExamples';
import { evaluateScenario } from './businessCaseService';
import { listRateSets, simulateCofinancing } from './cofinancingService';

export const calculationResolvers = {
  JSON: JSONScalar,
  Query: {
    businessCase: (_, { scenario }) => evaluateScenario(scenario),
    businessCaseExamples: () => [...businessCaseExamples],
    cofinancingRateSets: () => [...listRateSets()],
    cofinancingSimulation: (_, a) => simulateCofinancing(a.ratesId, a.compareRatesId, a.activityCsv),
  },
} satisfies Resolvers;
