// Living business cases (issue 14): a case belongs to a proposal or a project and keeps every version of
// its assumptions (who, when, why, a source per assumption). Lines reference the price catalogue instead
// of copying numbers; when a price or the index changes, every case using it is re-run off the request
// thread (calcPool.ts) and keeps its old result beside the new one.
import {
  ASSUMPTION_RULES,
  buildScenario,
  businessCaseIssues,
  businessCaseTemplateLabels,
  formatDecimal,
  formatKr,
  formatNumber,
  indexFactor,
  proposalMessages as pm,
  type BusinessCaseAssumptions,
  type BusinessCaseLine,
  type FieldIssue,
  type PriceValue,
} from '@sundhed/shared';
import type { BusinessCaseResult } from '@sundhed/calc';
import type { Prisma, SavedBusinessCase } from '../../__generated__/prisma/client';
import type { BusinessCaseAssumptionsInput } from '../../__generated__/graphql';
import type { Db } from '../../db/prisma';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { caseReportOffThread, poolGeneration, reportOffThread, rerunOffThread } from '../calculations/calcPool';
import type { CaseReportInput, PriceTable, RerunCase } from '../calculations/calcWorker';
import { deterministicReport } from '../calculations/deterministicReport';
import { lockChecked } from './proposalService';

type Client = Db | Prisma.TransactionClient;
type PricePoint = { year: number; value: number };

/** The catalogue by price id, at the price level of the case's index (plain data: it crosses to the workers). */
export async function priceTable(db: Client, municipalityId: string, priceIndexId: string | null): Promise<PriceTable> {
  const [prices, index] = await Promise.all([
    db.price.findMany({ where: { municipalityId } }),
    priceIndexId ? db.priceIndex.findUnique({ where: { id: priceIndexId } }) : null,
  ]);
  const points = (index?.points ?? []) as PricePoint[];
  return Object.fromEntries(
    prices.map((p) => [
      p.id,
      { name: p.name, amountKr: p.amountKr, factor: index ? indexFactor(points, index.baseYear, p.year) : 1 },
    ]),
  );
}

/** The catalogue as the scenario builder reads it, at the price level of the case's index. */
export async function priceLookup(db: Client, municipalityId: string, priceIndexId: string | null) {
  const table = await priceTable(db, municipalityId, priceIndexId);
  return (id: string): PriceValue | undefined => table[id];
}

function normalise(input: BusinessCaseAssumptionsInput): BusinessCaseAssumptions {
  return { ...input, template: input.template as BusinessCaseAssumptions['template'] };
}

const priceIds = (a: BusinessCaseAssumptions) => [
  ...new Set([...a.costs, ...a.gains].map((l) => l.priceId).filter((id): id is string => !!id)),
];

/** Every problem of the assumptions with a Danish message per field; the prices must be the municipality's. */
async function checkAssumptions(db: Client, municipalityId: string, a: BusinessCaseAssumptions, reason: string) {
  const issues: FieldIssue[] = [];
  if (!(a.template in businessCaseTemplateLabels))
    issues.push({ path: 'input.template', message: 'Skabelon skal være forebyggelse eller social indsats' });
  issues.push(...businessCaseIssues(a));
  if (!reason.trim()) issues.push({ path: 'reason', message: pm.reasonRequired });
  const ids = priceIds(a);
  if (ids.length) {
    const known = new Set(
      (await db.price.findMany({ where: { id: { in: ids }, municipalityId }, select: { id: true } })).map((p) => p.id),
    );
    (['costs', 'gains'] as const).forEach((kind) =>
      a[kind].forEach((l, i) => {
        if (l.priceId && !known.has(l.priceId))
          issues.push({ path: `input.${kind}.${i}.priceId`, message: pm.unknownPrice });
      }),
    );
  }
  if (issues.length) throw validationError(issues);
}

async function evaluate(db: Client, municipalityId: string, priceIndexId: string | null, a: BusinessCaseAssumptions) {
  const prices = await priceLookup(db, municipalityId, priceIndexId);
  return reportOffThread(buildScenario(a, prices));
}

const json = (v: unknown) => v as Prisma.InputJsonValue;

