// The quarterly report for Social- og Sundhedsudvalget (issue 9, deliverable 7), assembled once for both
// the GraphQL query and the PDF (pdfRoute.ts). A quarter is reported when it has ended, and judged as at its
// close: the late rules of packages/shared/src/followUp.ts and attention.ts run with "today" set to the
// first day after the quarter, so a milestone due on the quarter's last day and not done is late, and the
// missing status report is the quarter's own (ADR 029). Every figure carries a footnote to its source.
import {
  dateToIso,
  fieldLabels,
  formatDate,
  formatQuarter,
  milestoneDue,
  milestoneTimeliness,
  projectMessages as pm,
  quarterEnd,
  reportMessages as rm,
  today,
  ui,
  validationMessages as vm,
  type FieldIssue,
  type MilestoneTimeliness,
  type Quarter,
} from '@sundhed/shared';
import type { Milestone, Source } from '../../__generated__/prisma/client';
import type {
  QuarterlyReport,
  ReportBudgetLine,
  ReportIndicator,
  ReportMilestone,
  ReportProject,
  ReportTheme,
} from '../../__generated__/graphql';
import type { Db } from '../../db/prisma';
import { validationError } from '../../graphql/errors';
import { attentionItemsAsOf } from '../projects/attention';

const FIRST_YEAR = 2000;
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date | null) => (d ? dateToIso(d) : null);
const statusLabel = (s: string) => (ui.status as Record<string, string>)[s] ?? s;

/** The quarter's first day, last day and the day after it (when the late rules judge it). */
export function quarterPeriod(q: Quarter): { start: string; end: string; asOf: string } {
  const start = `${q.year}-${pad(q.quarter * 3 - 2)}-01`;
  const asOf = q.quarter === 4 ? `${q.year + 1}-01-01` : `${q.year}-${pad(q.quarter * 3 + 1)}-01`;
  return { start, end: quarterEnd(q), asOf };
}

/** Refuses what is not a finished quarter, with a Danish message per field (BAD_USER_INPUT). */
export function validateQuarter(year: number, quarter: number, day = today()): Quarter {
  const issues: FieldIssue[] = [];
  const thisYear = Number(day.slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > thisYear)
    issues.push({ path: 'year', message: `${fieldLabels.year} ${vm.yearRange(FIRST_YEAR, thisYear)}` });
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)
    issues.push({ path: 'quarter', message: `${fieldLabels.quarter} ${vm.quarterRange}` });
  if (issues.length === 0 && quarterPeriod({ year, quarter }).asOf > day)
    issues.push({ path: 'quarter', message: rm.quarterNotFinished(formatQuarter(year, quarter)) });
  if (issues.length) throw validationError(issues);
  return { year, quarter };
}

/** A source as one Danish line: "Title, section, 26.4.2023". */
export function sourceText(s: Source): string {
  return [s.title, s.section, s.date ? formatDate(s.date) : null].filter(Boolean).join(', ');
}

/** Numbers sources in the order the report first cites them. */
class Footnotes {
  private readonly byKey = new Map<string, number>();
  readonly list: { number: number; text: string; url: string | null }[] = [];
  constructor(private readonly sources: Map<string, Source>) {}

  private add(key: string, text: string, url: string | null): number {
    let n = this.byKey.get(key);
    if (n === undefined) {
      n = this.list.length + 1;
      this.byKey.set(key, n);
      this.list.push({ number: n, text, url });
    }
    return n;
  }

  /** The footnote of a stored source; null when the record states none. */
  source(id: string | null): number | null {
    const s = id ? this.sources.get(id) : undefined;
    return s ? this.add(`source:${s.id}`, sourceText(s), s.url) : null;
  }

  /** The footnote of a figure the app computes or a record written in the app. */
  computed(key: string, text: string): number {
    return this.add(`computed:${key}`, text, null);
  }
}

interface Judged {
  row: ReportMilestone;
  due: string;
  timeliness: MilestoneTimeliness;
  completedOn: string | null;
}

