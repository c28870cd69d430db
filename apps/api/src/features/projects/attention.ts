// "Kræver opmærksomhed" (issue 9): what the director must look at today and the staff unit's work queue;
// a project lead sees the items of the projects its unit owns, plus the reminder that the current
// quarter's status report is due (from the quarter's last month). Each kind is one function returning
// items with a kind, a Danish title, the route where it is fixed and the day it refers to; a later issue
// adds its kind by adding a function to ATTENTION_SOURCES (and a value to AttentionKind).
import {
  cofinancingMessages,
  formatPercent,
  coursesEnded,
  storedScheduleDays,
  formatDate,
  formatKr,
  formatQuarter,
  inLastMonthOfQuarter,
  previousQuarter,
  projectMessages as pm,
  quarterEnd,
  quarterOf,
  REPORTING_STATUSES,
  lastCourseDay,
  today,
} from '@sundhed/shared';
import { Prisma } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { municipalityOf } from '../../graphql/scope';
import type { AttentionKind } from '../../__generated__/graphql';
import { dueSql, lateSql, missingReportSql, overrunSql, redSql } from './lateRules';
import { leadUnit } from './projectAccess';
import { cardFor } from '../cofinancing/overviewService';

/** An attention item as the rules find it; the resolvers add its Danish label (AttentionItem in the SDL). */
export interface AttentionRow {
  id: string;
  kind: AttentionKind;
  title: string;
  route: string;
  /** `yyyy-mm-dd` */
  date: string;
  projectId: string | null;
  themeId: string | null;
  offerId?: string | null;
}

export const projectRoute = (id: string) => `/projekter/${id}`;
export const themeRoute = (id: string) => `/temaer/${id}`;
export const offerRoute = (id: string) => `/tilbud/${id}`;
/** The cluster page, at the grant or the meeting where the follow-up is recorded. */
export const clusterGrantRoute = (id: string) => `/klynge#bevilling-${id}`;
export const clusterMeetingRoute = (id: string) => `/klynge#moede-${id}`;

/** What the rules read: only the database, so a REST route (the quarterly report's PDF) can use them too. */
type Reader = Pick<Context, 'db'>;

export interface Scope {
  municipalityId: string;
  /** A project lead's unit; undefined for the roles that see the whole municipality. */
  unit: string | null | undefined;
  today: string;
}

/** Projects in scope, as an SQL condition on alias `p`. */
const projectScope = (s: Scope) =>
  s.unit === undefined
    ? Prisma.sql`p."municipalityId" = ${s.municipalityId}`
    : Prisma.sql`p."municipalityId" = ${s.municipalityId} AND p."ownerUnitId" = ${s.unit ?? '-'}`;

const iso = (d: Date) => d.toISOString().slice(0, 10);

async function lateMilestones(ctx: Reader, s: Scope): Promise<AttentionRow[]> {
  const themes = s.unit === undefined;
  const rows = await ctx.db.$queryRaw<
    { id: string; text: string; due: Date; projectId: string | null; themeId: string | null; parent: string }[]
  >`
    SELECT m."id", m."text", ${dueSql('m')} AS "due", m."projectId", m."themeId", p."name" AS "parent"
      FROM "Milestone" m JOIN "Project" p ON p."id" = m."projectId"
     WHERE ${projectScope(s)} AND p."closedOn" IS NULL AND ${lateSql('m', s.today)}
    ${
      themes
        ? Prisma.sql`UNION ALL
    SELECT m."id", m."text", ${dueSql('m')}, m."projectId", m."themeId", t."code" || ': ' || t."title"
      FROM "Milestone" m JOIN "Theme" t ON t."id" = m."themeId"
     WHERE t."municipalityId" = ${s.municipalityId} AND ${lateSql('m', s.today)}`
        : Prisma.empty
    }`;
  return rows.map((r) => ({
    id: `LATE_MILESTONE:${r.id}`,
    kind: 'LATE_MILESTONE',
    title: pm.attentionTitle.lateMilestone(r.text, r.parent),
    route: r.projectId ? projectRoute(r.projectId) : themeRoute(r.themeId!),
    date: iso(r.due),
    projectId: r.projectId,
    themeId: r.themeId,
  }));
}

