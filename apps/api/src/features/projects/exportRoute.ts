// GET /api/projects/export.xlsx (the portfolio) and GET /api/overview/export.xlsx (the overview): Excel
// workbooks for the signed-in staff unit and director (session cookie, as for /graphql); a project lead
// gets the portfolio of its unit's projects. Roles are checked here, by hand, as for the CSV export
// (ADR 015: REST surfaces keep their own checks).
import { errorMessages, today } from '@sundhed/shared';
import { Router, type Request, type Response } from 'express';
import type { Db } from '../../db/prisma';
import { loadSessionUser, readSessionToken, type SessionUser } from '../../auth/session';
import type { PortfolioFilter, WorkStatus } from '../../__generated__/graphql';
import { portfolioStatement } from './portfolio';
import { overviewWorkbook, portfolioWorkbook, xlsxBuffer, type Book } from './portfolioExport';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function route(
  db: Db,
  roles: ReadonlySet<string>,
  filename: string,
  build: (book: Book, user: SessionUser & { municipalityId: string }, req: Request) => Promise<void>,
) {
  return async (req: Request, res: Response, next: (e: unknown) => void) => {
    try {
      const user = await loadSessionUser(db, readSessionToken(req));
      if (!user) return void res.status(401).json({ error: errorMessages.unauthenticated });
      if (!roles.has(user.role) || !user.municipalityId)
        return void res.status(403).json({ error: errorMessages.forbidden });
      // Built completely before the first byte is sent, so a failure still answers with an error status.
      const municipalityId = user.municipalityId;
      const buffer = await xlsxBuffer((book) => build(book, { ...user, municipalityId }, req));
      res.setHeader('Content-Type', XLSX);
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(buffer);
    } catch (error) {
      next(error);
    }
  };
}

const STATUSES = new Set(['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'AWAITING', 'DONE', 'PAUSED', 'CANCELLED']);
/** Every matching project: the statement's page size when the export asks for the whole filtered portfolio. */
const EVERY = 1_000_000;

/**
 * The portfolio list's filters (web: /projekter?tema=…&ejer=…&status=…&aar=…&opmaerksomhed=1&lukkede=1) as
 * the API's PortfolioFilter; null without any, when the export keeps every project, closed ones too.
 * Unknown values are ignored, as the list ignores them.
 */
export function portfolioFilterFrom(query: Request['query']): PortfolioFilter | null {
  const one = (key: string) => (typeof query[key] === 'string' ? query[key].trim() : '');
  const filter: PortfolioFilter = {};
  if (one('tema')) filter.themeId = one('tema');
  if (one('ejer')) filter.ownerUnitId = one('ejer');
  if (STATUSES.has(one('status'))) filter.status = [one('status') as WorkStatus];
  const year = /^\d{4}$/.test(one('aar')) ? Number(one('aar')) : 0;
  if (year >= 2000 && year <= 2100) filter.year = year;
  if (one('opmaerksomhed') === '1') filter.needsAttention = true;
  if (one('lukkede') === '1') filter.includeClosed = true;
  const named = ['tema', 'ejer', 'status', 'aar', 'opmaerksomhed', 'lukkede'].some((key) => one(key) !== '');
  return named ? filter : null;
}

export function projectExportRouter(db: Db): Router {
  const router = Router();
  router.get(
    '/export.xlsx',
    route(db, new Set(['sundhedsstab', 'direktoer', 'projektleder']), 'projekter.xlsx', async (book, user, req) => {
      const unit = user.role === 'projektleder' ? user.orgUnitId : undefined;
      const filter = portfolioFilterFrom(req.query);
      const ids = filter
        ? (
            await db.$queryRaw<{ id: string }[]>(
              portfolioStatement({ municipalityId: user.municipalityId, unit, today: today() }, filter, EVERY, 0),
            )
          ).map((row) => row.id)
        : undefined;
      await portfolioWorkbook(book, db, user.municipalityId, unit, ids);
    }),
  );
  return router;
}

export function overviewExportRouter(db: Db): Router {
  const router = Router();
  router.get(
    '/export.xlsx',
    route(db, new Set(['sundhedsstab', 'direktoer']), 'overblik.xlsx', (book, user) =>
      overviewWorkbook(book, db, user.municipalityId),
    ),
  );
  return router;
}
