// GET /api/offers/export.csv: the municipality's offers as CSV for the signed-in staff unit and
// director (session cookie, as for /graphql).
import { errorMessages } from '@sundhed/shared';
import { Router } from 'express';
import type { Db } from '../../db/prisma';
import { loadSessionUser, readSessionToken } from '../../auth/session';
import { formatCsv } from './offerCsv';

const EXPORT_ROLES = new Set(['sundhedsstab', 'direktoer']);

export async function exportOffersCsv(db: Db, municipalityId: string): Promise<string> {
  const [offers, units] = await Promise.all([
    db.offer.findMany({ where: { municipalityId }, orderBy: { name: 'asc' } }),
    db.orgUnit.findMany({ where: { municipalityId }, select: { id: true, name: true } }),
  ]);
  return formatCsv(offers, new Map(units.map((u) => [u.id, u.name])));
}

export function offerCsvRouter(db: Db): Router {
  const router = Router();
  router.get('/export.csv', async (req, res, next) => {
    try {
      const user = await loadSessionUser(db, readSessionToken(req));
      if (!user) return void res.status(401).json({ error: errorMessages.unauthenticated });
      if (!EXPORT_ROLES.has(user.role) || !user.municipalityId)
        return void res.status(403).json({ error: errorMessages.forbidden });
      const csv = await exportOffersCsv(db, user.municipalityId);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="tilbud.csv"');
      res.setHeader('Cache-Control', 'no-store');
      res.send(csv);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
