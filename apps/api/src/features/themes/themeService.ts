// Themes, milestones and budget lines of the signed-in account's municipality. Every write validates
// with the shared schema first, checks that the record belongs to the caller's municipality, and keeps
// field-level history (ADR 027); updates lock the row and compare versions (ADR 016). Milestones and budget
// lines belong to a theme or to a project; the same functions serve both.
import {
  budgetLineInputSchema,
  fieldLabels,
  isoToDate,
  milestoneInputSchema,
  themeInputSchema,
  today,
  validationMessages,
  type BudgetLineInput,
  type MilestoneInput,
} from '@sundhed/shared';
import type { BudgetLine, Milestone, Theme } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validate } from '../../graphql/validate';
import { createdRow, createSource, writeHistory, type Tx } from '../history/changeLog';
import { editVersioned } from '../history/versionedEdit';

const day = (iso: string | null | undefined) => (iso ? isoToDate(iso) : null);
const isoDay = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export function listThemes(ctx: Context) {
  const municipalityId = municipalityOf(ctx);
  return ctx.loaders.memo('themeList', ['themes'], municipalityId, () =>
    ctx.db.theme.findMany({ where: { municipalityId }, orderBy: { code: 'asc' } }),
  );
}

export function findTheme(ctx: Context, id: string, db: Tx = ctx.db) {
  return db.theme.findFirst({ where: { id, municipalityId: municipalityOf(ctx) } });
}

async function ownTheme(ctx: Context, id: string, db: Tx = ctx.db) {
  const theme = await findTheme(ctx, id, db);
  if (!theme) throw notFound();
  return theme;
}

/** The editable values of each record, as a CONFLICT error reports them (ADR 016) and history diffs them. */
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
  completedOn: isoDay(r.completedOn),
  sourceId: r.sourceId,
});
const budgetLineValues = (r: BudgetLine) => ({
  year: r.year,
  description: r.description,
  amountKr: r.amountKr,
  staffHours: r.staffHours == null ? null : Number(r.staffHours),
  hoursUnit: r.hoursUnit,
  fundingSource: r.fundingSource,
  actualKr: r.actualKr,
  actualSourceId: r.actualSourceId,
  sourceId: r.sourceId,
});

export function updateTheme(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(themeInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  return editVersioned<Theme>(ctx, {
    table: 'Theme',
    id,
    version,
    kind: 'theme',
    find: (tx) => findTheme(ctx, id, tx),
    values: themeValues,
    next: (_tx, row) => ({ ...themeValues(row), ...stripUndefined(data) }),
    write: (tx, _row, after) =>
      tx.theme.update({ where: { id }, data: { ...(after as object), version: { increment: 1 } } }),
    target: () => ({ municipalityId, recordType: 'THEME', recordId: id, themeId: id }),
  });
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// ---------------------------------------------------------------------------------------------
// Milestones

/** Where a milestone or budget line hangs: a theme or a project of the caller's municipality. */
export type Parent = { themeId: string } | { projectId: string };

async function ownParent(ctx: Context, tx: Tx, parent: Parent) {
  const municipalityId = municipalityOf(ctx);
  if ('themeId' in parent) {
    await ownTheme(ctx, parent.themeId, tx);
    return { municipalityId, themeId: parent.themeId, projectId: null };
  }
  const project = await tx.project.findFirst({ where: { id: parent.projectId, municipalityId } });
  if (!project) throw notFound();
  return { municipalityId, themeId: null, projectId: project.id };
}

/** The completion day: the one typed, else the stored one while still done, else today when it becomes done. */
function completedOn(input: MilestoneInput, stored: Milestone | null): string | null {
  if ((input.status ?? stored?.status) !== 'DONE') return null;
  if (input.completedOn) {
    if (input.completedOn > today())
      throw validationError([
        { path: 'input.completedOn', message: `${fieldLabels.completedOn} ${validationMessages.notAfterToday}` },
      ]);
    return input.completedOn;
  }
  if (stored?.status === 'DONE' && stored.completedOn) return isoDay(stored.completedOn);
  return today();
}

async function milestoneData(tx: Tx, input: MilestoneInput, stored: Milestone | null) {
  const sourceId = await createSource(tx, input.source);
  return {
    year: input.year,
    quarter: input.quarter ?? null,
    date: input.date ?? null,
    text: input.text,
    status: input.status ?? stored?.status ?? 'PLANNED',
    completedOn: completedOn(input, stored),
    sourceId: sourceId === undefined ? (stored?.sourceId ?? null) : sourceId,
  };
}

const milestoneRow = (v: Awaited<ReturnType<typeof milestoneData>>) => ({
  ...v,
  date: day(v.date),
  completedOn: day(v.completedOn),
});

export function createMilestone(ctx: Context, parent: Parent, input: unknown) {
  const data = validate(milestoneInputSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const owner = await ownParent(ctx, tx, parent);
    const values = await milestoneData(tx, data, null);
    const row = await tx.milestone.create({
      data: { ...milestoneRow(values), themeId: owner.themeId, projectId: owner.projectId },
    });
    await writeHistory(
      tx,
      ctx,
      { ...owner, recordType: 'MILESTONE', recordId: row.id },
      'CREATE',
      createdRow(values),
      1,
    );
    return row;
  });
}

function findMilestone(ctx: Context, id: string, db: Tx = ctx.db) {
  const municipalityId = municipalityOf(ctx);
  return db.milestone.findFirst({
    where: { id, OR: [{ theme: { municipalityId } }, { project: { municipalityId } }] },
  });
}

export function updateMilestone(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(milestoneInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  return editVersioned<Milestone>(ctx, {
    table: 'Milestone',
    id,
    version,
    kind: 'milestone',
    find: (tx) => findMilestone(ctx, id, tx),
    values: milestoneValues,
    next: (tx, row) => milestoneData(tx, data, row),
    write: (tx, _row, after) =>
      tx.milestone.update({
        where: { id },
        data: { ...milestoneRow(after as Awaited<ReturnType<typeof milestoneData>>), version: { increment: 1 } },
      }),
    target: (row) => ({
      municipalityId,
      recordType: 'MILESTONE',
      recordId: id,
      themeId: row.themeId,
      projectId: row.projectId,
    }),
  });
}

export async function deleteMilestone(ctx: Context, id: string) {
  const municipalityId = municipalityOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const row = await findMilestone(ctx, id, tx);
    if (!row) throw notFound();
    await tx.milestone.delete({ where: { id } });
    await writeHistory(
      tx,
      ctx,
      { municipalityId, recordType: 'MILESTONE', recordId: id, themeId: row.themeId, projectId: row.projectId },
      'DELETE',
      [{ field: null, oldValue: milestoneValues(row), newValue: null }],
      null,
    );
    return true;
  });
}

