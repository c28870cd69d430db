import {
  formatQuarter,
  dateToIso as dayIso,
  isoToDate,
  milestoneDue,
  milestoneTimeliness,
  missingStatusReport,
  projectMessages as pm,
  quarterEnd,
  today,
  type MilestoneTimeliness,
  type Quarter,
} from '@sundhed/shared';
import type {
  BudgetLine,
  Indicator,
  IndicatorValue,
  Milestone,
  Project,
  ProjectOwnership,
  StatusReport,
} from '../../__generated__/prisma/client';
import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { referenced } from '../../graphql/loaders';
import { sourceField } from '../../graphql/scope';
import { attentionItems } from './attention';
import * as followUp from './followUpService';
import { projectPortfolio, type ProjectWithRollup } from './portfolio';
import * as projects from './projectService';
import { createBudgetLine, createMilestone } from '../themes/themeService';

type Ctx = Context;

const iso = (d: Date | null) => (d ? dayIso(d) : null);
const source = (id: string | null, ctx: Ctx) => (id ? ctx.loaders.source.load(id) : null);
const num = (d: { toNumber(): number } | null) => (d == null ? null : d.toNumber());

/** Today by the shared clock, read once per request (Intl formatting per milestone showed in profiles). */
const days = new WeakMap<object, string>();
export function dayOf(ctx: Ctx): string {
  let day = days.get(ctx);
  if (!day) days.set(ctx, (day = today()));
  return day;
}

/** Timeliness per milestone row and day: `timeliness` and `timelinessLabel` ask for it twice per row. */
const timelinessMemo = new WeakMap<Milestone, { day: string; value: MilestoneTimeliness }>();

/** A milestone's timeliness by the shared clock (packages/shared/src/followUp.ts). */
export function timelinessOf(m: Milestone, day = today()): MilestoneTimeliness {
  const memo = timelinessMemo.get(m);
  if (memo?.day === day) return memo.value;
  const value = milestoneTimeliness(
    { year: m.year, quarter: m.quarter, date: iso(m.date), status: m.status, completedOn: iso(m.completedOn) },
    day,
  );
  timelinessMemo.set(m, { day, value });
  return value;
}

export const lateCount = (milestones: Milestone[], day = today()) =>
  milestones.filter((m) => timelinessOf(m, day) === 'LATE').length;

/** The first day a project is known to exist: start, else first ownership period, else creation. */
async function activeFrom(p: Project, ctx: Ctx): Promise<string> {
  if (p.startDate) return dayIso(p.startDate);
  const periods = await ctx.loaders.projectOwnership.load(p.id);
  const firsts = periods.map((o) => iso(o.fromDate)).filter((d): d is string => !!d);
  return firsts.sort()[0] ?? dayIso(p.createdAt);
}

async function missingReport(p: ProjectWithRollup, ctx: Ctx): Promise<Quarter | null> {
  if (p.rollup && !p.rollup.missing) return null;
  const reports = await ctx.loaders.projectStatusReports.load(p.id);
  return missingStatusReport(
    { status: p.status, closedOn: iso(p.closedOn), activeFrom: await activeFrom(p, ctx) },
    (q) => reports.some((r) => r.year === q.year && r.quarter === q.quarter),
    dayOf(ctx),
  );
}

async function missingFacts(p: Project, ctx: Ctx): Promise<string[]> {
  const [milestones, budget, indicators, reports] = await Promise.all([
    ctx.loaders.projectMilestones.load(p.id),
    ctx.loaders.projectBudgetLines.load(p.id),
    ctx.loaders.projectIndicators.load(p.id),
    ctx.loaders.projectStatusReports.load(p.id),
  ]);
  const missing: [string, boolean][] = [
    ['purpose', !p.purpose],
    ['targetGroup', !p.targetGroup],
    ['ownerUnit', !p.ownerUnitId],
    ['theme', !p.themeId],
    ['startDate', !p.startDate],
    ['milestones', !milestones.length],
    ['budgetLines', !budget.length],
    ['indicators', !indicators.length],
    ['statusReports', !reports.length],
    ['evaluation', !p.evaluationMethod && !p.evaluationResult && !p.evaluationDate && !p.evaluationUrl],
  ];
  return missing.filter(([, m]) => m).map(([key]) => pm.missingFact[key] ?? key);
}