async function redProjects(ctx: Reader, s: Scope): Promise<AttentionRow[]> {
  const rows = await ctx.db.$queryRaw<{ id: string; name: string; year: number; quarter: number }[]>`
    SELECT p."id", p."name", r."year", r."quarter"
      FROM "Project" p
      JOIN LATERAL (SELECT r."year", r."quarter" FROM "StatusReport" r WHERE r."projectId" = p."id"
                     ORDER BY r."year" DESC, r."quarter" DESC LIMIT 1) r ON TRUE
     WHERE ${projectScope(s)} AND ${redSql('p')}`;
  return rows.map((r) => ({
    id: `RED_PROJECT:${r.id}`,
    kind: 'RED_PROJECT',
    title: pm.attentionTitle.redProject(r.name, formatQuarter(r.year, r.quarter)),
    route: projectRoute(r.id),
    date: quarterEnd(r),
    projectId: r.id,
    themeId: null,
  }));
}

async function missingReports(ctx: Reader, s: Scope): Promise<AttentionRow[]> {
  const last = previousQuarter(s.today);
  const rows = await ctx.db.$queryRaw<{ id: string; name: string }[]>`
    SELECT p."id", p."name" FROM "Project" p WHERE ${projectScope(s)} AND ${missingReportSql('p', s.today)}`;
  return rows.map((r) => ({
    id: `MISSING_STATUS_REPORT:${r.id}:${last.year}-${last.quarter}`,
    kind: 'MISSING_STATUS_REPORT',
    title: pm.attentionTitle.missingReport(r.name, formatQuarter(last.year, last.quarter)),
    route: projectRoute(r.id),
    date: quarterEnd(last),
    projectId: r.id,
    themeId: null,
  }));
}

/** The owner's reminder: from the quarter's last month, the current quarter's report is due. */
async function reportsDue(ctx: Reader, s: Scope): Promise<AttentionRow[]> {
  if (s.unit === undefined || !inLastMonthOfQuarter(s.today)) return [];
  const q = quarterOf(s.today);
  const rows = await ctx.db.$queryRaw<{ id: string; name: string }[]>`
    SELECT p."id", p."name" FROM "Project" p
     WHERE ${projectScope(s)} AND p."status"::text = ANY(${[...REPORTING_STATUSES]}::text[]) AND p."closedOn" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "StatusReport" r WHERE r."projectId" = p."id"
                        AND r."year" = ${q.year} AND r."quarter" = ${q.quarter})`;
  return rows.map((r) => ({
    id: `STATUS_REPORT_DUE:${r.id}:${q.year}-${q.quarter}`,
    kind: 'STATUS_REPORT_DUE',
    title: pm.attentionTitle.reportDue(r.name, formatQuarter(q.year, q.quarter)),
    route: projectRoute(r.id),
    date: quarterEnd(q),
    projectId: r.id,
    themeId: null,
  }));
}

async function budgetOverruns(ctx: Reader, s: Scope): Promise<AttentionRow[]> {
  const rows = await ctx.db.$queryRaw<
    {
      id: string;
      year: number;
      description: string;
      amountKr: number;
      actualKr: number;
      projectId: string | null;
      themeId: string | null;
    }[]
  >`
    SELECT b."id", b."year", b."description", b."amountKr", b."actualKr", b."projectId", b."themeId"
      FROM "BudgetLine" b LEFT JOIN "Project" p ON p."id" = b."projectId"
     WHERE b."municipalityId" = ${s.municipalityId} AND ${overrunSql('b')}
       AND ${s.unit === undefined ? Prisma.sql`TRUE` : Prisma.sql`p."ownerUnitId" = ${s.unit ?? '-'}`}`;
  return rows.map((r) => ({
    id: `BUDGET_OVERRUN:${r.id}`,
    kind: 'BUDGET_OVERRUN',
    title: pm.attentionTitle.overrun(r.description, r.year, formatKr(r.actualKr), formatKr(r.amountKr)),
    route: r.projectId ? projectRoute(r.projectId) : themeRoute(r.themeId!),
    date: `${r.year}-12-31`,
    projectId: r.projectId,
    themeId: r.themeId,
  }));
}

