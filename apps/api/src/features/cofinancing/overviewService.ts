// The co-financing page (issue 13, ADR 033): totals and per inhabitant by year and month, breakdowns,
// paid against computed, preventable admissions per 1,000 aged 65+, and the comparison levels (the
// kommunesocialgruppe, the comparison sets, the national level), computed only from imported data: a
// level's kroner per inhabitant is the sum of its municipalities' amounts over the sum of their
// population, counting only municipalities with both imported activity and population that year.
// Reads the monthly sums written at import (CofinancingSummary) of the batches not superseded.
import { regimeForYear } from '@sundhed/calc';
import {
  cofinancingMessages as m,
  cofinancingUi,
  errorMessages,
  formatKr,
  formatPercent,
  today,
} from '@sundhed/shared';
import type { Context } from '../../graphql/context';
import { AppError, validationError } from '../../graphql/errors';
import { staleOrMissing } from '../../graphql/versioning';
import { municipalityOf } from '../../graphql/scope';
import { REGIME_PERIODS } from './regimes';
import { breakdownLevels, preventableLevels, type LevelDefinition } from './comparisonLevels';
import { diagnosisLabel, diagnosisSource } from './diagnosisNames';

interface YearRow {
  municipalityId: string;
  year: number;
  amount: number;
  contacts: number;
  uncomputed: number;
}

const DEFINITION =
  'Forebyggelige indlæggelser (eSundhed): indlæggelser af borgere på 65 år og derover med aktionsdiagnose i en af ni grupper (dehydrering, forstoppelse, nedre luftvejssygdomme, blærebetændelse, gastroenteritis, brud, ernæringsbetinget anæmi, sociale og plejemæssige forhold, tryksår), pr. 1.000 borgere på 65 år og derover. Kilde: Sundhedsdatastyrelsen, eSundhed, "Forebyggelige indlæggelser"; tallene indlæses som optællinger pr. gruppe.';

async function yearTotals(ctx: Pick<Context, 'db'>, fromYear: number, toYear: number): Promise<YearRow[]> {
  const rows = await ctx.db.$queryRawUnsafe<
    { municipalityId: string; year: number; amount: number; contacts: number; uncomputed: number }[]
  >(
    `SELECT s."municipalityId", s."year", sum(s."amount")::float8 AS amount, sum(s."count")::float8 AS contacts,
            sum(s."uncomputed")::float8 AS uncomputed
       FROM "CofinancingSummary" s JOIN "CofinancingImport" i ON i."id" = s."importId" AND i."supersededById" IS NULL
      WHERE s."dimension" = 'total' AND s."year" BETWEEN $1 AND $2
      GROUP BY s."municipalityId", s."year"`,
    fromYear,
    toYear,
  );
  return rows;
}

async function populations(ctx: Pick<Context, 'db'>, fromYear: number, toYear: number) {
  const rows = await ctx.db.$queryRawUnsafe<
    { municipalityId: string; year: number; ageGroup: string; population: number }[]
  >(
    `SELECT "municipalityId", "year", "ageGroup", "population" FROM "CofinancingPopulation" WHERE "year" BETWEEN $1 AND $2`,
    fromYear,
    toYear,
  );
  const total = new Map<string, number>();
  const byAge = new Map<string, number>();
  for (const r of rows) {
    total.set(`${r.municipalityId}|${r.year}`, (total.get(`${r.municipalityId}|${r.year}`) ?? 0) + r.population);
    byAge.set(`${r.municipalityId}|${r.year}|${r.ageGroup}`, r.population);
  }
  const aged65 = (id: string, year: number) => {
    const a = byAge.get(`${id}|${year}|65-79`);
    const b = byAge.get(`${id}|${year}|80+`);
    return a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
  };
  return { total: (id: string, year: number) => total.get(`${id}|${year}`), byAge, aged65 };
}

