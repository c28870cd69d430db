// A saved business case as an A4 PDF for Social- og Sundhedsudvalget (issue 14 item 5, ADR 051): the
// tagged pdfkit document of the quarterly report (reports/pdfParts.ts) with the content the Excel workbook
// has (businessCaseContent.ts): the proposal, the assumptions with unit and source, the results with
// payback in words, the net effect per year, who gains, the sensitivity and the sources; Danish formats.
import {
  formatDateTime,
  formatDecimal,
  formatKr,
  formatNumber,
  formatPercent,
  now,
  proposalMessages as pm,
  proposalsUi,
  ui,
} from '@sundhed/shared';
import { GREY, heading, list, paragraph, renderPdf, table, type Doc, type Struct } from '../reports/pdfParts';
import type { AssumptionRow, CaseContent } from './businessCaseContent';

const t = pm.pdf;
const x = pm.export;
const bc = ui.calculations.businessCase;
/** The tornado rows the summary shows (the rest move the result less). */
const SENSITIVITY_ROWS = 6;

const value = (r: AssumptionRow) =>
  r.value === null ? '' : typeof r.value === 'number' ? formatDecimal(r.value) : r.value;

function header(doc: Doc, root: Struct, c: CaseContent) {
  heading(doc, root, 'H1', t.title(c.name));
  paragraph(doc, root, t.subject);
  if (c.version)
    paragraph(
      doc,
      root,
      t.versionLine(
        c.version.number,
        formatDateTime(c.version.createdAt),
        c.version.user?.name ?? null,
        c.version.reason,
      ),
      GREY,
    );
  if (c.rerun) paragraph(doc, root, t.rerunLine(formatDateTime(c.rerun.at), c.rerun.reason), GREY);
  paragraph(doc, root, t.printed(formatDateTime(now())), GREY);

  heading(doc, root, 'H2', c.parent?.kind === 'project' ? t.sections.project : t.sections.proposal);
  const facts: string[][] = [];
  if (c.parent) {
    facts.push([c.parent.kind === 'project' ? t.parent.project : t.parent.proposal, c.parent.title]);
    if (c.parent.stageLabel) facts.push([t.parent.stage, c.parent.stageLabel]);
    if (c.parent.need) facts.push([proposalsUi.facts.need, c.parent.need]);
  }
  facts.push([t.parent.template, c.templateLabel]);
  table(doc, root, [x.what, x.value], [140, 343], facts);
}

function results(doc: Doc, root: Struct, c: CaseContent) {
  heading(doc, root, 'H2', t.sections.results);
  const r = c.result;
  if (!r) return paragraph(doc, root, t.noResult);
  if (c.payback) paragraph(doc, root, c.payback);
  table(
    doc,
    root,
    [x.what, x.value],
    [240, 243],
    [
      [x.npv, formatKr(r.npv)],
      [x.pvGains, formatKr(r.pvGains)],
      [x.pvCosts, formatKr(r.pvCosts)],
      [t.bcr, r.bcr === null ? bc.notWithinHorizon : formatDecimal(r.bcr)],
      [x.payback, c.payback ?? ''],
      [t.breakEven, r.breakEven.successes === null ? bc.notWithinHorizon : formatNumber(r.breakEven.successes, 1)],
    ],
  );

  heading(doc, root, 'H2', t.sections.years);
  table(
    doc,
    root,
    [x.year, x.gains, x.costs, x.net, x.cumulativeDiscounted],
    [43, 110, 110, 110, 110],
    r.years.map((y) => [
      String(y.year),
      formatKr(y.gains),
      formatKr(y.costs),
      formatKr(y.net),
      formatKr(y.cumulativeDiscountedNet),
    ]),
  );

  heading(doc, root, 'H2', t.sections.bearers);
  table(
    doc,
    root,
    [x.bearer, x.pvGains, x.pvCosts, x.npv],
    [93, 130, 130, 130],
    c.bearers.map((b) => [b.bearer, formatKr(b.gains), formatKr(b.costs), formatKr(b.npv)]),
  );

  heading(doc, root, 'H2', t.sections.sensitivity);
  if (c.sensitivity.length === 0) paragraph(doc, root, t.noSensitivity);
  else {
    paragraph(doc, root, t.tornadoIntro);
    table(
      doc,
      root,
      [bc.parameter, bc.npvLow, bc.npvHigh, bc.swing],
      [153, 110, 110, 110],
      c.sensitivity
        .slice(0, SENSITIVITY_ROWS)
        .map((s) => [s.name, formatKr(s.npvLow), formatKr(s.npvHigh), formatKr(s.swing)]),
    );
  }
  const mc = r.monteCarlo;
  if (mc)
    paragraph(
      doc,
      root,
      t.monteCarlo(
        formatNumber(mc.draws),
        formatPercent(mc.probabilityPositive),
        formatKr(mc.percentiles.p5),
        formatKr(mc.percentiles.p95),
      ),
    );
}

function draw(doc: Doc, root: Struct, c: CaseContent) {
  header(doc, root, c);
  heading(doc, root, 'H2', t.sections.assumptions);
  table(
    doc,
    root,
    [x.what, x.value, x.unit, x.source],
    [170, 110, 38, 165],
    c.assumptions.map((r) => [r.what, value(r), r.unit, r.source]),
  );
  results(doc, root, c);
  heading(doc, root, 'H2', t.sections.sources);
  if (c.sources.length) list(doc, root, c.sources);
  else paragraph(doc, root, t.noSources);
}

/** Renders the case as a PDF file. */
export function businessCasePdf(c: CaseContent): Promise<Buffer> {
  return renderPdf({ title: t.title(c.name), subject: t.subject, keywords: `${t.committee}, ${c.name}` }, (doc, root) =>
    draw(doc, root, c),
  );
}
