import type { Resolvers } from '../../__generated__/graphql';
import {
  cofinancingCard,
  cofinancingOverview,
  comparisonSets,
  saveComparisonSet,
  setThreshold,
} from './overviewService';
import { cofinancingThemeF } from './themeF';

export const cofinancingResolvers = {
  Query: {
    cofinancingOverview: (_, a, ctx) => cofinancingOverview(ctx, a.fromYear, a.toYear, a.requirePopulation ?? false),
    cofinancingCard: (_, _a, ctx) => cofinancingCard(ctx),
    cofinancingComparisonSets: (_, _a, ctx) => comparisonSets(ctx),
    cofinancingThemeF: (_, a, ctx) => cofinancingThemeF(ctx, a.year),
  },
  Mutation: {
    saveCofinancingComparisonSet: (_, { input }, ctx) => saveComparisonSet(ctx, input),
    setCofinancingThreshold: (_, a, ctx) => setThreshold(ctx, a.percent, a.version),
  },
} satisfies Resolvers;