function level(
  members: Set<string>,
  totals: YearRow[],
  population: (id: string, year: number) => number | undefined,
  years: number[],
) {
  return years.map((year) => {
    let amount = 0;
    let contacts = 0;
    let uncomputed = 0;
    let people = 0;
    let count = 0;
    for (const t of totals) {
      if (t.year !== year || !members.has(t.municipalityId)) continue;
      const p = population(t.municipalityId, year);
      if (!p) continue;
      amount += t.amount;
      contacts += t.contacts;
      uncomputed += t.uncomputed;
      people += p;
      count++;
    }
    return {
      year,
      month: null,
      amount,
      contacts,
      uncomputedContacts: uncomputed,
      perInhabitant: people ? amount / people : null,
      municipalities: count,
    };
  });
}

/** Starts a Prisma query now (they run when awaited); a failure still surfaces where it is awaited. */
function started<T>(query: PromiseLike<T>): Promise<T> {
  const promise = Promise.resolve(query);
  promise.catch(() => undefined);
  return promise;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export async function cofinancingOverview(ctx: Context, fromYear: number, toYear: number, requirePopulation: boolean) {
  return overviewFor(ctx, municipalityOf(ctx), fromYear, toYear, requirePopulation);
}

/**
 * The overview of one municipality; only the database is read (the attention rules use it too). Without
 * `withLevels` the breakdowns and preventable admissions carry no comparison levels (the card needs none).
 */
export async function overviewFor(
  ctx: Pick<Context, 'db'>,
  municipalityId: string,
  fromYear: number,
  toYear: number,
  requirePopulation: boolean,
  withLevels = true,
) {
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || toYear < fromYear || toYear - fromYear > 19)
    throw validationError([{ path: 'toYear', message: 'Til år skal ligge 0–19 år efter fra år' }]);
  const years = range(fromYear, toYear);
  // Every read starts at once: the page's queries run side by side on the pool.
  const monthRowsPending = started(
    ctx.db.$queryRawUnsafe<{ year: number; month: number; amount: number; contacts: number; uncomputed: number }[]>(
      `SELECT s."year", s."month", sum(s."amount")::float8 AS amount, sum(s."count")::float8 AS contacts, sum(s."uncomputed")::float8 AS uncomputed
       FROM "CofinancingSummary" s JOIN "CofinancingImport" i ON i."id" = s."importId" AND i."supersededById" IS NULL
      WHERE s."municipalityId" = $1 AND s."dimension" = 'total' AND s."year" BETWEEN $2 AND $3
      GROUP BY s."year", s."month" ORDER BY 1, 2`,
      municipalityId,
      fromYear,
      toYear,
    ),
  );
  const paidRowsPending = started(
    ctx.db.$queryRawUnsafe<{ year: number; month: number; aconto: number; settlement: number }[]>(
      `SELECT p."year", p."month",
            coalesce(sum(p."amount") FILTER (WHERE p."kind" = 'ACONTO'), 0)::float8 AS aconto,
            coalesce(sum(p."amount") FILTER (WHERE p."kind" = 'SETTLEMENT'), 0)::float8 AS settlement
       FROM "CofinancingPayment" p JOIN "CofinancingImport" i ON i."id" = p."importId" AND i."supersededById" IS NULL
      WHERE i."municipalityId" = $1 AND p."year" BETWEEN $2 AND $3
      GROUP BY 1, 2 ORDER BY 1, 2`,
      municipalityId,
      fromYear,
      toYear,
    ),
  );
  const preventableAllPending = started(
    !withLevels
      ? Promise.resolve([])
      : ctx.db.$queryRawUnsafe<{ municipalityId: string; year: number; group: string; count: number }[]>(
          `SELECT "municipalityId", "year", "group", "count" FROM "CofinancingPreventable" WHERE "year" BETWEEN $1 AND $2`,
          fromYear,
          toYear,
        ),
  );
  const preventableRowsPending = started(
    ctx.db.cofinancingPreventable.findMany({
      where: { municipalityId, year: { gte: fromYear, lte: toYear } },
      include: { source: true },
      orderBy: [{ year: 'asc' }, { group: 'asc' }],
    }),
  );
  const importsPending = started(
    ctx.db.cofinancingImport.findMany({
      where: { municipalityId },
      orderBy: { importedAt: 'desc' },
      take: 50,
      include: { municipality: { select: { name: true } } },
    }),
  );
  const [self, all, totals, pop, sets, setting] = await Promise.all([
    ctx.db.municipality.findUniqueOrThrow({ where: { id: municipalityId } }),
    ctx.db.municipality.findMany({
      where: { kind: 'MUNICIPALITY' },
      select: { id: true, name: true, code: true, socialGroup: true },
    }),
    yearTotals(ctx, fromYear, toYear),
    populations(ctx, fromYear, toYear),
    ctx.db.cofinancingComparisonSet.findMany({ where: { municipalityId }, orderBy: { name: 'asc' } }),
    ctx.db.cofinancingSetting.findUnique({ where: { municipalityId } }),
  ]);
  const own = totals.filter((t) => t.municipalityId === municipalityId);
  // The breakdowns are of the last year with the municipality's own data (the page's heading year).
  const breakdownYear = own.reduce((last, t) => Math.max(last, t.year), 0) || toYear;
  const breakdownRowsPending = started(
    ctx.db.$queryRawUnsafe<{ dimension: string; key: string; amount: number; contacts: number }[]>(
      `SELECT s."dimension", s."key", sum(s."amount")::float8 AS amount, sum(s."count")::float8 AS contacts
       FROM "CofinancingSummary" s JOIN "CofinancingImport" i ON i."id" = s."importId" AND i."supersededById" IS NULL
      WHERE s."municipalityId" = $1 AND s."dimension" <> 'total' AND s."year" = $2
      GROUP BY s."dimension", s."key" ORDER BY 1, 3 DESC`,
      municipalityId,
      breakdownYear,
    ),
  );
  // Every municipality's breakdown sums of the breakdown year and preventable counts: the comparison levels.
  const breakdownAllPending = started(
    !withLevels
      ? Promise.resolve([])
      : ctx.db.$queryRawUnsafe<{ municipalityId: string; dimension: string; key: string; amount: number }[]>(
          `SELECT s."municipalityId", s."dimension", s."key", sum(s."amount")::float8 AS amount
       FROM "CofinancingYearSummary" s JOIN "CofinancingImport" i ON i."id" = s."importId" AND i."supersededById" IS NULL
      WHERE s."year" = $1
      GROUP BY 1, 2, 3`,
          breakdownYear,
        ),
  );
  const missing = own.filter((t) => !pop.total(municipalityId, t.year)).map((t) => t.year);
  const populationMissing = missing.length ? m.populationMissing(self.name, missing.sort().join(', ')) : null;
  if (requirePopulation && populationMissing)
    throw validationError([{ path: 'population', message: populationMissing }]);

  const byYear = years.flatMap((year) => {
    const t = own.find((r) => r.year === year);
    if (!t) return [];
    const p = pop.total(municipalityId, year);
    return [
      {
        year,
        month: null,
        amount: t.amount,
        contacts: t.contacts,
        uncomputedContacts: t.uncomputed,
        perInhabitant: p ? t.amount / p : null,
        municipalities: 1,
      },
    ];
  });

  const monthRows = await monthRowsPending;
  const byMonth = monthRows.map((r) => {
    const p = pop.total(municipalityId, r.year);
    return {
      year: r.year,
      month: r.month,
      amount: r.amount,
      contacts: r.contacts,
      uncomputedContacts: r.uncomputed,
      perInhabitant: p ? r.amount / p : null,
      municipalities: 1,
    };
  });

  const comparisons = [];
  // The same levels for the breakdowns and the preventable admissions (comparisonLevels.ts).
  const defs: LevelDefinition[] = [];
  if (self.socialGroup === null) {
    comparisons.push({
      kind: 'SOCIAL_GROUP',
      label: 'Kommunesocialgruppe',
      note: m.noSocialGroup(self.name),
      byYear: [],
    });
    defs.push({ label: 'Kommunesocialgruppe', members: null, reason: m.noSocialGroup(self.name) });
  } else {
    const group = new Set(
      all.filter((a) => a.socialGroup === self.socialGroup && a.id !== municipalityId).map((a) => a.id),
    );
    const label = `Kommunesocialgruppe ${self.socialGroup}`;
    comparisons.push({
      kind: 'SOCIAL_GROUP',
      label,
      note: `De øvrige kommuner i gruppen (Region Hovedstadens sundhedsprofil 2013), kun med indlæste data og befolkning.`,
      byYear: level(group, totals, pop.total, years),
    });
    defs.push({ label, members: group, reason: null });
  }
  const byId = new Map(all.map((a) => [a.id, a]));
  for (const set of sets) {
    const members = new Set(set.memberIds);
    comparisons.push({
      kind: 'SET',
      label: set.name,
      note: `${set.memberIds.map((id) => byId.get(id)?.name ?? id).join(', ')}${set.note ? `. ${set.note}` : ''}`,
      byYear: level(members, totals, pop.total, years),
    });
    defs.push({ label: set.name, members, reason: null });
  }
  const everyone = new Set(all.map((a) => a.id));
  comparisons.push({
    kind: 'NATIONAL',
    label: 'Landsplan',
    note: 'Alle kommuner med indlæste data og befolkning (ikke et officielt landstal).',
    byYear: level(everyone, totals, pop.total, years),
  });
  defs.push({ label: 'Landsplan', members: everyone, reason: null });

  const breakdownRows = await breakdownRowsPending;
  const levelsOf = breakdownLevels(
    defs,
    await breakdownAllPending,
    new Set(totals.filter((t) => t.year === breakdownYear).map((t) => t.municipalityId)),
    pop,
    breakdownYear,
  );
  const people = pop.total(municipalityId, breakdownYear);
  const labels: Record<string, Record<string, string>> = {
    sector: m.sector,
    contactType: m.contactType,
    ageGroup: m.ageGroup,
  };
  const breakdown = breakdownRows.map((r) => {
    const groupPeople =
      r.dimension === 'ageGroup' ? pop.byAge.get(`${municipalityId}|${breakdownYear}|${r.key}`) : people;
    const diagnosis = r.dimension === 'diagnosisGroup';
    return {
      ...r,
      label: diagnosis
        ? diagnosisLabel(r.key)
        : (labels[r.dimension]?.[r.key] ?? (r.key === '-' ? m.diagnosisNone : r.key)),
      labelSource: diagnosis ? diagnosisSource(r.key) : null,
      perInhabitant: groupPeople ? r.amount / groupPeople : null,
      levels: levelsOf(r.dimension, r.key),
    };
  });

  const paidRows = await paidRowsPending;
  const paid = paidRows.map((r) => ({
    ...r,
    computed: byMonth.find((b) => b.year === r.year && b.month === r.month)?.amount ?? 0,
  }));

  const preventableRows = await preventableRowsPending;
  const preventableLevelsOf = preventableLevels(defs, await preventableAllPending, pop);

  const preventable = preventableRows.map((r) => {
    const p65 = pop.aged65(municipalityId, r.year);
    return {
      year: r.year,
      group: r.group,
      label: m.preventableGroup[r.group] ?? r.group,
      count: r.count,
      per1000Aged65Plus: p65 ? (1000 * r.count) / p65 : null,
      source: [r.source.title, r.source.section].filter(Boolean).join(', '),
      levels: preventableLevelsOf(r.year, r.group),
    };
  });

  const imports = await importsPending;

  return {
    municipality: self.name,
    byYear,
    byMonth,
    comparisons,
    breakdown,
    paid,
    preventable,
    preventableDefinition: DEFINITION,
    imports: imports.map((i) => ({
      id: i.id,
      municipality: i.municipality.name,
      periodFrom: i.periodFrom,
      periodTo: i.periodTo,
      sourceKind: m.sourceKind[i.sourceKind] ?? i.sourceKind,
      sourceText: i.sourceText,
      fileName: i.fileName,
      importedAt: i.importedAt,
      importedBy: i.importedByName,
      synthetic: i.synthetic,
      superseded: i.supersededById !== null,
      activityRows: i.activityRows,
    })),
    populationMissing,
    regimes: REGIME_PERIODS,
    deviationThreshold: setting?.deviationThreshold ?? 0.1,
    settingsVersion: setting?.version ?? 0,
  };
}

