// The portfolio (issue 9): one page of projects by name with the filters and the late roll-ups, in ONE
// SQL statement (filters, roll-ups, total and page); the page's rows are then read by id, and their
// nested lists through the request's DataLoaders (one statement per list, whatever the page size).
import { today } from '@sundhed/shared';
import { Prisma, type Project } from '../../__generated__/prisma/client';
import type { PortfolioFilter } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { municipalityOf } from '../../graphql/scope';
import { leadUnit } from './projectAccess';
import { lateSql, missingReportSql, overrunSql, redSql } from './lateRules';

/** Roll-ups the portfolio statement computed, kept on the row so the field resolvers need no query. */
export interface Rollup {
  late: number;
  missing: boolean;
  red: boolean;
  overrun: boolean;
}
export type ProjectWithRollup = Project & { rollup?: Rollup };

const MAX_PAGE = 200;

export interface PortfolioScope {
  municipalityId: string;
  /** A project lead's unit; undefined for the roles that see the whole municipality. */
  unit: string | null | undefined;
  /** `yyyy-mm-dd` by the shared clock. */
  today: string;
}

/**
 * The one statement for filters, roll-ups, total and page (exported for the bench's EXPLAIN ANALYZE):
 * rows of `id`, the roll-ups and `total`, in page order.
 */
export function portfolioStatement(s: PortfolioScope, f: PortfolioFilter, take: number, skip: number): Prisma.Sql {
  const day = s.today;
  const where: Prisma.Sql[] = [Prisma.sql`p."municipalityId" = ${s.municipalityId}`];
  if (s.unit !== undefined) where.push(Prisma.sql`p."ownerUnitId" = ${s.unit ?? '-'}`);
  if (f.themeId) where.push(Prisma.sql`p."themeId" = ${f.themeId}`);
  if (f.ownerUnitId) where.push(Prisma.sql`p."ownerUnitId" = ${f.ownerUnitId}`);
  if (f.status?.length) where.push(Prisma.sql`p."status"::text = ANY(${f.status}::text[])`);
  if (!f.includeClosed) where.push(Prisma.sql`p."closedOn" IS NULL`);
  if (f.year) {
    const y = f.year;
    where.push(Prisma.sql`(
      EXISTS (SELECT 1 FROM "Milestone" m WHERE m."projectId" = p."id" AND m."year" = ${y})
      OR EXISTS (SELECT 1 FROM "BudgetLine" b WHERE b."projectId" = p."id" AND b."year" = ${y})
      OR EXISTS (SELECT 1 FROM "StatusReport" r WHERE r."projectId" = p."id" AND r."year" = ${y})
      OR (p."startDate" IS NOT NULL AND extract(year FROM p."startDate") <= ${y}
          AND (p."endDate" IS NULL OR extract(year FROM p."endDate") >= ${y})))`);
  }
  const rollups = Prisma.sql`
        (SELECT count(*)::int FROM "Milestone" m WHERE m."projectId" = p."id" AND ${lateSql('m', day)}) AS "late",
        ${missingReportSql('p', day)} AS "missing",
        ${redSql('p')} AS "red",
        EXISTS (SELECT 1 FROM "BudgetLine" b WHERE b."projectId" = p."id" AND ${overrunSql('b')}) AS "overrun"`;
  // With "kræver opmærksomhed" every matching project's roll-ups decide whether it is listed (computed once
  // per project: MATERIALIZED, or PostgreSQL inlines the CTE and computes the page's roll-ups again);
  // without it the page is cut first and the roll-ups are computed for its rows only.
  return f.needsAttention
    ? Prisma.sql`
        WITH base AS MATERIALIZED (SELECT p."id", p."name", ${rollups} FROM "Project" p WHERE ${Prisma.join(where, ' AND ')})
        SELECT "id", "late", "missing", "red", "overrun", count(*) OVER ()::int AS "total"
          FROM base WHERE "late" > 0 OR "missing" OR "red" OR "overrun"
         ORDER BY "name", "id" LIMIT ${take} OFFSET ${skip}`
    : Prisma.sql`
        WITH page AS (
          SELECT p."id", p."name", count(*) OVER ()::int AS "total" FROM "Project" p
           WHERE ${Prisma.join(where, ' AND ')} ORDER BY p."name", p."id" LIMIT ${take} OFFSET ${skip})
        SELECT p."id", page."total", ${rollups}
          FROM page JOIN "Project" p ON p."id" = page."id" ORDER BY page."name", page."id"`;
}

export async function projectPortfolio(
  ctx: Context,
  filter: PortfolioFilter | null | undefined,
  first: number,
  offset: number,
): Promise<{ totalCount: number; items: ProjectWithRollup[] }> {
  const scope = { municipalityId: municipalityOf(ctx), unit: leadUnit(ctx), today: today() };
  const take = Math.max(0, Math.min(first, MAX_PAGE));
  const skip = Math.max(0, offset);
  const rows = await ctx.db.$queryRaw<(Rollup & { id: string; total: number })[]>(
    portfolioStatement(scope, filter ?? {}, take, skip),
  );
  if (!rows.length) return { totalCount: 0, items: [] };
  const projects = await ctx.db.project.findMany({ where: { id: { in: rows.map((r) => r.id) } } });
  const byId = new Map(projects.map((p) => [p.id, p]));
  const items = rows.flatMap((r) => {
    const p = byId.get(r.id);
    if (!p) return [];
    ctx.loaders.project.prime(p.id, p);
    return [{ ...p, rollup: { late: r.late, missing: r.missing, red: r.red, overrun: r.overrun } }];
  });
  return { totalCount: rows[0]!.total, items };
}