export const projectResolvers = {
  Query: {
    projects: (_, __, ctx) => projects.listProjects(ctx),
    project: (_, { id }, ctx) => projects.findProject(ctx, id),
    projectPortfolio: (_, a, ctx) => projectPortfolio(ctx, a.filter, a.first, a.offset),
    attentionItems: (_, __, ctx) => attentionItems(ctx),
  },
  Mutation: {
    createProject: (_, a, ctx) => projects.createProject(ctx, a.input),
    updateProject: (_, a, ctx) => projects.updateProject(ctx, a.id, a.version, a.input),
    closeProject: (_, a, ctx) => projects.closeProject(ctx, a.id, a.version, a.input),
    moveProject: (_, a, ctx) => projects.moveProject(ctx, a.id, a.version, a.input),
    createProjectMilestone: (_, a, ctx) => createMilestone(ctx, { projectId: a.projectId }, a.input),
    createProjectBudgetLine: (_, a, ctx) => createBudgetLine(ctx, { projectId: a.projectId }, a.input),
    createStatusReport: (_, a, ctx) => followUp.createStatusReport(ctx, a.projectId, a.input),
    updateStatusReport: (_, a, ctx) => followUp.updateStatusReport(ctx, a.id, a.version, a.input),
    createIndicator: (_, a, ctx) => followUp.createIndicator(ctx, a.projectId, a.input),
    updateIndicator: (_, a, ctx) => followUp.updateIndicator(ctx, a.id, a.version, a.input),
    addIndicatorValue: (_, a, ctx) => followUp.addIndicatorValue(ctx, a.indicatorId, a.input),
    updateIndicatorValue: (_, a, ctx) => followUp.updateIndicatorValue(ctx, a.id, a.version, a.input),
  },
  Project: {
    ...sourceField,
    theme: (p: Project, _: unknown, ctx: Ctx) => (p.themeId ? ctx.loaders.theme.load(p.themeId) : null),
    ownerUnit: (p: Project, _: unknown, ctx: Ctx) => (p.ownerUnitId ? ctx.loaders.orgUnit.load(p.ownerUnitId) : null),
    ownership: (p: Project, _: unknown, ctx: Ctx) => ctx.loaders.projectOwnership.load(p.id),
    offers: async (p: Project, _: unknown, ctx: Ctx) =>
      (await ctx.loaders.projectOffers.load(p.id)).map((link) => link.offer),
    milestones: (p: Project, _: unknown, ctx: Ctx) => ctx.loaders.projectMilestones.load(p.id),
    budgetLines: (p: Project, _: unknown, ctx: Ctx) => ctx.loaders.projectBudgetLines.load(p.id),
    statusReports: (p: Project, _: unknown, ctx: Ctx) => ctx.loaders.projectStatusReports.load(p.id),
    latestStatusReport: async (p: Project, _: unknown, ctx: Ctx) =>
      (await ctx.loaders.projectStatusReports.load(p.id))[0] ?? null,
    indicators: (p: Project, _: unknown, ctx: Ctx) => ctx.loaders.projectIndicators.load(p.id),
    purposeSource: (p: Project, _: unknown, ctx: Ctx) => source(p.purposeSourceId, ctx),
    targetGroupSource: (p: Project, _: unknown, ctx: Ctx) => source(p.targetGroupSourceId, ctx),
    evaluationSource: (p: Project, _: unknown, ctx: Ctx) => source(p.evaluationSourceId, ctx),
    lateMilestoneCount: async (p: ProjectWithRollup, _: unknown, ctx: Ctx) =>
      p.rollup ? p.rollup.late : lateCount(await ctx.loaders.projectMilestones.load(p.id), dayOf(ctx)),
    missingStatusReport: (p: ProjectWithRollup, _: unknown, ctx: Ctx) => missingReport(p, ctx),
    missingFacts: (p: Project, _: unknown, ctx: Ctx) => missingFacts(p, ctx),
    changes: (p: Project, _: unknown, ctx: Ctx) => ctx.loaders.projectChanges.load(p.id),
  },
  ProjectOwnership: {
    ...sourceField,
    orgUnit: (o: ProjectOwnership, _: unknown, ctx: Ctx) => referenced(ctx.loaders.orgUnit.load(o.orgUnitId)),
  },
  QuarterRef: {
    label: (q: Quarter) => formatQuarter(q.year, q.quarter),
    endDate: (q: Quarter) => isoToDate(quarterEnd(q)),
  },
  StatusReport: {
    ...sourceField,
    quarterLabel: (r: StatusReport) => formatQuarter(r.year, r.quarter),
    colourLabel: (r: StatusReport) => pm.reportColour[r.colour] ?? r.colour,
    authorName: async (r: StatusReport, _: unknown, ctx: Ctx) =>
      r.authorId ? ((await ctx.loaders.staffName.load(r.authorId))?.name ?? null) : null,
  },
  Indicator: {
    ...sourceField,
    baseline: (i: Indicator) => num(i.baseline),
    target: (i: Indicator) => num(i.target),
    values: (i: Indicator, _: unknown, ctx: Ctx) => ctx.loaders.indicatorValues.load(i.id),
  },
  IndicatorValue: {
    ...sourceField,
    periodYear: (v: IndicatorValue) => v.year,
    periodQuarter: (v: IndicatorValue) => v.quarter,
    periodLabel: (v: IndicatorValue) => (v.quarter ? formatQuarter(v.year, v.quarter) : String(v.year)),
    value: (v: IndicatorValue) => v.value.toNumber(),
    enteredByName: async (v: IndicatorValue, _: unknown, ctx: Ctx) =>
      v.enteredById ? ((await ctx.loaders.staffName.load(v.enteredById))?.name ?? null) : null,
  },
  AttentionItem: {
    kindLabel: (i: { kind: string }) => pm.attentionKind[i.kind] ?? i.kind,
    date: (i: { date: string }) => isoToDate(i.date),
  },
} satisfies Resolvers;

/** Milestone and budget-line fields computed by the follow-up rules (used by the themes resolvers). */
export const followUpFieldResolvers = {
  Milestone: {
    due: (m: Milestone) => isoToDate(milestoneDue({ year: m.year, quarter: m.quarter, date: iso(m.date) })),
    timeliness: (m: Milestone, _: unknown, ctx: Ctx) => timelinessOf(m, dayOf(ctx)),
    timelinessLabel: (m: Milestone, _: unknown, ctx: Ctx) => pm.timeliness[timelinessOf(m, dayOf(ctx))] ?? '',
    changes: (m: Milestone, _: unknown, ctx: Ctx) => ctx.loaders.recordChanges.load(m.id),
  },
  BudgetLine: {
    actualSource: (b: BudgetLine, _: unknown, ctx: Ctx) => source(b.actualSourceId, ctx),
    overBudget: (b: BudgetLine) => b.amountKr != null && b.actualKr != null && b.actualKr > b.amountKr,
    changes: (b: BudgetLine, _: unknown, ctx: Ctx) => ctx.loaders.recordChanges.load(b.id),
  },
};
