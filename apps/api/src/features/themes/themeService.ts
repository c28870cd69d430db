// Themes, milestones and budget lines of the signed-in account's municipality. Every write validates
// with the shared schema first and checks that the record belongs to the caller's municipality.
import { budgetLineInputSchema, milestoneInputSchema, themeInputSchema } from '@sundhed/shared';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validate } from '../../graphql/validate';

const toDate = (iso: string | null | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : iso === null ? null : undefined);

export function listThemes(ctx: Context) {
  return ctx.db.theme.findMany({ where: { municipalityId: municipalityOf(ctx) }, orderBy: { code: 'asc' } });
}

export function findTheme(ctx: Context, id: string) {
  return ctx.db.theme.findFirst({ where: { id, municipalityId: municipalityOf(ctx) } });
}

async function ownTheme(ctx: Context, id: string) {
  const theme = await findTheme(ctx, id);
  if (!theme) throw notFound();
  return theme;
}

export async function updateTheme(ctx: Context, id: string, input: unknown) {
  const data = validate(themeInputSchema, input);
  await ownTheme(ctx, id);
  return ctx.db.theme.update({ where: { id }, data });
}

export async function createMilestone(ctx: Context, themeId: string, input: unknown) {
  const { date, ...rest } = validate(milestoneInputSchema, input);
  await ownTheme(ctx, themeId);
  return ctx.db.milestone.create({ data: { ...rest, date: toDate(date), themeId } });
}

async function ownMilestone(ctx: Context, id: string) {
  const row = await ctx.db.milestone.findFirst({ where: { id, theme: { municipalityId: municipalityOf(ctx) } } });
  if (!row) throw notFound();
  return row;
}

export async function updateMilestone(ctx: Context, id: string, input: unknown) {
  const { date, ...rest } = validate(milestoneInputSchema, input);
  await ownMilestone(ctx, id);
  return ctx.db.milestone.update({ where: { id }, data: { ...rest, date: toDate(date) ?? null, quarter: rest.quarter ?? null } });
}

export async function deleteMilestone(ctx: Context, id: string) {
  await ownMilestone(ctx, id);
  await ctx.db.milestone.delete({ where: { id } });
  return true;
}

export async function createBudgetLine(ctx: Context, themeId: string, input: unknown) {
  const data = validate(budgetLineInputSchema, input);
  const theme = await ownTheme(ctx, themeId);
  return ctx.db.budgetLine.create({ data: { ...data, themeId, municipalityId: theme.municipalityId } });
}

async function ownBudgetLine(ctx: Context, id: string) {
  const row = await ctx.db.budgetLine.findFirst({ where: { id, municipalityId: municipalityOf(ctx) } });
  if (!row) throw notFound();
  return row;
}

export async function updateBudgetLine(ctx: Context, id: string, input: unknown) {
  const data = validate(budgetLineInputSchema, input);
  await ownBudgetLine(ctx, id);
  const cleared = { amountKr: null, staffHours: null, hoursUnit: null, fundingSource: null };
  return ctx.db.budgetLine.update({ where: { id }, data: { ...cleared, ...data } });
}

export async function deleteBudgetLine(ctx: Context, id: string) {
  await ownBudgetLine(ctx, id);
  await ctx.db.budgetLine.delete({ where: { id } });
  return true;
}
