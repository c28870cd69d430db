import type { BudgetLine, Theme } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { sourceField } from '../../graphql/scope';
import { dayOf, followUpFieldResolvers, lateCount } from '../projects/resolvers';
import * as themes from './themeService';

type Ctx = Context;
type Args<T> = T & Record<string, unknown>;

export const themeResolvers = {
  Query: {
    themes: (_: unknown, __: unknown, ctx: Ctx) => themes.listThemes(ctx),
    theme: (_: unknown, { id }: Args<{ id: string }>, ctx: Ctx) => themes.findTheme(ctx, id),
  },
  Mutation: {
    updateTheme: (_: unknown, a: Args<{ id: string; version: number; input: unknown }>, ctx: Ctx) =>
      themes.updateTheme(ctx, a.id, a.version, a.input),
    createMilestone: (_: unknown, a: Args<{ themeId: string; input: unknown }>, ctx: Ctx) =>
      themes.createMilestone(ctx, { themeId: a.themeId }, a.input),
    updateMilestone: (_: unknown, a: Args<{ id: string; version: number; input: unknown }>, ctx: Ctx) =>
      themes.updateMilestone(ctx, a.id, a.version, a.input),
    deleteMilestone: (_: unknown, a: Args<{ id: string }>, ctx: Ctx) => themes.deleteMilestone(ctx, a.id),
    createBudgetLine: (_: unknown, a: Args<{ themeId: string; input: unknown }>, ctx: Ctx) =>
      themes.createBudgetLine(ctx, { themeId: a.themeId }, a.input),
    updateBudgetLine: (_: unknown, a: Args<{ id: string; version: number; input: unknown }>, ctx: Ctx) =>
      themes.updateBudgetLine(ctx, a.id, a.version, a.input),
    deleteBudgetLine: (_: unknown, a: Args<{ id: string }>, ctx: Ctx) => themes.deleteBudgetLine(ctx, a.id),
  },
  Theme: {
    ...sourceField,
    responsibleUnits: async (t: Theme, _: unknown, ctx: Ctx) =>
      (await ctx.loaders.themeUnits.load(t.id)).map((l) => l.orgUnit),
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
};