/** Judges a milestone at the quarter's close. */
function judge(m: Milestone, asOf: string, notes: Footnotes): Judged {
  const dated = { year: m.year, quarter: m.quarter, date: iso(m.date) };
  const due = milestoneDue(dated);
  const completedOn = iso(m.completedOn);
  const timeliness = milestoneTimeliness({ ...dated, status: m.status, completedOn }, asOf);
  return {
    due,
    timeliness,
    completedOn,
    row: {
      id: m.id,
      text: m.text,
      due,
      timeliness,
      timelinessLabel: pm.timeliness[timeliness] ?? timeliness,
      completedOn,
      footnote: notes.source(m.sourceId),
    },
  };
}

/** Milestones the quarter is about: due in it, late at its close, or done in it; by due day. */
function quarterMilestones(milestones: Milestone[], p: { start: string; end: string; asOf: string }, notes: Footnotes) {
  const judged = milestones
    .map((m) => judge(m, p.asOf, notes))
    .filter(
      (j) =>
        (j.due >= p.start && j.due <= p.end) ||
        j.timeliness === 'LATE' ||
        (j.completedOn !== null && j.completedOn >= p.start && j.completedOn <= p.end),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.row.text.localeCompare(b.row.text, 'da'));
  return {
    rows: judged.map((j) => j.row),
    dueCount: judged.filter((j) => j.due >= p.start && j.due <= p.end).length,
    lateCount: judged.filter((j) => j.timeliness === 'LATE').length,
    doneCount: judged.filter((j) => j.completedOn !== null && j.completedOn >= p.start && j.completedOn <= p.end)
      .length,
  };
}

