// GET /api/projects/export.xlsx (the portfolio) and GET /api/overview/export.xlsx (the overview): Excel
// workbooks for the signed-in staff unit and director (session cookie, as for /graphql); a project lead
// gets the portfolio of its unit's projects. Roles are checked here, by hand, as for the CSV export
// (ADR 015: REST surfaces keep their own checks).
import { errorMessages } from '@sundhed/shared';
import { Router, type Request, type Response } from 'express';
import type { Db } from '../../db/prisma';
import { loadSessionUser, readSessionToken, type SessionUser } from '../../auth/session';
import { overviewWorkbook, portfolioWorkbook, xlsxBuffer, type Book } from './portfolioExport';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function route(
  db: Db,
  roles: ReadonlySet<string>,
  filename: string,
  build: (book: Book, user: SessionUser & { municipalityId: string }) => Promise<void>,
) {
  return async (req: Request, res: Response, next: (e: unknown) => void) => {
    try {
      const user = await loadSessionUser(db, readSessionToken(req));
      if (!user) return void res.status(401).json({ error: errorMessages.unauthenticated });
      if (!roles.has(user.role) || !user.municipalityId)
        return void res.status(403).json({ error: errorMessages.forbidden });
      // Built completely before the first byte is sent, so a failure still answers with an error status.
      const municipalityId = user.municipalityId;
      const buffer = await xlsxBuffer((book) => build(book, { ...user, municipalityId }));
      res.setHeader('Content-Type', XLSX);
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(buffer);
    } catch (error) {
      next(error);
    }
  };
}

export function projectExportRouter(db: Db): Router {
  const router = Router();
  router.get(
    '/export.xlsx',
    route(db, new Set(['sundhedsstab', 'direktoer', 'projektleder']), 'projekter.xlsx', (book, user) =>
      portfolioWorkbook(book, db, user.municipalityId, user.role === 'projektleder' ? user.orgUnitId : undefined),
    ),
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
