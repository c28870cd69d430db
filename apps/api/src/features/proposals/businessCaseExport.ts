// GET /api/business-cases/:id.xlsx: a saved business case as an Excel workbook (issue 14 item 5, ADR 047):
// key figures with payback in words, the year table, who gains, the latest assumptions with their sources,
// and every version. Readers of the case's municipality (staff unit, director, project leads); roles and
// rows checked here, by hand, as for the other exports (ADR 015).
import type { BusinessCaseReport } from '@sundhed/calc';
import {
  ASSUMPTION_RULES,
  errorMessages,
  paybackText,
  proposalMessages as pm,
  type BusinessCaseAssumptions,
} from '@sundhed/shared';
import { Router, type Request, type Response } from 'express';
import { loadSessionUser, readSessionToken } from '../../auth/session';
import type { Db } from '../../db/prisma';
import { sheet, xlsxBuffer, type Book } from '../projects/portfolioExport';

const KR = '#,##0" kr."';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const READERS = new Set(['sundhedsstab', 'direktoer', 'projektleder']);
const x = pm.export;

type Case = NonNullable<Awaited<ReturnType<typeof loadCase>>>;

const loadCase = (db: Db, id: string, municipalityId: string) =>
  db.savedBusinessCase.findFirst({
    where: { id, municipalityId },
    include: { versions: { orderBy: { number: 'desc' }, include: { user: { select: { name: true } } } } },
  });

function figures(book: Book, c: Case, r: BusinessCaseReport) {
  sheet(
    book,
    x.resultSheet,
    [
      { header: x.what, key: 'what', width: 40 },
      { header: x.value, key: 'value', numFmt: KR, width: 20 },
    ],
    [
      { what: c.name, value: null },
      { what: x.npv, value: r.npv },
      { what: x.pvGains, value: r.pvGains },
      { what: x.pvCosts, value: r.pvCosts },
      { what: x.payback, value: paybackText(r.payback.undiscounted, r.years.length - 1) },
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
    Object.entries(r.byBearer).map(([bearer, b]) => ({ bearer, gains: b.pvGains, costs: b.pvCosts, npv: b.npv })),
  );
}

function assumptionRows(a: BusinessCaseAssumptions) {
  const sources = new Map(a.sources.map((s) => [s.key, s.source ?? '']));
  const scalars = Object.entries(ASSUMPTION_RULES).map(([key, rule]) => ({
    what: pm.labels[key as keyof typeof pm.labels],
    value: (a as unknown as Record<string, unknown>)[key] ?? null,
    unit: pm.units[rule.unit],
    source: sources.get(key) ?? '',
  }));
  const lines = (kind: 'costs' | 'gains') =>
    a[kind].map((l) => ({
      what: `${kind === 'costs' ? x.cost : x.gain}: ${l.label}`,
      value: l.toBeFilled ? x.toBeFilled : (l.amountKr ?? (l.priceId ? x.fromCatalogue : null)),
      unit: 'kr.',
      source: l.source ?? '',
    }));
  return [...scalars, ...lines('costs'), ...lines('gains')];
}

export async function businessCaseWorkbook(book: Book, c: Case): Promise<void> {
  const r = c.result as BusinessCaseReport | null;
  if (r) figures(book, c, r);
  const latest = c.versions[0];
  if (latest)
    sheet(
      book,
      x.assumptionsSheet,
      [
        { header: x.what, key: 'what', width: 45 },
        { header: x.value, key: 'value', width: 16 },
        { header: x.unit, key: 'unit', width: 8 },
        { header: x.source, key: 'source', width: 50 },
      ],
      assumptionRows(latest.assumptions as unknown as BusinessCaseAssumptions),
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
    c.versions.map((v) => ({ number: v.number, reason: v.reason, by: v.user?.name ?? '', when: v.createdAt })),
  );
}

export function businessCaseExportRouter(db: Db): Router {
  const router = Router();
  router.get('/:id.xlsx', async (req: Request, res: Response, next: (e: unknown) => void) => {
    try {
      const user = await loadSessionUser(db, readSessionToken(req));
      if (!user) return void res.status(401).json({ error: errorMessages.unauthenticated });
      if (!READERS.has(user.role) || !user.municipalityId)
        return void res.status(403).json({ error: errorMessages.forbidden });
      const c = await loadCase(db, String(req.params.id), user.municipalityId);
      if (!c) return void res.status(404).json({ error: errorMessages.notFound });
      const buffer = await xlsxBuffer((book) => businessCaseWorkbook(book, c));
      res.setHeader('Content-Type', XLSX);
      res.setHeader('Content-Disposition', `attachment; filename="${x.filename}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(buffer);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