/** Reads what the report needs (a fixed number of statements) and assembles it. */
export async function buildQuarterlyReport(db: Db, municipalityId: string, q: Quarter): Promise<QuarterlyReport> {
  const period = quarterPeriod(q);
  const quarterLabel = formatQuarter(q.year, q.quarter);
  // What the report reads is "as at the quarter's close": its last day. The rules are judged on the day
  // after (asOf), which is not the date to print (Q3 closes on 30.9, not 1.10).
  const closeLabel = formatDate(period.end);
  const [themes, projects, budget, items] = await Promise.all([
    db.theme.findMany({
      where: { municipalityId },
      include: { milestones: true },
      orderBy: { code: 'asc' },
    }),
    db.project.findMany({
      where: {
        municipalityId,
        // Open during the quarter: not closed before it began, not started after it ended.
        AND: [
          { OR: [{ closedOn: null }, { closedOn: { gte: new Date(`${period.start}T00:00:00Z`) } }] },
          { OR: [{ startDate: null }, { startDate: { lte: new Date(`${period.end}T00:00:00Z`) } }] },
        ],
      },
      include: {
        ownerUnit: { select: { name: true } },
        milestones: true,
        statusReports: { where: { year: q.year, quarter: q.quarter }, include: { author: { select: { name: true } } } },
        indicators: {
          include: { values: { where: { year: q.year, OR: [{ quarter: q.quarter }, { quarter: null }] } } },
          orderBy: { name: 'asc' },
        },
      },
      orderBy: { name: 'asc' },
    }),
    db.budgetLine.findMany({
      where: { municipalityId, year: q.year },
      include: { theme: { select: { code: true, title: true } }, project: { select: { name: true } } },
      orderBy: [{ themeId: 'asc' }, { description: 'asc' }],
    }),
    attentionItemsAsOf({ db }, { municipalityId, unit: undefined, today: period.asOf }),
  ]);

  const sourceIds = new Set<string>();
  const want = (id: string | null) => void (id && sourceIds.add(id));
  for (const t of themes) {
    want(t.sourceId);
    t.milestones.forEach((m) => want(m.sourceId));
  }
  for (const p of projects) {
    want(p.sourceId);
    p.milestones.forEach((m) => want(m.sourceId));
    p.statusReports.forEach((r) => want(r.sourceId));
    for (const i of p.indicators) {
      want(i.sourceId);
      i.values.forEach((v) => want(v.sourceId));
    }
  }
  budget.forEach((b) => (want(b.sourceId), want(b.actualSourceId)));
  const sources = new Map(
    (await db.source.findMany({ where: { id: { in: [...sourceIds] } } })).map((s) => [s.id, s] as const),
  );
  const notes = new Footnotes(sources);
  const lateNote = () => notes.computed('late', rm.computedSource(rm.lateRule, closeLabel));

  const themeRows: ReportTheme[] = themes.map((t) => {
    const footnote = notes.source(t.sourceId);
    const ms = quarterMilestones(t.milestones, period, notes);
    return {
      id: t.id,
      code: t.code,
      title: t.title,
      statusLabel: statusLabel(t.status),
      dueCount: ms.dueCount,
      lateCount: ms.lateCount,
      doneCount: ms.doneCount,
      milestones: ms.rows,
      footnote,
    };
  });

  // The attention rule, judged on the day after the quarter, names the projects that owed its report.
  const missing = new Set(items.filter((i) => i.kind === 'MISSING_STATUS_REPORT').map((i) => i.projectId));
  const projectRows: ReportProject[] = projects.map((p) => {
    const footnote = notes.source(p.sourceId);
    const report = p.statusReports[0];
    const ms = quarterMilestones(p.milestones, period, notes);
    return {
      id: p.id,
      name: p.name,
      ownerUnitName: p.ownerUnit?.name ?? null,
      statusLabel: statusLabel(p.status),
      statusReport: report
        ? {
            colour: report.colour,
            colourLabel: pm.reportColour[report.colour] ?? report.colour,
            text: report.text,
            authorName: report.author?.name ?? null,
            reportedAt: report.reportedAt,
            footnote:
              notes.source(report.sourceId) ??
              notes.computed(
                `report:${report.id}`,
                rm.writtenInApp(quarterLabel, report.author?.name ?? null, formatDate(report.reportedAt)),
              ),
          }
        : null,
      reportMissing: missing.has(p.id),
      lateMilestoneCount: ms.lateCount,
      milestones: ms.rows,
      footnote,
    };
  });

  const lateItems = items
    .filter((i) => i.kind !== 'STATUS_REPORT_DUE' && i.date < period.asOf)
    .map((i) => ({
      id: i.id,
      kind: i.kind,
      kindLabel: pm.attentionKind[i.kind] ?? i.kind,
      title: i.title,
      date: i.date,
      route: i.route,
      footnote: lateNote(),
    }));

  const num = (d: { toNumber(): number } | null) => (d == null ? null : d.toNumber());
  const indicators: ReportIndicator[] = projects.flatMap((p) =>
    p.indicators.flatMap((i) =>
      i.values
        .sort((a, b) => (a.quarter ?? 0) - (b.quarter ?? 0))
        .map((v) => ({
          id: v.id,
          projectName: p.name,
          name: i.name,
          unit: i.unit,
          baseline: num(i.baseline),
          target: num(i.target),
          periodLabel: v.quarter ? formatQuarter(v.year, v.quarter) : String(v.year),
          value: v.value.toNumber(),
          footnote: notes.source(v.sourceId),
          targetFootnote: notes.source(i.sourceId),
        })),
    ),
  );

  const budgetRows: ReportBudgetLine[] = budget.map((b) => ({
    id: b.id,
    ownerLabel: b.project ? b.project.name : b.theme ? `${b.theme.code}: ${b.theme.title}` : rm.notStated,
    description: b.description,
    amountKr: b.amountKr,
    actualKr: b.actualKr,
    differenceKr: b.amountKr !== null && b.actualKr !== null ? b.amountKr - b.actualKr : null,
    footnote: notes.source(b.sourceId),
    actualFootnote: notes.source(b.actualSourceId),
  }));
  const amountKr = budget.reduce((s, b) => s + (b.amountKr ?? 0), 0);
  const actualKr = budget.reduce((s, b) => s + (b.actualKr ?? 0), 0);

  return {
    year: q.year,
    quarter: q.quarter,
    quarterLabel,
    title: rm.title(quarterLabel),
    periodStart: period.start,
    periodEnd: period.end,
    asOf: period.asOf,
    themes: themeRows,
    projects: projectRows,
    lateItems,
    indicators,
    budget: budgetRows,
    budgetTotal: {
      amountKr,
      actualKr,
      differenceKr: amountKr - actualKr,
      footnote: budget.length ? notes.computed('total', rm.computedSource(rm.totalRule, closeLabel)) : null,
    },
    footnotes: notes.list,
  };
}
