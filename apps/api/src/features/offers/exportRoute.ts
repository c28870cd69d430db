// GET /api/offers/export.csv: the municipality's offers as CSV for the signed-in staff unit and
// director (session cookie, as for /graphql); /steder.csv and /tider.csv: their places and times, linked
// to the offers by ID (ADR 043).
import { errorMessages, today } from '@sundhed/shared';
import { Router } from 'express';
import type { Db } from '../../db/prisma';
import { loadSessionUser, readSessionToken } from '../../auth/session';
import { formatCsv } from './offerCsv';
import { formatPlacesCsv, formatTimesCsv } from './offerListsCsv';

const EXPORT_ROLES = new Set(['sundhedsstab', 'direktoer']);

export async function exportOffersCsv(db: Db, municipalityId: string): Promise<string> {
  const [offers, units] = await Promise.all([
    db.offer.findMany({
      where: { municipalityId },
      orderBy: { name: 'asc' },
      include: { schedules: { select: { kind: true, validFrom: true, validTo: true } } },
    }),
    db.orgUnit.findMany({ where: { municipalityId }, select: { id: true, name: true } }),
  ]);
  return formatCsv(offers, { units: new Map(units.map((u) => [u.id, u.name])), today: today() });
}

/** The municipality's offers with their places and times, for the linked files. */
async function offersWithLists(db: Db, municipalityId: string) {
  return db.offer.findMany({
    where: { municipalityId },
    orderBy: { name: 'asc' },
    include: {
      locations: { orderBy: { name: 'asc' } },
      schedules: { orderBy: [{ weekday: 'asc' }, { validFrom: 'asc' }, { opensAt: 'asc' }] },
    },
  });
}

const FILES: Record<string, { name: string; csv: (db: Db, municipalityId: string) => Promise<string> }> = {
  '/export.csv': { name: 'tilbud.csv', csv: exportOffersCsv },
  '/steder.csv': { name: 'steder.csv', csv: async (db, m) => formatPlacesCsv(await offersWithLists(db, m)) },
  '/tider.csv': { name: 'tider.csv', csv: async (db, m) => formatTimesCsv(await offersWithLists(db, m)) },
};

export function offerCsvRouter(db: Db): Router {
  const router = Router();
  for (const [path, file] of Object.entries(FILES)) {
    router.get(path, async (req, res, next) => {
      try {
        const user = await loadSessionUser(db, readSessionToken(req));
        if (!user) return void res.status(401).json({ error: errorMessages.unauthenticated });
        if (!EXPORT_ROLES.has(user.role) || !user.municipalityId)
          return void res.status(403).json({ error: errorMessages.forbidden });
        const csv = await file.csv(db, user.municipalityId);
        res.setHeader('Content-Type', 'text/csv; charset=utf-8');
        res.setHeader('Content-Disposition', `attachment; filename="${file.name}"`);
        res.setHeader('Cache-Control', 'no-store');
        res.send(csv);
      } catch (error) {
        next(error);
      }
    });
  }
  return router;
}
