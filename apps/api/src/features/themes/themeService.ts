// Themes, milestones and budget lines of the signed-in account's municipality. Every write validates
// with the shared schema first and checks that the record belongs to the caller's municipality.
import { budgetLineInputSchema, milestoneInputSchema, themeInputSchema } from '@sundhed/shared';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validate } from '../../graphql/validate';
import { staleOrMissing } from '../../graphql/versioning';
import type { BudgetLine, Milestone, Theme } from '../../__generated__/prisma/client';

const toDate = (iso: string | null | undefined) =>
  iso ? new Date(`${iso}T00:00:00Z`) : iso === null ? null : undefined;

export function listThemes(ctx: Context) {
  const municipalityId = municipalityOf(ctx);
  return ctx.loaders.memo('themeList', ['themes'], municipalityId, () =>
    ctx.db.theme.findMany({ where: { municipalityId }, orderBy: { code: 'asc' } }),
  );
}

export function findTheme(ctx: Context, id: string) {
  return ctx.db.theme.findFirst({ where: { id, municipalityId: municipalityOf(ctx) } });
}

async function ownTheme(ctx: Context, id: string) {
  const theme = await findTheme(ctx, id);
  if (!theme) throw notFound();
  return theme;
}

const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/** The editable values of each record, as a CONFLICT error reports them (ADR 016). */
const themeValues = (t: Theme) => ({
  title: t.title,
  description: t.description,
  status: t.status,
  timeFrame: t.timeFrame,
});
const milestoneValues = (r: Milestone) => ({
  year: r.year,
  quarter: r.quarter,
  date: isoDay(r.date),
  text: r.text,
  status: r.status,
});
const budgetLineValues = (r: BudgetLine) => ({
  year: r.year,
  description: r.description,
  amountKr: r.amountKr,
  staffHours: r.staffHours == null ? null : Number(r.staffHours),
  hoursUnit: r.hoursUnit,
  fundingSource: r.fundingSource,
});

// Each update is one compare-and-set statement (UPDATE … WHERE id AND version, version + 1): two
// saves from the same version cannot both match, whatever their timing.

export async function updateTheme(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(themeInputSchema, input);
  const [row] = await ctx.db.theme.updateManyAndReturn({
    where: { id, version, municipalityId: municipalityOf(ctx) },
    data: { ...data, version: { increment: 1 } },
  });
  if (!row) throw staleOrMissing('theme', await findTheme(ctx, id), themeValues);
  return row;
}

export async function createMilestone(ctx: Context, themeId: string, input: unknown) {
  const { date, ...rest } = validate(milestoneInputSchema, input);
  await ownTheme(ctx, themeId);
  return ctx.db.milestone.create({ data: { ...rest, date: toDate(date), themeId } });
}

function findMilestone(ctx: Context, id: string) {
  return ctx.db.milestone.findFirst({ where: { id, theme: { municipalityId: municipalityOf(ctx) } } });
}

async function ownMilestone(ctx: Context, id: string) {
  const row = await findMilestone(ctx, id);
  if (!row) throw notFound();
  return row;
}

export async function updateMilestone(ctx: Context, id: string, version: number, input: unknown) {
  const { date, ...rest } = validate(milestoneInputSchema, input);
  const [row] = await ctx.db.milestone.updateManyAndReturn({
    where: { id, version, theme: { municipalityId: municipalityOf(ctx) } },
    data: { ...rest, date: toDate(date) ?? null, quarter: rest.quarter ?? null, version: { increment: 1 } },
  });
  if (!row) throw staleOrMissing('milestone', await findMilestone(ctx, id), milestoneValues);
  return row;
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

function findBudgetLine(ctx: Context, id: string) {
  return ctx.db.budgetLine.findFirst({ where: { id, municipalityId: municipalityOf(ctx) } });
}

async function ownBudgetLine(ctx: Context, id: string) {
  const row = await findBudgetLine(ctx, id);
  if (!row) throw notFound();
  return row;
}

export async function updateBudgetLine(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(budgetLineInputSchema, input);
  const cleared = { amountKr: null, staffHours: null, hoursUnit: null, fundingSource: null };
  const [row] = await ctx.db.budgetLine.updateManyAndReturn({
    where: { id, version, municipalityId: municipalityOf(ctx) },
    data: { ...cleared, ...data, version: { increment: 1 } },
  });
  if (!row) throw staleOrMissing('budgetLine', await findBudgetLine(ctx, id), budgetLineValues);
  return row;
}

export async function deleteBudgetLine(ctx: Context, id: string) {
  await ownBudgetLine(ctx, id);
  await ctx.db.budgetLine.delete({ where: { id } });
  return true;
}
