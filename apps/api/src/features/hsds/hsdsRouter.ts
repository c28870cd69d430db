// Open Referral HSDS 3.0 REST API (read-only, public): GET /api/hsds/, /services, /services/{id},
// /organizations, /organizations/{id}. Free-text `search` goes through the same engine as the app.
// Published: ACTIVE and TEMPORARILY_CLOSED offers. A paused offer is still the municipality's offer and
// HSDS has a status for exactly that ("temporarily closed", with the alert saying until when);
// dropping it from the feed would make consumers think it ended. INACTIVE and ENDED are not published.
import { Router, type Request, type Response } from 'express';
import type { Db } from '../../db/prisma';
import type { OfferStatus } from '../../__generated__/prisma/client';
import { searchMessages } from '@sundhed/search';
import { searchTextWithoutControls } from '@sundhed/shared';
import { searchOffers } from '../search/searchOffers';
import { isUuid } from './hsdsIds';
import {
  HSDS_VERSION,
  needCodeForTaxonomyTerm,
  organization,
  publicOfferSelect,
  serviceFull,
  serviceSummary,
  type PublicOffer,
  type PublicUnit,
} from './hsdsMapping';

export const PUBLIC_STATUSES: OfferStatus[] = ['ACTIVE', 'TEMPORARILY_CLOSED'];
const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 20;
const MAX_PAGE = 100_000;
const m = searchMessages.hsds;

class BadRequest extends Error {}

function single(req: Request, name: string): string | undefined {
  const v = (req.query as Record<string, unknown>)[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new BadRequest(m.badText(name));
  return v;
}

function integer(req: Request, name: string, min: number, max: number, fallback: number): number {
  const v = single(req, name);
  if (v === undefined || v === '') return fallback;
  if (!/^\d{1,9}$/.test(v.trim()) || Number(v) < min || Number(v) > max)
    throw new BadRequest(m.badInteger(name, min, max));
  return Number(v);
}

function bool(req: Request, name: string): boolean {
  const v = single(req, name);
  if (v === undefined || v === '') return false;
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  throw new BadRequest(m.badBoolean(name));
}

function dateTime(req: Request, name: string): Date | null {
  const v = single(req, name);
  if (v === undefined || v === '') return null;
  const ok = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v.trim());
  const d = new Date(v.trim().length === 10 ? `${v.trim()}T00:00:00Z` : v.trim());
  if (!ok || Number.isNaN(d.getTime())) throw new BadRequest(m.badDate(name));
  return d;
}

