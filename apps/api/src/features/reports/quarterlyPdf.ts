// The quarterly report as an A4 PDF for the committee system (ADR 029): the tagged pdfkit document of
// pdfParts.ts, with numbered sources as footnotes listed under "Kilder".
import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatKr,
  now,
  projectMessages as pm,
  reportMessages as rm,
} from '@sundhed/shared';
import type { QuarterlyReport, ReportMilestone } from '../../__generated__/graphql';
import { GREY, heading, list, paragraph, renderPdf, table, type Doc, type Struct } from './pdfParts';

const c = rm.columns;

const ref = (n: number | null | undefined) => (n ? ` [${n}]` : '');
const kr = (v: number | null | undefined) => (v == null ? rm.notStated : formatKr(v));
const num = (v: number | null | undefined, unit: string) => (v == null ? rm.notStated : `${formatDecimal(v)} ${unit}`);
const milestoneLine = (m: ReportMilestone) => `${m.text}${ref(m.footnote)}`;

/** Renders the report as a PDF file. */
export function quarterlyPdf(report: QuarterlyReport): Promise<Buffer> {
  return renderPdf(
    { title: report.title, subject: rm.pdfSubject, keywords: `${rm.committee}, ${report.quarterLabel}` },
    (doc, root) => draw(doc, root, report),
  );
}

function draw(doc: Doc, root: Struct, report: QuarterlyReport) {
  heading(doc, root, 'H1', report.title);
  paragraph(doc, root, rm.intro(report.quarterLabel, formatDate(report.periodEnd)));
  paragraph(doc, root, rm.generated(formatDateTime(now())), GREY);

  const late = report.themes.reduce((s, t) => s + t.lateCount, 0);
  heading(doc, root, 'H2', rm.sections.summary);
  paragraph(
    doc,
    root,
    [
      rm.summary.themes(report.themes.length),
      rm.summary.milestonesDue(report.themes.reduce((s, t) => s + t.dueCount, 0)),
      rm.summary.late(late),
      rm.summary.projects(report.projects.length),
      rm.summary.missingReports(report.projects.filter((p) => p.reportMissing).length),
      rm.summary.attention(report.lateItems.length),
    ].join(' · '),
  );

  heading(doc, root, 'H2', rm.sections.themes);
  const themeRows = report.themes.flatMap((t) => {
    const name = `${t.code}: ${t.title}${ref(t.footnote)}\n${t.statusLabel}; ${rm.themeCounts(t.dueCount, t.lateCount, t.doneCount)}`;
    if (t.milestones.length === 0) return [[name, rm.noMilestones, '', '']];
    return t.milestones.map((m, i) => [
      i === 0 ? name : '',
      milestoneLine(m),
      formatDate(m.due),
      m.completedOn ? `${m.timelinessLabel} ${formatDate(m.completedOn)}` : m.timelinessLabel,
    ]);
  });
  table(doc, root, [c.theme, c.milestone, c.due, c.state], [150, 193, 60, 80], themeRows);

  heading(doc, root, 'H2', rm.sections.projects);
  table(
    doc,
    root,
    [c.project, c.owner, c.report],
    [130, 110, 243],
    report.projects.map((p) => {
      const r = p.statusReport;
      const status = r
        ? `${r.colourLabel}: ${r.text}${ref(r.footnote)}\n${rm.reportedBy(r.authorName ?? null, formatDate(r.reportedAt))}`
        : p.reportMissing
          ? rm.missingReport(report.quarterLabel)
          : rm.notDue;
      const lateText = p.lateMilestoneCount ? `\n${rm.lateMilestones(p.lateMilestoneCount)}` : '';
      return [`${p.name}${ref(p.footnote)}\n${p.statusLabel}${lateText}`, p.ownerUnitName ?? rm.notStated, status];
    }),
  );

  heading(doc, root, 'H2', rm.sections.late);
  if (report.lateItems.length === 0) paragraph(doc, root, rm.noLate);
  else
    table(
      doc,
      root,
      [c.kind, c.item, c.date],
      [110, 313, 60],
      report.lateItems.map((i) => [i.kindLabel, `${i.title}${ref(i.footnote)}`, formatDate(i.date)]),
    );

  heading(doc, root, 'H2', rm.sections.indicators);
  if (report.indicators.length === 0) paragraph(doc, root, rm.noIndicators);
  else
    table(
      doc,
      root,
      [c.indicator, c.period, c.baseline, c.target, c.value],
      [173, 70, 80, 80, 80],
      report.indicators.map((i) => [
        `${i.name} (${i.projectName})`,
        i.periodLabel,
        num(i.baseline, i.unit),
        `${num(i.target, i.unit)}${ref(i.targetFootnote)}`,
        `${num(i.value, i.unit)}${ref(i.footnote)}`,
      ]),
    );

  heading(doc, root, 'H2', `${rm.sections.budget} ${report.year}`);
  if (report.budget.length === 0) paragraph(doc, root, rm.noBudget);
  else {
    const t = report.budgetTotal;
    table(
      doc,
      root,
      [c.budgetLine, c.budget, c.actual, c.difference],
      [213, 90, 90, 90],
      [
        ...report.budget.map((b) => [
          `${b.ownerLabel}: ${b.description}`,
          `${kr(b.amountKr)}${ref(b.footnote)}`,
          `${kr(b.actualKr)}${ref(b.actualFootnote)}`,
          kr(b.differenceKr),
        ]),
        [`${rm.total}${ref(t.footnote)}`, kr(t.amountKr), kr(t.actualKr), kr(t.differenceKr)],
      ],
    );
  }

  heading(doc, root, 'H2', rm.sections.sources);
  list(
    doc,
    root,
    report.footnotes.map((f) => `[${f.number}] ${f.text}${f.url ? `, ${f.url}` : ''}`),
  );
  if (report.footnotes.length === 0) paragraph(doc, root, pm.missing);
}
