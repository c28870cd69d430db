// Status reports per quarter, indicators and their measured values (issue 9). A project lead writes
// status reports and values only for the projects its unit owns (projectAccess.ts). Every write is one
// transaction with history (ADR 027) and, for updates, a version check under a row lock (ADR 016).
import {
  formatQuarter,
  indicatorInputSchema,
  indicatorValueInputSchema,
  projectMessages as pm,
  statusReportInputSchema,
  type IndicatorInput,
  type IndicatorValueInput,
  type StatusReportInput,
} from '@sundhed/shared';
import type { Indicator, IndicatorValue, StatusReport } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validate } from '../../graphql/validate';
import { createdRow, createSource, writeHistory, type Tx } from '../history/changeLog';
import { editVersioned } from '../history/versionedEdit';
import { writableProject } from './projectAccess';

const num = (d: { toNumber(): number } | null) => (d == null ? null : d.toNumber());
const keepSource = (typed: string | null | undefined, stored: string | null | undefined) =>
  typed === undefined ? (stored ?? null) : typed;

// ---------------------------------------------------------------------------------------------
// Status reports

const reportValues = (r: StatusReport) => ({
  year: r.year,
  quarter: r.quarter,
  colour: r.colour,
  text: r.text,
  sourceId: r.sourceId,
});

async function reportData(tx: Tx, input: StatusReportInput, stored: StatusReport | null) {
  return {
    year: input.year,
    quarter: input.quarter,
    colour: input.colour,
    text: input.text,
    sourceId: keepSource(await createSource(tx, input.source), stored?.sourceId),
  };
}