export async function createSavedCase(
  ctx: Context,
  args: {
    proposalId?: string | null;
    projectId?: string | null;
    name: string;
    input: BusinessCaseAssumptionsInput;
    reason: string;
  },
) {
  const municipalityId = municipalityOf(ctx);
  const a = normalise(args.input);
  const issues: FieldIssue[] = [];
  if (!args.name.trim()) issues.push({ path: 'name', message: 'Navn skal udfyldes' });
  if (!args.proposalId && !args.projectId) issues.push({ path: 'proposalId', message: pm.caseNeedsParent });
  if (issues.length) throw validationError(issues);
  await checkAssumptions(ctx.db, municipalityId, a, args.reason);
  if (args.proposalId && !(await ctx.db.proposal.findFirst({ where: { id: args.proposalId, municipalityId } })))
    throw notFound();
  if (args.projectId && !(await ctx.db.project.findFirst({ where: { id: args.projectId, municipalityId } })))
    throw notFound();
  const index = await ctx.db.priceIndex.findFirst({ where: { municipalityId }, orderBy: { name: 'asc' } });
  const priceIndexId = index?.id ?? null;
  const report = await evaluate(ctx.db, municipalityId, priceIndexId, a);
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.savedBusinessCase.create({
      data: {
        municipalityId,
        proposalId: args.proposalId ?? null,
        projectId: args.projectId ?? null,
        name: args.name.trim(),
        template: a.template,
        priceIndexId,
        result: json(report),
      },
    });
    await tx.businessCaseVersion.create({
      data: {
        businessCaseId: row.id,
        municipalityId,
        number: 1,
        scenario: json(buildScenario(a, await priceLookup(tx, municipalityId, priceIndexId))),
        assumptions: json(a),
        priceRefs: json(priceIds(a)),
        reason: args.reason.trim(),
        userId: ctx.user?.id ?? null,
        result: json(report),
      },
    });
    return row;
  });
}