/** The director's card: the last full year (before this year) with imported data. */
export async function cofinancingCard(ctx: Context) {
  return cardFor(ctx, municipalityOf(ctx), today());
}

export async function cardFor(ctx: Pick<Context, 'db'>, municipalityId: string, on: string) {
  const thisYear = Number(on.slice(0, 4));
  const overview = await overviewFor(ctx, municipalityId, thisYear - 10, thisYear - 1, false, false);
  const last = overview.byYear.at(-1);
  if (!last)
    return {
      threshold: overview.deviationThreshold,
      year: null,
      amount: null,
      trend: null,
      perInhabitant: null,
      comparisonLabel: null,
      comparisonPerInhabitant: null,
      summary: 'Ingen medfinansiering er indlæst endnu.',
    };
  const before = overview.byYear.find((y) => y.year === last.year - 1);
  const comparison =
    overview.comparisons.find((c) => c.kind === 'SOCIAL_GROUP' && c.byYear.length) ??
    overview.comparisons.find((c) => c.kind === 'SET');
  const level = comparison?.byYear.find((y) => y.year === last.year)?.perInhabitant ?? null;
  const trend = before && before.amount ? (last.amount - before.amount) / before.amount : null;
  const regime = regimeForYear(last.year);
  const parts = [`${last.year}: ${formatKr(last.amount)}`];
  if (trend !== null) parts.push(`${trend >= 0 ? '+' : ''}${formatPercent(trend)} fra ${last.year - 1}`);
  if (last.perInhabitant !== null) parts.push(`${formatKr(last.perInhabitant)} pr. indbygger`);
  if (level !== null && comparison) parts.push(`${comparison.label}: ${formatKr(level)} pr. indbygger`);
  if (regime === 'aconto2019') parts.push('aktivitetsbaseret skyggetal; betalingen er a conto');
  // Every figure carries its source; demo figures say they are synthetic, as on the co-financing page.
  const sources = overview.imports
    .filter((i) => !i.superseded)
    .map((i) => `${i.sourceKind}: ${i.sourceText}${i.synthetic ? ` (${cofinancingUi.syntheticLabel})` : ''}`);
  if (sources.length) parts.push(`${cofinancingUi.source}: ${[...new Set(sources)].join('; ')}`);
  return {
    threshold: overview.deviationThreshold,
    year: last.year,
    amount: last.amount,
    trend,
    perInhabitant: last.perInhabitant,
    comparisonLabel: comparison?.label ?? null,
    comparisonPerInhabitant: level,
    summary: parts.join(' · '),
  };
}

