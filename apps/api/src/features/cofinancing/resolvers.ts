import type { Resolvers } from '../../__generated__/graphql';
import {
  cofinancingCard,
  cofinancingOverview,
  comparisonSets,
  saveComparisonSet,
  setThreshold,
} from './overviewService';
import { rateSets, saveRateRule } from './rateRules';
import { cofinancingThemeF } from './themeF';

export const cofinancingResolvers = {
  Query: {
    cofinancingOverview: (_, a, ctx) => cofinancingOverview(ctx, a.fromYear, a.toYear, a.requirePopulation ?? false),
    cofinancingCard: (_, _a, ctx) => cofinancingCard(ctx),
    cofinancingComparisonSets: (_, _a, ctx) => comparisonSets(ctx),
    cofinancingThemeF: (_, a, ctx) => cofinancingThemeF(ctx, a.year),
    cofinancingEditableRateSets: (_, _a, ctx) => rateSets(ctx),
  },
  Mutation: {
    saveCofinancingComparisonSet: (_, { input }, ctx) => saveComparisonSet(ctx, input),
    saveCofinancingRateRule: (_, { input }, ctx) => saveRateRule(ctx, input),
    setCofinancingThreshold: (_, a, ctx) => setThreshold(ctx, a.percent, a.version),
  },
} satisfies Resolvers;
