import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { municipalityOf } from '../../graphql/scope';
import { buildQuarterlyReport, validateQuarter } from './quarterlyReport';

export const reportResolvers = {
  Query: {
    quarterlyReport: (_: unknown, args: { year: number; quarter: number }, ctx: Context) =>
      buildQuarterlyReport(ctx.db, municipalityOf(ctx), validateQuarter(args.year, args.quarter)),
  },
} satisfies Resolvers;
