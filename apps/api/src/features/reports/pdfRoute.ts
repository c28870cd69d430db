// GET /api/reports/quarterly.pdf?year=2026&quarter=4: the quarterly report as a PDF for the signed-in
// staff unit and director (session cookie, as for /graphql). Roles are checked here, by hand, as for the
// Excel exports (ADR 015: REST surfaces keep their own checks); a bad quarter answers 400 with the same
// Danish messages as the GraphQL query.
import { errorMessages } from '@sundhed/shared';
import { Router } from 'express';
import type { Db } from '../../db/prisma';
import { loadSessionUser, readSessionToken } from '../../auth/session';
import { AppError } from '../../graphql/errors';
import { buildQuarterlyReport, validateQuarter } from './quarterlyReport';
import { quarterlyPdf } from './quarterlyPdf';

const ROLES: ReadonlySet<string> = new Set(['sundhedsstab', 'direktoer']);

/** A query parameter as a whole number, NaN when absent or not a plain integer. */
const intParam = (v: unknown) => (typeof v === 'string' && /^-?\d{1,6}$/.test(v) ? Number(v) : NaN);

export function reportRouter(db: Db): Router {
  const router = Router();
  router.get('/quarterly.pdf', async (req, res, next) => {
    try {
      const user = await loadSessionUser(db, readSessionToken(req));
      if (!user) return void res.status(401).json({ error: errorMessages.unauthenticated });
      if (!ROLES.has(user.role) || !user.municipalityId)
        return void res.status(403).json({ error: errorMessages.forbidden });
      let quarter;
      try {
        quarter = validateQuarter(intParam(req.query.year), intParam(req.query.quarter));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        return void res.status(400).json({ error: error.message, code: 'BAD_USER_INPUT', fields: error.fields });
      }
      const report = await buildQuarterlyReport(db, user.municipalityId, quarter);
      const pdf = await quarterlyPdf(report);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="kvartalsrapport-${quarter.year}-${quarter.quarter}.pdf"`,
      );
      res.setHeader('Cache-Control', 'no-store');
      res.send(pdf);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