function page<T>(contents: T[], total: number, pageNumber: number, perPage: number) {
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

const unitSelect = {
  id: true,
  name: true,
  municipality: { select: { name: true, region: { select: { name: true } } } },
} as const;

async function units(db: Db, ids: string[]): Promise<Map<string, PublicUnit>> {
  const rows = await db.orgUnit.findMany({ where: { id: { in: [...new Set(ids)] } }, select: unitSelect });
  return new Map(rows.map((u) => [u.id, u]));
}

async function fullServices(db: Db, offers: PublicOffer[]) {
  const ids = offers.map((o) => o.id);
  const [unitMap, locations, schedules] = await Promise.all([
    units(
      db,
      offers.map((o) => o.ownerUnitId),
    ),
    db.offerLocation.findMany({ where: { offerId: { in: ids } }, orderBy: { name: 'asc' } }),
    db.offerSchedule.findMany({ where: { offerId: { in: ids } }, orderBy: [{ weekday: 'asc' }, { validFrom: 'asc' }] }),
  ]);
  return offers.map((o) =>
    serviceFull(
      o,
      unitMap.get(o.ownerUnitId),
      locations.filter((l) => l.offerId === o.id),
      schedules.filter((s) => s.offerId === o.id),
    ),
  );
}

export function hsdsRouter(db: Db): Router {
  const router = Router();
  const handle = (fn: (req: Request, res: Response) => Promise<unknown>) => async (req: Request, res: Response) => {
    try {
      res.setHeader('Access-Control-Allow-Origin', '*');
      await fn(req, res);
    } catch (error) {
      if (error instanceof BadRequest) return void res.status(400).json({ error: error.message });
      if (process.env.NODE_ENV !== 'test') console.error(error);
      res.status(500).json({ error: 'Der skete en fejl på serveren. Prøv igen om lidt.' });
    }
  };

  router.get(
    '/',
    handle(async (_req, res) => {
      res.json({
        version: HSDS_VERSION,
        profile: 'https://docs.openreferral.org/en/v3.0/hsds/',
        openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
      });
    }),
  );

  router.get(
    '/services',
    handle(async (req, res) => {
      const pageNumber = integer(req, 'page', 1, MAX_PAGE, 1);
      const perPage = integer(req, 'per_page', 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
      const full = bool(req, 'full');
      const modifiedAfter = dateTime(req, 'modified_after');
      const termId = single(req, 'taxonomy_term_id');
      const organizationId = single(req, 'organization_id');
      const text = searchTextWithoutControls(single(req, 'search') ?? '');
      const needCode = termId ? needCodeForTaxonomyTerm(termId) : null;
      if ((termId && !needCode) || (organizationId !== undefined && !isUuid(organizationId))) {
        return void res.json(page([], 0, pageNumber, perPage)); // an unknown term or unit has no services
      }
      const offset = (pageNumber - 1) * perPage;
      const result =
        offset > 10_000
          ? { hits: [], total: 0 }
          : await searchOffers(
              db,
              {
                text,
                needCategory: needCode,
                modifiedAfter,
                ownerUnitId: organizationId,
                statuses: PUBLIC_STATUSES,
                limit: perPage,
                offset,
              },
              { municipalityId: null, suggest: false, understand: false },
            );
      const ids = result.hits.map((h) => h.offer.id);
      // Read again with the public select: what is published never depends on the engine's row shape.
      const rows = await db.offer.findMany({
        where: { id: { in: ids }, status: { in: PUBLIC_STATUSES } },
        select: publicOfferSelect,
      });
      const byId = new Map(rows.map((r) => [r.id, r]));
      const offers = ids.map((id) => byId.get(id)).filter((o): o is PublicOffer => Boolean(o));
      let contents: object[];
      if (full) contents = await fullServices(db, offers);
      else {
        const unitMap = await units(
          db,
          offers.map((o) => o.ownerUnitId),
        );
        contents = offers.map((o) => serviceSummary(o, unitMap.get(o.ownerUnitId)));
      }
      res.json(page(contents, result.total, pageNumber, perPage));
    }),
  );

  router.get(
    '/services/:id',
    handle(async (req, res) => {
      const id = String(req.params.id);
      const offer = isUuid(id)
        ? await db.offer.findFirst({ where: { id, status: { in: PUBLIC_STATUSES } }, select: publicOfferSelect })
        : null;
      if (!offer) return void res.status(404).json({ error: m.notFound });
      const [service] = await fullServices(db, [offer]);
      res.json(service);
    }),
  );

  router.get(
    '/organizations',
    handle(async (req, res) => {
      const pageNumber = integer(req, 'page', 1, MAX_PAGE, 1);
      const perPage = integer(req, 'per_page', 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
      bool(req, 'full');
      const where = { offers: { some: { status: { in: PUBLIC_STATUSES } } } };
      const [total, rows] = await Promise.all([
        db.orgUnit.count({ where }),
        db.orgUnit.findMany({
          where,
          select: unitSelect,
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
          skip: (pageNumber - 1) * perPage,
          take: perPage,
        }),
      ]);
      res.json(page(rows.map(organization), total, pageNumber, perPage));
    }),
  );

  router.get(
    '/organizations/:id',
    handle(async (req, res) => {
      const id = String(req.params.id);
      const unit = isUuid(id)
        ? await db.orgUnit.findFirst({
            where: { id, offers: { some: { status: { in: PUBLIC_STATUSES } } } },
            select: unitSelect,
          })
        : null;
      if (!unit) return void res.status(404).json({ error: m.unitNotFound });
      const offers = await db.offer.findMany({
        where: { ownerUnitId: id, status: { in: PUBLIC_STATUSES } },
        select: publicOfferSelect,
        orderBy: { name: 'asc' },
      });
      res.json({ ...organization(unit), services: offers.map((o) => serviceSummary(o, undefined)) });
    }),
  );

  return router;
}
