// Realised against expected (issue 14 item 4, ADR 047): a case of a project follows one of the project's
// indicators, the one that counts the citizens for whom the effort succeeds. Per calendar year the
// expected figure is the engine's active successful citizens (case year = calendar year − the project's
// start year); the realised figure is the indicator's latest value of that year (the last quarter reported:
// a count of citizens is a stock, not a sum). The case is re-run with its net success rate scaled by
// realised / expected over the years that have figures: the engine's successes are linear in that rate.
import { buildScenario, proposalMessages as pm, type BusinessCaseAssumptions } from '@sundhed/shared';
import type { BusinessCaseResult } from '@sundhed/calc';
import type { SavedBusinessCase } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { resultsOffThread } from '../calculations/calcPool';
import { deterministicReport, lockCase, priceLookup } from './businessCaseStore';

export interface YearComparison {
  year: number;
  caseYear: number;
  expected: number;
  realised: number | null;
}

/** The latest value per year (by quarter; a yearly value counts as the year's end). */
export function latestPerYear(values: { year: number; quarter: number | null; value: number }[]): Map<number, number> {
  const best = new Map<number, { quarter: number; value: number }>();
  for (const v of values) {
    const quarter = v.quarter ?? 5;
    const seen = best.get(v.year);
    if (!seen || quarter >= seen.quarter) best.set(v.year, { quarter, value: v.value });
  }
  return new Map([...best].map(([year, v]) => [year, v.value]));
}

/** Expected against realised per year, and realised / expected over the years with figures (null without any). */
export function compareYears(result: BusinessCaseResult, startYear: number, realised: Map<number, number>) {
  const years: YearComparison[] = result.years.map((y) => ({
    year: startYear + y.year,
    caseYear: y.year,
    expected: y.activeSuccesses,
    realised: realised.get(startYear + y.year) ?? null,
  }));
  const counted = years.filter((y) => y.realised !== null && y.expected > 0);
  const expected = counted.reduce((s, y) => s + y.expected, 0);
  const factor = counted.length ? counted.reduce((s, y) => s + y.realised!, 0) / expected : null;
  return { years, factor };
}

/** The gross success rate (percent) whose net rate is the expected net rate × factor (deadweight in percentage points). */
export function realisedGrossPercent(a: BusinessCaseAssumptions, factor: number) {
  const gross = a.grossSuccessRatePercent ?? 0;
  const deadweight = a.deadweightPercent ?? 0;
  const net = Math.max(0, gross - deadweight) * factor;
  return Math.min(100, Math.max(0, deadweight + net));
}

const empty = (note: string, choices: unknown[]) => ({
  indicator: null,
  choices,
  startYear: null,
  years: [],
  factor: null,
  realisedGrossSuccessRatePercent: null,
  realisedResult: null,
  note,
});

export type RealisedEffectRow = NonNullable<Awaited<ReturnType<typeof realisedEffect>>>;

/** The realised-against-expected view of a case of a project; null for a case of a proposal only. */
export async function realisedEffect(ctx: Context, c: SavedBusinessCase) {
  if (!c.projectId) return null;
  const project = await ctx.db.project.findUnique({
    where: { id: c.projectId },
    include: { indicators: { orderBy: { name: 'asc' } } },
  });
  if (!project) return null;
  const indicator = project.indicators.find((i) => i.id === c.realisedIndicatorId) ?? null;
  if (!indicator) return empty(pm.realised.chooseIndicator, project.indicators);
  const startYear = project.startDate?.getUTCFullYear() ?? null;
  if (startYear === null) return { ...empty(pm.realised.noStartDate, project.indicators), indicator };
  const result = c.result as BusinessCaseResult | null;
  if (!result) return { ...empty(pm.realised.noResult, project.indicators), indicator };
  const values = await ctx.db.indicatorValue.findMany({
    where: { indicatorId: indicator.id },
    select: { year: true, quarter: true, value: true },
  });
  const { years, factor } = compareYears(
    result,
    startYear,
    latestPerYear(values.map((v) => ({ ...v, value: Number(v.value) }))),
  );
  const base = { indicator, choices: project.indicators, startYear, years, factor };
  if (factor === null)
    return { ...base, realisedGrossSuccessRatePercent: null, realisedResult: null, note: pm.realised.noFigures };
  const version = await ctx.db.businessCaseVersion.findFirst({
    where: { businessCaseId: c.id },
    orderBy: { number: 'desc' },
  });
  const a = version!.assumptions as unknown as BusinessCaseAssumptions;
  const gross = realisedGrossPercent(a, factor);
  const prices = await priceLookup(ctx.db, c.municipalityId, c.priceIndexId);
  const [rerun] = await resultsOffThread([
    buildScenario({ ...a, grossSuccessRatePercent: gross, monteCarloDraws: 0 }, prices),
  ]);
  const realisedResult = rerun ? deterministicReport(rerun) : null;
  return { ...base, realisedGrossSuccessRatePercent: gross, realisedResult, note: null };
}

/** The staff unit chooses the project indicator a case follows (null: none); versioned (ADR 016). */
export async function followIndicator(ctx: Context, id: string, version: number, indicatorId: string | null) {
  const municipalityId = municipalityOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const row = await lockCase(tx, id, version, municipalityId);
    if (indicatorId) {
      if (!row.projectId) throw validationError([{ path: 'id', message: pm.realised.caseWithoutProject }]);
      const indicator = await tx.indicator.findFirst({ where: { id: indicatorId, projectId: row.projectId } });
      if (!indicator) throw validationError([{ path: 'indicatorId', message: pm.realised.notProjectIndicator }]);
    }
    const updated = await tx.savedBusinessCase.updateMany({
      where: { id, version },
      data: { realisedIndicatorId: indicatorId, version: { increment: 1 } },
    });
    if (!updated.count) throw notFound();
    return tx.savedBusinessCase.findUniqueOrThrow({ where: { id } });
  });
}