export async function comparisonSets(ctx: Context) {
  const municipalityId = municipalityOf(ctx);
  const [sets, all] = await Promise.all([
    ctx.db.cofinancingComparisonSet.findMany({ where: { municipalityId }, orderBy: { name: 'asc' } }),
    ctx.db.municipality.findMany({ select: { id: true, name: true, code: true } }),
  ]);
  const byId = new Map(all.map((a) => [a.id, a]));
  return sets.map((s) => ({
    ...s,
    members: s.memberIds.map((id) => byId.get(id)?.name ?? id),
    memberCodes: s.memberIds.map((id) => byId.get(id)?.code ?? ''),
  }));
}

const setValues = (set: { name: string; note: string | null; memberIds: string[] }, codeOf: Map<string, string>) => ({
  name: set.name,
  note: set.note,
  memberCodes: set.memberIds.map((id) => codeOf.get(id) ?? ''),
});

/** Creates a set or changes one against the version read (ADR 016); the name is unique per municipality. */
export async function saveComparisonSet(
  ctx: Context,
  input: { id?: string | null; version?: number | null; name: string; memberCodes: string[]; note?: string | null },
) {
  const municipalityId = municipalityOf(ctx);
  const name = input.name.trim();
  const note = input.note?.trim() || null;
  const codes = [...new Set(input.memberCodes.map((c) => c.trim()))];
  const issues = [];
  if (!name) issues.push({ path: 'input.name', message: m.setNameRequired });
  else if (name.length > 100) issues.push({ path: 'input.name', message: m.setNameTooLong });
  if (note && note.length > 1000) issues.push({ path: 'input.note', message: m.setNoteTooLong });
  const found = await ctx.db.municipality.findMany({ where: { code: { in: codes }, kind: 'MUNICIPALITY' } });
  if (!codes.length) issues.push({ path: 'input.memberCodes', message: m.setMembersRequired });
  for (const code of codes)
    if (!found.some((f) => f.code === code))
      issues.push({ path: 'input.memberCodes', message: `Kommuner: ${m.unknownMunicipality(code)}` });
  if (name) {
    const same = await ctx.db.cofinancingComparisonSet.findFirst({
      where: {
        municipalityId,
        name: { equals: name, mode: 'insensitive' },
        ...(input.id ? { id: { not: input.id } } : {}),
      },
    });
    if (same) issues.push({ path: 'input.name', message: m.setNameTaken(name) });
  }
  if (input.id && !Number.isInteger(input.version))
    issues.push({ path: 'input.version', message: m.setVersionRequired });
  if (issues.length) throw validationError(issues);
  const memberIds = codes.map((c) => found.find((f) => f.code === c)!.id);
  const codeOf = new Map(found.map((f) => [f.id, f.code!]));
  const id = await ctx.db.$transaction(async (tx) => {
    if (!input.id) {
      const created = await tx.cofinancingComparisonSet.create({ data: { municipalityId, name, memberIds, note } });
      return created.id;
    }
    const updated = await tx.cofinancingComparisonSet.updateMany({
      where: { id: input.id, municipalityId, version: input.version! },
      data: { name, memberIds, note, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const row = await tx.cofinancingComparisonSet.findFirst({ where: { id: input.id, municipalityId } });
      if (row) {
        const all = await tx.municipality.findMany({ where: { id: { in: row.memberIds } } });
        for (const a of all) codeOf.set(a.id, a.code ?? '');
      }
      throw staleOrMissing('comparisonSet', row, (r) => setValues(r, codeOf));
    }
    return input.id;
  });
  const sets = await comparisonSets(ctx);
  return sets.find((s) => s.id === id)!;
}

export async function setThreshold(ctx: Context, percent: number, version: number) {
  const municipalityId = municipalityOf(ctx);
  if (!(percent >= 1 && percent <= 100)) throw validationError([{ path: 'percent', message: m.thresholdInvalid }]);
  return ctx.db.$transaction(async (tx) => {
    const current = await tx.cofinancingSetting.findUnique({ where: { municipalityId } });
    if ((current?.version ?? 0) !== version) throw new AppError('CONFLICT', errorMessages.conflict);
    const saved = await tx.cofinancingSetting.upsert({
      where: { municipalityId },
      create: { municipalityId, deviationThreshold: percent / 100, version: 1 },
      update: { deviationThreshold: percent / 100, version: { increment: 1 } },
    });
    return saved.version;
  });
}