/** Offers still listed as running whose scheduled courses have all ended (the catalogue's rule). */
async function endedCourses(ctx: Reader, s: Scope): Promise<AttentionRow[]> {
  if (s.unit !== undefined) return []; // the offer catalogue is the staff unit's (and the director's)
  const offers = await ctx.db.offer.findMany({
    where: {
      municipalityId: s.municipalityId,
      status: { in: ['ACTIVE', 'TEMPORARILY_CLOSED'] },
      schedules: { some: { kind: 'COURSE' } },
    },
    select: { id: true, name: true, schedules: { select: { kind: true, validFrom: true, validTo: true } } },
  });
  return offers.flatMap((o) => {
    const days = storedScheduleDays(o.schedules);
    const last = lastCourseDay(days);
    if (!last || !coursesEnded(days, s.today)) return [];
    return [
      {
        id: `COURSES_ENDED:${o.id}`,
        kind: 'COURSES_ENDED' as const,
        title: pm.attentionTitle.coursesEnded(o.name, formatDate(last)),
        route: offerRoute(o.id),
        date: last,
        projectId: null,
        themeId: null,
        offerId: o.id,
      },
    ];
  });
}

/** Which cluster records a scope reads: the grants a municipality hosts, or all of a secretariat's cluster. */
type ClusterScope = { hostMunicipalityId: string } | { clusterId: string };

const followUpScope = (c: ClusterScope) =>
  'clusterId' in c
    ? Prisma.sql`f."clusterId" = ${c.clusterId}`
    : Prisma.sql`g."hostMunicipalityId" = ${c.hostMunicipalityId}`;

/** Open follow-up points due before today, of the grants (and their decisions) in scope. */
async function overdueFollowUps(ctx: Reader, c: ClusterScope, on: string): Promise<AttentionRow[]> {
  const rows = await ctx.db.$queryRaw<
    {
      id: string;
      text: string;
      due: Date;
      grantId: string | null;
      grant: string | null;
      item: string | null;
      meetingId: string | null;
    }[]
  >`
    SELECT f."id", f."text", f."dueDate" AS "due", f."grantId", g."title" AS "grant", a."title" AS "item", a."meetingId"
      FROM "FollowUp" f
      LEFT JOIN "Grant" g ON g."id" = f."grantId"
      LEFT JOIN "AgendaItem" a ON a."id" = f."agendaItemId"
     WHERE ${followUpScope(c)} AND f."status" = 'OPEN' AND f."dueDate" < ${on}::date`;
  return rows.map((r) => ({
    id: `CLUSTER_FOLLOW_UP_OVERDUE:${r.id}`,
    kind: 'CLUSTER_FOLLOW_UP_OVERDUE',
    title: pm.attentionTitle.followUpOverdue(r.text, r.grant ?? r.item ?? '', formatDate(iso(r.due))),
    route: r.grantId ? clusterGrantRoute(r.grantId) : clusterMeetingRoute(r.meetingId ?? ''),
    date: iso(r.due),
    projectId: null,
    themeId: null,
  }));
}

