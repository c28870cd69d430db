// The price catalogue (issue 14): unit costs with source, year and bearer (missing ones marked), and named
// price indexes with a base year. A change re-runs every business case that uses it (businessCaseStore).
import { priceIssues, proposalMessages as pm, type FieldIssue } from '@sundhed/shared';
import type { Price, PriceIndex, Prisma } from '../../__generated__/prisma/client';
import type { PriceIndexInput, PriceInput } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { createSource } from '../history/changeLog';
import { rerunCases } from './businessCaseStore';
import { lockChecked, sourceOf } from './proposalService';

export const listPrices = (ctx: Context) =>
  ctx.db.price.findMany({ where: { municipalityId: municipalityOf(ctx) }, orderBy: { name: 'asc' } });
export const listIndexes = (ctx: Context) =>
  ctx.db.priceIndex.findMany({ where: { municipalityId: municipalityOf(ctx) }, orderBy: { name: 'asc' } });

function checkPrice(input: PriceInput, storedSourceId: string | null) {
  const issues = priceIssues({ ...input, hasSource: !!input.source || !!storedSourceId });
  if (issues.length) throw validationError(issues);
  return sourceOf(input.source, 'input.source');
}

const priceData = (input: PriceInput) => ({
  name: input.name!.trim(),
  unit: input.unit!.trim(),
  amountKr: input.amountKr ?? null,
  year: input.year!,
  bearer: input.bearer,
  note: input.note?.trim() || null,
});
const priceValues = (p: Price) => ({
  name: p.name,
  unit: p.unit,
  amountKr: p.amountKr,
  year: p.year,
  bearer: p.bearer,
});

export async function createPrice(ctx: Context, input: PriceInput) {
  const municipalityId = municipalityOf(ctx);
  const source = checkPrice(input, null);
  return ctx.db.$transaction(async (tx) => {
    const sourceId = (await createSource(tx, source)) ?? null;
    return tx.price.create({ data: { municipalityId, ...priceData(input), sourceId } });
  });
}

export async function updatePrice(ctx: Context, id: string, version: number, input: PriceInput) {
  const municipalityId = municipalityOf(ctx);
  const stored = await ctx.db.price.findFirst({ where: { id, municipalityId } });
  const source = checkPrice(input, stored?.sourceId ?? null);
  const price = await ctx.db.$transaction(async (tx) => {
    await lockChecked(
      tx,
      'Price',
      id,
      version,
      'price',
      () => tx.price.findFirst({ where: { id, municipalityId } }),
      priceValues,
    );
    const sourceId = await createSource(tx, source);
    return tx.price.update({
      where: { id },
      data: { ...priceData(input), ...(sourceId === undefined ? {} : { sourceId }), version: { increment: 1 } },
    });
  });
  const outcome = await rerunCases(
    ctx.db,
    municipalityId,
    (c) => c.priceRefs.includes(id),
    pm.rerunReasonPrice(price.name),
  );
  return { price, priceIndex: null, ...outcome };
}

function checkIndex(input: PriceIndexInput) {
  const issues: FieldIssue[] = [];
  if (!input.name?.trim()) issues.push({ path: 'input.name', message: pm.indexNameRequired });
  if (!Number.isInteger(input.baseYear) || input.baseYear < 1990 || input.baseYear > 2100)
    issues.push({ path: 'input.baseYear', message: 'Basisår skal være et årstal mellem 1990 og 2100' });
  if (input.points.some((p) => !(p.value > 0) || p.year < 1990 || p.year > 2100))
    issues.push({ path: 'input.points', message: pm.indexPointRange });
  else if (!input.points.some((p) => p.year === input.baseYear))
    issues.push({ path: 'input.points', message: pm.indexBaseYearMissing(input.baseYear) });
  if (issues.length) throw validationError(issues);
  return sourceOf(input.source, 'input.source');
}

const indexData = (input: PriceIndexInput) => ({
  name: input.name!.trim(),
  baseYear: input.baseYear,
  points: [...input.points].sort((a, b) => a.year - b.year) as unknown as Prisma.InputJsonValue,
});
const indexValues = (p: PriceIndex) => ({ name: p.name, baseYear: p.baseYear, points: p.points });

export async function createPriceIndex(ctx: Context, input: PriceIndexInput) {
  const municipalityId = municipalityOf(ctx);
  const source = checkIndex(input);
  return ctx.db.$transaction(async (tx) => {
    const sourceId = (await createSource(tx, source)) ?? null;
    return tx.priceIndex.create({ data: { municipalityId, ...indexData(input), sourceId } });
  });
}

export async function updatePriceIndex(ctx: Context, id: string, version: number, input: PriceIndexInput) {
  const municipalityId = municipalityOf(ctx);
  const source = checkIndex(input);
  const index = await ctx.db.$transaction(async (tx) => {
    await lockChecked(
      tx,
      'PriceIndex',
      id,
      version,
      'priceIndex',
      () => tx.priceIndex.findFirst({ where: { id, municipalityId } }),
      indexValues,
    );
    const sourceId = await createSource(tx, source);
    return tx.priceIndex.update({
      where: { id },
      data: { ...indexData(input), ...(sourceId === undefined ? {} : { sourceId }), version: { increment: 1 } },
    });
  });
  const outcome = await rerunCases(
    ctx.db,
    municipalityId,
    (c) => c.priceIndexId === id,
    pm.rerunReasonIndex(index.name),
  );
  return { price: null, priceIndex: index, ...outcome };
}
