import type { BudgetLine, Theme } from '../../__generated__/prisma/client';
import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { referenced } from '../../graphql/loaders';
import { sourceField } from '../../graphql/scope';
import { dayOf, followUpFieldResolvers, lateCount } from '../projects/resolvers';
import * as themes from './themeService';

type Ctx = Context;
export const themeResolvers = {
  Query: {
    themes: (_, __, ctx) => themes.listThemes(ctx),
    theme: (_, { id }, ctx) => themes.findTheme(ctx, id),
  },
  Mutation: {
    updateTheme: (_, a, ctx) => themes.updateTheme(ctx, a.id, a.version, a.input),
    createMilestone: (_, a, ctx) => themes.createMilestone(ctx, { themeId: a.themeId }, a.input),
    updateMilestone: (_, a, ctx) => themes.updateMilestone(ctx, a.id, a.version, a.input),
    deleteMilestone: (_, a, ctx) => themes.deleteMilestone(ctx, a.id),
    createBudgetLine: (_, a, ctx) => themes.createBudgetLine(ctx, { themeId: a.themeId }, a.input),
    updateBudgetLine: (_, a, ctx) => themes.updateBudgetLine(ctx, a.id, a.version, a.input),
    deleteBudgetLine: (_, a, ctx) => themes.deleteBudgetLine(ctx, a.id),
  },
  Theme: {
    ...sourceField,
    responsibleUnits: async (t: Theme, _: unknown, ctx: Ctx) =>
      Promise.all(
        (await ctx.loaders.themeUnits.load(t.id)).map((l) => referenced(ctx.loaders.orgUnit.load(l.orgUnitId))),
      ),
    milestones: (t: Theme, _: unknown, ctx: Ctx) => ctx.loaders.milestones.load(t.id),
    budgetLines: (t: Theme, _: unknown, ctx: Ctx) => ctx.loaders.themeBudgetLines.load(t.id),
    projects: (t: Theme, _: unknown, ctx: Ctx) => ctx.loaders.themeProjects.load(t.id),
    lateMilestoneCount: async (t: Theme, _: unknown, ctx: Ctx) => {
      const [own, ofProjects] = await Promise.all([
        ctx.loaders.milestones.load(t.id),
        ctx.loaders.themeProjectMilestones.load(t.id),
      ]);
      return lateCount(own, dayOf(ctx)) + lateCount(ofProjects, dayOf(ctx));
    },
    changes: (t: Theme, _: unknown, ctx: Ctx) => ctx.loaders.themeChanges.load(t.id),
  },
  Milestone: { ...sourceField, ...followUpFieldResolvers.Milestone },
  BudgetLine: {
    ...sourceField,
    ...followUpFieldResolvers.BudgetLine,
    staffHours: (b: BudgetLine) => (b.staffHours == null ? null : Number(b.staffHours)),
  },
} satisfies Resolvers;