/** Grants with money (not split away) that have no follow-up point at all. */
async function grantsWithoutFollowUp(ctx: Reader, c: ClusterScope): Promise<AttentionRow[]> {
  const where =
    'clusterId' in c
      ? Prisma.sql`g."clusterId" = ${c.clusterId}`
      : Prisma.sql`g."hostMunicipalityId" = ${c.hostMunicipalityId}`;
  const rows = await ctx.db.$queryRaw<{ id: string; title: string; year: number }[]>`
    SELECT g."id", g."title", g."year" FROM "Grant" g
     WHERE ${where} AND coalesce(g."amountKr", 1) > 0
       AND NOT EXISTS (SELECT 1 FROM "FollowUp" f WHERE f."grantId" = g."id")`;
  return rows.map((r) => ({
    id: `GRANT_WITHOUT_FOLLOW_UP:${r.id}`,
    kind: 'GRANT_WITHOUT_FOLLOW_UP',
    title: pm.attentionTitle.grantWithoutFollowUp(r.title, r.year),
    route: clusterGrantRoute(r.id),
    date: `${r.year}-12-31`,
    projectId: null,
    themeId: null,
  }));
}

/** The host municipality's part: the grants it hosts (staff unit and director; not a project lead). */
async function hostedGrantItems(ctx: Reader, s: Scope): Promise<AttentionRow[]> {
  if (s.unit !== undefined) return [];
  const c = { hostMunicipalityId: s.municipalityId };
  return [...(await overdueFollowUps(ctx, c, s.today)), ...(await grantsWithoutFollowUp(ctx, c))];
}

/** The cluster secretariat's list: every grant and follow-up point of its cluster. */
export async function clusterAttentionItems(ctx: Reader, clusterId: string, on: string): Promise<AttentionRow[]> {
  const c = { clusterId };
  const items = [...(await overdueFollowUps(ctx, c, on)), ...(await grantsWithoutFollowUp(ctx, c))];
  return items.sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title, 'da'));
}

/**
 * Co-financing (issue 13): the last full year's kroner per inhabitant deviates from the comparison level
 * (the kommunesocialgruppe, else the first comparison set) by more than the staff unit's threshold.
 */
async function cofinancingDeviation(ctx: Reader, s: Scope): Promise<AttentionRow[]> {
  if (s.unit !== undefined) return [];
  const card = await cardFor(ctx, s.municipalityId, s.today);
  if (card.year === null || card.perInhabitant == null || !card.comparisonPerInhabitant || !card.comparisonLabel)
    return [];
  const deviation = (card.perInhabitant - card.comparisonPerInhabitant) / card.comparisonPerInhabitant;
  if (Math.abs(deviation) <= card.threshold) return [];
  return [
    {
      id: `COFINANCING_DEVIATION:${card.year}`,
      kind: 'COFINANCING_DEVIATION',
      title: cofinancingMessages.deviation(
        String(card.year),
        `${deviation > 0 ? '+' : ''}${formatPercent(deviation)}`,
        card.comparisonLabel,
      ),
      route: '/medfinansiering',
      date: `${card.year}-12-31`,
      projectId: null,
      themeId: null,
    },
  ];
}

/** Every kind of item; a later issue adds its own function here. */
const ATTENTION_SOURCES: ((ctx: Reader, s: Scope) => Promise<AttentionRow[]>)[] = [
  lateMilestones,
  redProjects,
  missingReports,
  reportsDue,
  budgetOverruns,
  endedCourses,
  hostedGrantItems,
  cofinancingDeviation,
];

/** All items, oldest day first (then by kind and title). */
export async function attentionItems(ctx: Context): Promise<AttentionRow[]> {
  return attentionItemsAsOf(ctx, { municipalityId: municipalityOf(ctx), unit: leadUnit(ctx), today: today() });
}

/**
 * The same rules judged on a given day instead of today: the quarterly report asks what was late at a
 * quarter's close (features/reports/quarterlyReport.ts).
 */
export async function attentionItemsAsOf(ctx: Reader, scope: Scope): Promise<AttentionRow[]> {
  const lists = await Promise.all(ATTENTION_SOURCES.map((source) => source(ctx, scope)));
  return lists
    .flat()
    .sort(
      (a, b) => a.date.localeCompare(b.date) || a.kind.localeCompare(b.kind) || a.title.localeCompare(b.title, 'da'),
    );
}