async function refuseSecondReport(tx: Tx, projectId: string, input: StatusReportInput, exceptId: string | null) {
  const other = await tx.statusReport.findFirst({
    where: { projectId, year: input.year, quarter: input.quarter, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other)
    throw validationError([
      { path: 'input.quarter', message: pm.reportExists(formatQuarter(input.year, input.quarter)) },
    ]);
}

export function createStatusReport(ctx: Context, projectId: string, input: unknown) {
  const data = validate(statusReportInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    await writableProject(ctx, tx, projectId);
    await refuseSecondReport(tx, projectId, data, null);
    const values = await reportData(tx, data, null);
    const row = await tx.statusReport.create({ data: { ...values, projectId, authorId: ctx.user?.id ?? null } });
    await writeHistory(
      tx,
      ctx,
      { municipalityId, recordType: 'STATUS_REPORT', recordId: row.id, projectId },
      'CREATE',
      createdRow(values),
      1,
    );
    return row;
  });
}

export function updateStatusReport(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(statusReportInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  return editVersioned<StatusReport>(ctx, {
    table: 'StatusReport',
    id,
    version,
    kind: 'statusReport',
    find: async (tx) => {
      const row = await tx.statusReport.findFirst({ where: { id, project: { municipalityId } } });
      if (row) await writableProject(ctx, tx, row.projectId);
      return row;
    },
    values: reportValues,
    next: async (tx, row) => {
      await refuseSecondReport(tx, row.projectId, data, id);
      return reportData(tx, data, row);
    },
    write: (tx, _row, after) =>
      tx.statusReport.update({
        where: { id },
        data: {
          ...(after as Awaited<ReturnType<typeof reportData>>),
          authorId: ctx.user?.id ?? null,
          reportedAt: new Date(),
          version: { increment: 1 },
        },
      }),
    target: (row) => ({ municipalityId, recordType: 'STATUS_REPORT', recordId: id, projectId: row.projectId }),
  });
}

// ---------------------------------------------------------------------------------------------
// Indicators

const indicatorValues = (i: Indicator) => ({
  name: i.name,
  unit: i.unit,
  baseline: num(i.baseline),
  target: num(i.target),
  sourceId: i.sourceId,
});

async function indicatorData(tx: Tx, input: IndicatorInput, stored: Indicator | null) {
  return {
    name: input.name,
    unit: input.unit,
    baseline: input.baseline ?? null,
    target: input.target ?? null,
    sourceId: keepSource(await createSource(tx, input.source), stored?.sourceId),
  };
}

async function refuseDuplicateIndicator(tx: Tx, projectId: string, name: string, exceptId: string | null) {
  const other = await tx.indicator.findFirst({
    where: { projectId, name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (other) throw validationError([{ path: 'input.name', message: `Navn ${pm.duplicateIndicator}` }]);
}

export function createIndicator(ctx: Context, projectId: string, input: unknown) {
  const data = validate(indicatorInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    await writableProject(ctx, tx, projectId);
    await refuseDuplicateIndicator(tx, projectId, data.name, null);
    const values = await indicatorData(tx, data, null);
    const row = await tx.indicator.create({ data: { ...values, projectId } });
    await writeHistory(
      tx,
      ctx,
      { municipalityId, recordType: 'INDICATOR', recordId: row.id, projectId },
      'CREATE',
      createdRow(values),
      1,
    );
    return row;
  });
}

export function updateIndicator(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(indicatorInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  return editVersioned<Indicator>(ctx, {
    table: 'Indicator',
    id,
    version,
    kind: 'indicator',
    find: (tx) => tx.indicator.findFirst({ where: { id, project: { municipalityId } } }),
    values: indicatorValues,
    next: async (tx, row) => {
      await refuseDuplicateIndicator(tx, row.projectId, data.name, id);
      return indicatorData(tx, data, row);
    },
    write: (tx, _row, after) =>
      tx.indicator.update({ where: { id }, data: { ...(after as object), version: { increment: 1 } } }),
    target: (row) => ({ municipalityId, recordType: 'INDICATOR', recordId: id, projectId: row.projectId }),
  });
}

// ---------------------------------------------------------------------------------------------
// Indicator values

const valueValues = (v: IndicatorValue) => ({
  periodYear: v.year,
  periodQuarter: v.quarter,
  value: num(v.value),
  note: v.note,
  sourceId: v.sourceId,
});

async function valueData(tx: Tx, input: IndicatorValueInput, stored: IndicatorValue | null) {
  return {
    periodYear: input.periodYear,
    periodQuarter: input.periodQuarter ?? null,
    value: input.value,
    note: input.note ?? null,
    sourceId: keepSource(await createSource(tx, input.source), stored?.sourceId),
  };
}

const valueRow = (v: Awaited<ReturnType<typeof valueData>>) => {
  const { periodYear, periodQuarter, ...rest } = v;
  return { ...rest, year: periodYear, quarter: periodQuarter };
};

export function addIndicatorValue(ctx: Context, indicatorId: string, input: unknown) {
  const data = validate(indicatorValueInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const indicator = await tx.indicator.findFirst({ where: { id: indicatorId, project: { municipalityId } } });
    if (!indicator) throw notFound();
    await writableProject(ctx, tx, indicator.projectId);
    const values = await valueData(tx, data, null);
    const row = await tx.indicatorValue.create({
      data: { ...valueRow(values), indicatorId, enteredById: ctx.user?.id ?? null },
    });
    await writeHistory(
      tx,
      ctx,
      { municipalityId, recordType: 'INDICATOR_VALUE', recordId: row.id, projectId: indicator.projectId },
      'CREATE',
      createdRow({ indicator: indicator.name, ...values }),
      1,
    );
    return row;
  });
}

export function updateIndicatorValue(ctx: Context, id: string, version: number, input: unknown) {
  const data = validate(indicatorValueInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  let projectId = '';
  return editVersioned<IndicatorValue>(ctx, {
    table: 'IndicatorValue',
    id,
    version,
    kind: 'indicatorValue',
    find: async (tx) => {
      const row = await tx.indicatorValue.findFirst({
        where: { id, indicator: { project: { municipalityId } } },
        include: { indicator: { select: { projectId: true } } },
      });
      if (row) {
        await writableProject(ctx, tx, row.indicator.projectId);
        projectId = row.indicator.projectId;
      }
      return row;
    },
    values: valueValues,
    next: (tx, row) => valueData(tx, data, row),
    write: (tx, _row, after) =>
      tx.indicatorValue.update({
        where: { id },
        data: {
          ...valueRow(after as Awaited<ReturnType<typeof valueData>>),
          enteredById: ctx.user?.id ?? null,
          enteredAt: new Date(),
          version: { increment: 1 },
        },
      }),
    target: () => ({ municipalityId, recordType: 'INDICATOR_VALUE', recordId: id, projectId }),
  });
}
