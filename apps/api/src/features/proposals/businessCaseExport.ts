// GET /api/business-cases/:id.xlsx and GET /api/business-cases/:id.pdf (?version=N for an earlier version):
// a saved business case as an Excel workbook (issue 14 item 5, ADR 047) and as a PDF for the committee
// (ADR 051), both rendered from one assembly (businessCaseContent.ts). Readers of the case's municipality
// (staff unit, director, project leads); roles and rows checked here, by hand, as for the other exports
// (ADR 015).
import { errorMessages, proposalMessages as pm } from '@sundhed/shared';
import { Router, type Request, type Response } from 'express';
import { loadSessionUser, readSessionToken } from '../../auth/session';
import type { Db } from '../../db/prisma';
import { sheet, xlsxBuffer, type Book } from '../projects/portfolioExport';
import { caseContent, loadCase, type CaseContent } from './businessCaseContent';
import { businessCasePdf } from './businessCasePdf';

const KR = '#,##0" kr."';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const READERS = new Set(['sundhedsstab', 'direktoer', 'projektleder']);
const x = pm.export;

function figures(book: Book, content: CaseContent) {
  const r = content.result;
  if (!r) return;
  sheet(
    book,
    x.resultSheet,
    [
      { header: x.what, key: 'what', width: 40 },
      { header: x.value, key: 'value', numFmt: KR, width: 20 },
    ],
    [
      { what: content.name, value: null },
      { what: x.npv, value: r.npv },
      { what: x.pvGains, value: r.pvGains },
      { what: x.pvCosts, value: r.pvCosts },
      { what: x.payback, value: content.payback },
    ],
  );
  sheet(
    book,
    x.yearsSheet,
    [
      { header: x.year, key: 'year', width: 8 },
      { header: x.gains, key: 'gains', numFmt: KR },
      { header: x.costs, key: 'costs', numFmt: KR },
      { header: x.net, key: 'net', numFmt: KR },
      { header: x.cumulativeDiscounted, key: 'cumulative', numFmt: KR, width: 24 },
    ],
    r.years.map((y) => ({
      year: y.year,
      gains: y.gains,
      costs: y.costs,
      net: y.net,
      cumulative: y.cumulativeDiscountedNet,
    })),
  );
  sheet(
    book,
    x.bearersSheet,
    [
      { header: x.bearer, key: 'bearer', width: 14 },
      { header: x.pvGains, key: 'gains', numFmt: KR },
      { header: x.pvCosts, key: 'costs', numFmt: KR },
      { header: x.npv, key: 'npv', numFmt: KR },
    ],
    content.bearers,
  );
}

export async function businessCaseWorkbook(book: Book, content: CaseContent): Promise<void> {
  figures(book, content);
  if (content.version)
    sheet(
      book,
      x.assumptionsSheet,
      [
        { header: x.what, key: 'what', width: 45 },
        { header: x.value, key: 'value', width: 16 },
        { header: x.unit, key: 'unit', width: 8 },
        { header: x.source, key: 'source', width: 50 },
      ],
      content.assumptions,
    );
  sheet(
    book,
    x.versionsSheet,
    [
      { header: x.version, key: 'number', width: 10 },
      { header: x.reason, key: 'reason', width: 50 },
      { header: x.by, key: 'by', width: 25 },
      { header: x.when, key: 'when', width: 20 },
    ],
    content.versions.map((v) => ({
      number: v.number,
      reason: v.reason,
      by: v.user?.name ?? pm.versionFromDocuments,
      when: v.createdAt,
    })),
  );
}

/** `?version=` as a whole number; undefined when absent, NaN when not a plain positive integer. */
const versionParam = (v: unknown) =>
  v === undefined ? undefined : typeof v === 'string' && /^\d{1,6}$/.test(v) ? Number(v) : NaN;

/** A route answering a file of a case its reader may see; 401, 403 and 404 in Danish. */
function caseFile(
  db: Db,
  render: (content: CaseContent) => Promise<Buffer>,
  type: string,
  filename: (content: CaseContent, version: number | undefined) => string,
) {
  return async (req: Request, res: Response, next: (e: unknown) => void) => {
    try {
      const user = await loadSessionUser(db, readSessionToken(req));
      if (!user) return void res.status(401).json({ error: errorMessages.unauthenticated });
      if (!READERS.has(user.role) || !user.municipalityId)
        return void res.status(403).json({ error: errorMessages.forbidden });
      const version = versionParam(req.query.version);
      const c = await loadCase(db, String(req.params.id), user.municipalityId);
      if (!c) return void res.status(404).json({ error: errorMessages.notFound });
      const content = Number.isNaN(version) ? null : await caseContent(db, c, version);
      if (!content) return void res.status(404).json({ error: pm.versionUnknown });
      const buffer = await render(content);
      res.setHeader('Content-Type', type);
      res.setHeader('Content-Disposition', `attachment; filename="${filename(content, version)}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(buffer);
    } catch (error) {
      next(error);
    }
  };
}

export function businessCaseExportRouter(db: Db): Router {
  const router = Router();
  router.get(
    '/:id.xlsx',
    caseFile(
      db,
      (content) => xlsxBuffer((book) => businessCaseWorkbook(book, content)),
      XLSX,
      () => x.filename,
    ),
  );
  router.get(
    '/:id.pdf',
    caseFile(db, businessCasePdf, 'application/pdf', (_, version) => pm.pdf.filename(version ?? null)),
  );
  return router;
}