export async function saveVersion(
  ctx: Context,
  id: string,
  version: number,
  input: BusinessCaseAssumptionsInput,
  reason: string,
) {
  const municipalityId = municipalityOf(ctx);
  const a = normalise(input);
  await checkAssumptions(ctx.db, municipalityId, a, reason);
  const existing = await ctx.db.savedBusinessCase.findFirst({ where: { id, municipalityId } });
  if (!existing) throw notFound();
  const report = await evaluate(ctx.db, municipalityId, existing.priceIndexId, a);
  return ctx.db.$transaction(async (tx) => {
    const row = await lockCase(tx, id, version, municipalityId);
    const last = await tx.businessCaseVersion.findFirst({ where: { businessCaseId: id }, orderBy: { number: 'desc' } });
    await tx.businessCaseVersion.create({
      data: {
        businessCaseId: id,
        municipalityId,
        number: (last?.number ?? 0) + 1,
        scenario: json(buildScenario(a, await priceLookup(tx, municipalityId, row.priceIndexId))),
        assumptions: json(a),
        priceRefs: json(priceIds(a)),
        reason: reason.trim(),
        userId: ctx.user?.id ?? null,
        result: json(report),
      },
    });
    return tx.savedBusinessCase.update({
      where: { id },
      data: {
        template: a.template,
        result: json(report),
        previousResult: row.result ?? undefined,
        rerunReason: null,
        version: { increment: 1 },
      },
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Comparison of two versions.

const scalarText = (key: string, v: unknown) => {
  if (v === null || v === undefined) return null;
  const rule = ASSUMPTION_RULES[key as keyof typeof ASSUMPTION_RULES];
  const unit = rule ? pm.units[rule.unit] : '';
  return `${formatDecimal(Number(v))}${unit ? ` ${unit}` : ''}`;
};
const lineText = (l: BusinessCaseLine | undefined, priceName: (id: string) => string | undefined) => {
  if (!l) return null;
  const amount = l.priceId
    ? `${formatDecimal(l.quantity ?? 1)} × ${priceName(l.priceId) ?? 'pris'}`
    : l.amountKr == null
      ? pm.assumptionToFill
      : formatKr(l.amountKr);
  return `${l.label}: ${amount} (${l.bearer.toLowerCase()})${l.source ? `, kilde: ${l.source}` : ''}`;
};

export async function compareVersions(ctx: Context, id: string, a: number, b: number) {
  const municipalityId = municipalityOf(ctx);
  const bc = await ctx.db.savedBusinessCase.findFirst({ where: { id, municipalityId } });
  if (!bc) throw notFound();
  const versions = await ctx.db.businessCaseVersion.findMany({ where: { businessCaseId: id, number: { in: [a, b] } } });
  const va = versions.find((v) => v.number === a);
  const vb = versions.find((v) => v.number === b);
  if (!va || !vb) throw validationError([{ path: va ? 'b' : 'a', message: pm.versionUnknown }]);
  const prices = await ctx.db.price.findMany({ where: { municipalityId }, select: { id: true, name: true } });
  const priceName = (pid: string) => prices.find((p) => p.id === pid)?.name;
  const A = va.assumptions as unknown as BusinessCaseAssumptions;
  const B = vb.assumptions as unknown as BusinessCaseAssumptions;
  const inputs: { key: string; label: string; a: string | null; b: string | null }[] = [];
  for (const key of Object.keys(pm.labels) as (keyof typeof pm.labels)[]) {
    if (!(key in ASSUMPTION_RULES)) continue;
    const x = scalarText(key, (A as unknown as Record<string, unknown>)[key]);
    const y = scalarText(key, (B as unknown as Record<string, unknown>)[key]);
    if (x !== y) inputs.push({ key, label: pm.labels[key], a: x, b: y });
  }
  for (const [kind, label] of [
    ['costs', 'Udgift'],
    ['gains', 'Gevinst'],
  ] as const) {
    const n = Math.max(A[kind].length, B[kind].length);
    for (let i = 0; i < n; i++) {
      const x = lineText(A[kind][i], priceName);
      const y = lineText(B[kind][i], priceName);
      if (x !== y) inputs.push({ key: `${kind}.${i}`, label: `${label} ${i + 1}`, a: x, b: y });
    }
  }
  const sourceOf = (s: BusinessCaseAssumptions, key: string) => s.sources.find((x) => x.key === key)?.source ?? null;
  for (const key of new Set([...A.sources, ...B.sources].map((s) => s.key))) {
    const x = sourceOf(A, key);
    const y = sourceOf(B, key);
    if (x !== y)
      inputs.push({
        key: `source.${key}`,
        label: `Kilde: ${pm.labels[key as keyof typeof pm.labels] ?? key}`,
        a: x,
        b: y,
      });
  }
  const ra = va.result as unknown as BusinessCaseResult | null;
  const rb = vb.result as unknown as BusinessCaseResult | null;
  const kr = (v: number | null | undefined) => (v == null ? null : formatKr(v));
  const results = [
    { key: 'npv', label: 'Nettonutidsværdi', a: kr(ra?.npv), b: kr(rb?.npv) },
    { key: 'pvGains', label: 'Gevinster (nutidsværdi)', a: kr(ra?.pvGains), b: kr(rb?.pvGains) },
    { key: 'pvCosts', label: 'Udgifter (nutidsværdi)', a: kr(ra?.pvCosts), b: kr(rb?.pvCosts) },
    {
      key: 'bcr',
      label: 'Kroner tilbage pr. investeret krone',
      a: ra?.bcr == null ? null : formatDecimal(ra.bcr),
      b: rb?.bcr == null ? null : formatDecimal(rb.bcr),
    },
    {
      key: 'successes',
      label: 'Borgere med effekt',
      a: ra ? formatNumber(ra.successes, 1) : null,
      b: rb ? formatNumber(rb.successes, 1) : null,
    },
  ];
  return { a: va, b: vb, inputs, results };
}

// ---------------------------------------------------------------------------------------------------
// Re-run after a price or index change.

export interface CaseMove {
  businessCaseId: string;
  name: string;
  oldNpv: number | null;
  newNpv: number | null;
  change: number | null;
}

/** Locks a case of the municipality and compares the version the user saw (ADR 016): CONFLICT when stale. */
export const lockCase = (tx: Prisma.TransactionClient, id: string, version: number, municipalityId: string) =>
  lockChecked(
    tx,
    'SavedBusinessCase',
    id,
    version,
    'businessCase',
    () => tx.savedBusinessCase.findFirst({ where: { id, municipalityId } }),
    (r: SavedBusinessCase) => ({ name: r.name, version: r.version }),
  );

export { deterministicReport };

/** Cases per worker task in a re-run. */
const RERUN_BATCH = 100;

/**
 * Re-runs the deterministic result of every case of the municipality that `uses` selects, off the request
 * thread (ADR 051: the workers build the scenarios and serialise the results), written in batches with a
 * yield between them; the old result is kept beside the new one. The full reports (tornado, Monte Carlo)
 * are queued after, one case at a time, so they never delay the answer.
 */
export async function rerunCases(
  db: Db,
  municipalityId: string,
  uses: (c: { priceIndexId: string | null; priceRefs: string[] }) => boolean,
  reason: string,
): Promise<{ rerun: number; moved: CaseMove[] }> {
  // Only what the re-run needs: the old NPV, not the old report; the assumptions as text, parsed in the worker.
  const cases = await db.$queryRaw<
    {
      id: string;
      name: string;
      version: number;
      priceIndexId: string | null;
      oldNpv: number | null;
      defaultsApplied: string[] | null;
      priceRefs: string[];
      assumptions: string;
    }[]
  >`
    SELECT s."id", s."name", s."version", s."priceIndexId", (s."result"->>'npv')::float8 AS "oldNpv",
           s."result"->'defaultsApplied' AS "defaultsApplied", v."priceRefs", v."assumptions"::text AS "assumptions"
      FROM "SavedBusinessCase" s
      JOIN LATERAL (SELECT "priceRefs", "assumptions" FROM "BusinessCaseVersion"
                     WHERE "businessCaseId" = s."id" ORDER BY "number" DESC LIMIT 1) v ON true
     WHERE s."municipalityId" = ${municipalityId}`;
  const chosen = cases.filter((c) => uses({ priceIndexId: c.priceIndexId, priceRefs: c.priceRefs ?? [] }));
  if (!chosen.length) return { rerun: 0, moved: [] };
  const tables = new Map<string | null, PriceTable>();
  for (const c of chosen) {
    if (!tables.has(c.priceIndexId)) tables.set(c.priceIndexId, await priceTable(db, municipalityId, c.priceIndexId));
  }
  const work: RerunCase[] = chosen.map((c) => ({
    id: c.id,
    version: c.version,
    assumptions: c.assumptions,
    prices: tables.get(c.priceIndexId)!,
    defaultsApplied: c.defaultsApplied ?? [],
  }));
  // Each batch is written as it comes, in small writes with a yield after each, so requests interleave: a
  // reader's statements never wait behind a write of hundreds of results (ADR 057).
  const now = new Date().toISOString();
  const moved: CaseMove[] = [];
  let rerun = 0;
  let offset = 0;
  // Every batch starts at once and is awaited in turn: a failed one must not be an unhandled rejection while
  // an earlier batch is written. Its cases keep their previous result and are not counted as re-run.
  const batches = rerunOffThread(work, RERUN_BATCH).map((p) => p.catch(() => null));
  for (const next of batches) {
    const batch = await next;
    if (!batch) {
      offset += Math.min(RERUN_BATCH, work.length - offset);
      continue;
    }
    const { writes, npvs } = batch;
    // A case saved meanwhile (a newer version) keeps the result of its own assumptions.
    for (const rows of writes) {
      await db.$executeRaw`
        UPDATE "SavedBusinessCase" s
           SET "previousResult" = s."result", "result" = v."result", "rerunReason" = ${reason}, "rerunAt" = ${now}::timestamp
          FROM jsonb_to_recordset(${rows}::jsonb) AS v("id" text, "version" int, "result" jsonb)
         WHERE s."id" = v."id" AND s."version" = v."version"`;
      await new Promise((resolve) => setImmediate(resolve));
    }
    npvs.forEach((newNpv, i) => {
      if (newNpv === null) return;
      const c = chosen[offset + i]!;
      rerun++;
      const change = c.oldNpv === null ? null : newNpv - c.oldNpv;
      if (change === null || Math.abs(change) > 0.005)
        moved.push({ businessCaseId: c.id, name: c.name, oldNpv: c.oldNpv, newNpv, change });
    });
    offset += npvs.length;
  }
  queueFullReports(db, work);
  return { rerun, moved };
}

/**
 * The full reports after a re-run, in the background (low-priority pool), one at a time. A newer re-run of a
 * case replaces its pending report (only the latest prices are worth computing), and a report that was
 * overtaken while it ran is not written over the newer result. The worker builds the scenario and answers
 * JSON text, which goes to the database as it is.
 */
const pending = new Map<string, { work: CaseReportInput; version: number }>();
let draining: Promise<void> | null = null;

/** Each case's version when re-run is kept: a case saved since keeps the report of its own save. */
function queueFullReports(db: Db, cases: RerunCase[]) {
  for (const { id, version, assumptions, prices } of cases) {
    pending.delete(id); // re-inserted last: the order follows the latest re-run
    pending.set(id, { work: { assumptions, prices }, version });
  }
  draining ??= drain(db).finally(() => {
    draining = null;
  });
}

async function drain(db: Db) {
  const generation = poolGeneration();
  for (let next = pending.entries().next(); !next.done; next = pending.entries().next()) {
    const [id, { work, version }] = next.value;
    pending.delete(id);
    if (poolGeneration() !== generation) break;
    try {
      const report = await caseReportOffThread(work);
      if (!pending.has(id) && poolGeneration() === generation)
        await db.$executeRaw`UPDATE "SavedBusinessCase" SET "result" = ${report}::jsonb
                              WHERE "id" = ${id} AND "version" = ${version}`;
    } catch {
      // the server is stopping or the case is gone; the deterministic result stays
    }
  }
  if (poolGeneration() !== generation) pending.clear();
}

/** Waits for the queued full reports (tests, benchmark). */
export const fullReportsDone = async () => {
  while (draining) await draining;
};
