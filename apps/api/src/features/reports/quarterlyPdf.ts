// The quarterly report as an A4 PDF for the committee system (ADR 029): pdfkit, tagged (PDF/UA subset:
// structure tree, headings, tables with header cells, language da-DK, the title shown as the window title),
// DejaVu Sans embedded (æøå and every other Danish letter), numbered sources as footnotes listed under
// "Kilder", page numbers as artifacts. Built fully in memory, so a failure still answers with an error.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
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
import { repoRoot } from '../../db/paths';

/** Resolves files of installed packages: the bundle's own require (build.mjs banner), Jest's, or one for tsx. */
const requirePackage: NodeJS.Require =
  typeof require === 'function' ? require : createRequire(join(repoRoot, 'apps/api/package.json'));
const fontFiles = new Map<string, Buffer>();
/** A DejaVu font file, read once per process (parsing it stays per document: pdfkit subsets per file). */
function font(file: string): Buffer {
  let data = fontFiles.get(file);
  if (!data)
    fontFiles.set(file, (data = readFileSync(requirePackage.resolve(['dejavu-fonts-ttf', 'ttf', file].join('/')))));
  return data;
}

const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
const GREY = '#444444';
const c = rm.columns;

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;
type Cell = string | { text: string; type: 'TH' };

const ref = (n: number | null | undefined) => (n ? ` [${n}]` : '');
const kr = (v: number | null | undefined) => (v == null ? rm.notStated : formatKr(v));
const num = (v: number | null | undefined, unit: string) => (v == null ? rm.notStated : `${formatDecimal(v)} ${unit}`);
const milestoneLine = (m: ReportMilestone) => `${m.text}${ref(m.footnote)}`;

function heading(doc: Doc, root: Struct, level: 'H1' | 'H2', text: string) {
  if (level === 'H2') doc.moveDown(0.8);
  // A heading close to the page's end moves to the next page with the table under it.
  if (level === 'H2' && doc.y > doc.page.height - doc.page.margins.bottom - 120) doc.addPage();
  doc
    .font(BOLD)
    .fontSize(level === 'H1' ? 17 : 13)
    .fillColor('black')
    .text(text, { structParent: root, structType: level });
  doc.moveDown(0.3).font(REGULAR).fontSize(9);
}

function paragraph(doc: Doc, root: Struct, text: string, colour = 'black') {
  doc.font(REGULAR).fontSize(9).fillColor(colour).text(text, { structParent: root, structType: 'P' });
  doc.fillColor('black');
}

/** A table with a header row of TH cells; columns as widths in points (the page's text width is 483). */
function table(doc: Doc, root: Struct, headers: string[], widths: number[], rows: string[][]) {
  const header: Cell[] = headers.map((h) => ({ text: h, type: 'TH' }));
  doc.font(REGULAR).fontSize(8.5);
  const options = {
    structParent: root,
    columnStyles: widths,
    defaultStyle: { padding: 3, border: 0.5, borderColor: '#999999' },
    rowStyles: (i: number) => (i === 0 ? { font: { src: BOLD }, backgroundColor: '#eeeeee' } : undefined),
    data: [header, ...rows],
  };
  doc.table(options);
  doc.x = doc.page.margins.left;
  doc.moveDown(0.5);
}

function pageNumbers(doc: Doc) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor(GREY)
      .text(rm.page(i + 1, range.count), doc.page.margins.left, doc.page.height - 40, {
        width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
        align: 'right',
        lineBreak: false,
      });
    doc.endMarkedContent();
    doc.page.margins.bottom = bottom;
  }
}

/** Renders the report as a PDF file. */
export function quarterlyPdf(report: QuarterlyReport): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 60, left: 56, right: 56 },
    pdfVersion: '1.7',
    tagged: true,
    // pdfkit supports PDF/UA (XMP pdfuaid, structure, language); @types/pdfkit lists only PDF/A.
    subset: 'PDF/UA' as PDFKit.Mixins.PDFSubsets,
    lang: 'da-DK',
    displayTitle: true,
    bufferPages: true,
    info: {
      Title: report.title,
      Author: 'Sundhedsoverblik, Ishøj Kommune',
      Subject: rm.pdfSubject,
      Keywords: `${rm.committee}, ${report.quarterLabel}`,
      CreationDate: now(),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont(REGULAR, font('DejaVuSans.ttf'));
  doc.registerFont(BOLD, font('DejaVuSans-Bold.ttf'));
  const root = doc.struct('Document');
  doc.addStructure(root);

  heading(doc, root, 'H1', report.title);
  paragraph(doc, root, rm.intro(report.quarterLabel, formatDate(report.asOf)));
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
  const list = doc.struct('L');
  root.add(list);
  for (const f of report.footnotes) {
    const item = doc.struct('LI');
    list.add(item);
    doc
      .font(REGULAR)
      .fontSize(8)
      .text(`[${f.number}] ${f.text}${f.url ? `, ${f.url}` : ''}`, { structParent: item, structType: 'LBody' });
    item.end();
  }
  list.end();
  if (report.footnotes.length === 0) paragraph(doc, root, pm.missing);

  pageNumbers(doc);
  root.end();
  doc.end();
  return done;
}