// ---------------------------------------------------------------------------------------------
// Budget lines

async function budgetData(tx: Tx, input: BudgetLineInput, stored: BudgetLine | null) {
  const [sourceId, actualSourceId] = [await createSource(tx, input.source), await createSource(tx, input.actualSource)];
  return {
    year: input.year,
    description: input.description,
    amountKr: input.amountKr ?? null,
    staffHours: input.staffHours ?? null,
    hoursUnit: input.hoursUnit ?? null,
    fundingSource: input.fundingSource ?? null,
    actualKr: input.actualKr === undefined ? (stored?.actualKr ?? null) : input.actualKr,
    actualSourceId: actualSourceId === undefined ? (stored?.actualSourceId ?? null) : actualSourceId,
    sourceId: sourceId === undefined ? (stored?.sourceId ?? null) : sourceId,
  };
}

export function createBudgetLine(ctx: Context, parent: Parent, input: unknown) {
  const data = validate(budgetLineInputSchema, input);
  return ctx.db.$transaction(async (tx) => {
    const owner = await ownParent(ctx, tx, parent);
    const values = await budgetData(tx, data, null);
    const row = await tx.budgetLine.create({
      data: { ...values, themeId: owner.themeId, projectId: owner.projectId, municipalityId: owner.municipalityId },
    });
    await writeHistory(
      tx,
      ctx,
      { ...owner, recordType: 'BUDGET_LINE', recordId: row.id },
      'CREATE',
      createdRow(values),
      1,
    );
    return row;
  });
}

function findBudgetLine(ctx: Context, id: string, db: Tx = ctx.db) {
  return db.budgetLine.findFirst({ where: { id, municipalityId: municipalityOf(ctx) } });
}

export function updateBudgetLine(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(budgetLineInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  return editVersioned<BudgetLine>(ctx, {
    table: 'BudgetLine',
    id,
    version,
    kind: 'budgetLine',
    find: (tx) => findBudgetLine(ctx, id, tx),
    values: budgetLineValues,
    next: (tx, row) => budgetData(tx, data, row),
    write: (tx, _row, after) =>
      tx.budgetLine.update({ where: { id }, data: { ...(after as object), version: { increment: 1 } } }),
    target: (row) => ({
      municipalityId,
      recordType: 'BUDGET_LINE',
      recordId: id,
      themeId: row.themeId,
      projectId: row.projectId,
    }),
  });
}

export async function deleteBudgetLine(ctx: Context, id: string) {
  const municipalityId = municipalityOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const row = await findBudgetLine(ctx, id, tx);
    if (!row) throw notFound();
    await tx.budgetLine.delete({ where: { id } });
    await writeHistory(
      tx,
      ctx,
      { municipalityId, recordType: 'BUDGET_LINE', recordId: id, themeId: row.themeId, projectId: row.projectId },
      'DELETE',
      [{ field: null, oldValue: budgetLineValues(row), newValue: null }],
      null,
    );
    return true;
  });
}
