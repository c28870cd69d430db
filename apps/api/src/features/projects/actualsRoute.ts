// POST /api/budget/actuals.xlsx: actual spend from the finance partner's Excel file, for the staff unit
// (session cookie, as for /graphql). The body is the .xlsx file itself (Content-Type of a spreadsheet or
// application/octet-stream, at most 5 MB) and `X-File-Name` its name (URI-encoded), which the Source of
// every updated figure names. Answers the row report (200 when imported, 422 when refused, nothing saved).
// Roles are checked here, by hand (ADR 015: REST surfaces keep their own checks).
import { errorMessages, projectMessages } from '@sundhed/shared';
import express, { Router, type Request, type Response } from 'express';
import type { Db } from '../../db/prisma';
import { loadSessionUser, readSessionToken, type SessionUser } from '../../auth/session';
import type { Context } from '../../graphql/context';
import { importActuals } from './actualsImport';

const MAX_BYTES = 5 * 1024 * 1024;
const TYPES = ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];

/** Only the base name, without control characters, kept short: it becomes a source title. */
function fileName(req: Request): string {
  const raw = req.get('x-file-name') ?? '';
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    name = raw;
  }
  const base = [...(name.split(/[\\/]/).pop() ?? '')].filter((c) => c >= ' ' && c !== '\u007f').join('');
  return base.trim().slice(0, 200) || 'regneark.xlsx';
}

export function actualsImportRouter(
  db: Db,
  context: (req: Request, res: Response, user: SessionUser) => Context,
): Router {
  const router = Router();
  const body = express.raw({ type: TYPES, limit: MAX_BYTES });
  router.post(
    '/actuals.xlsx',
    async (req, res, next) => {
      try {
        const user = await loadSessionUser(db, readSessionToken(req));
        if (!user) return void res.status(401).json({ error: errorMessages.unauthenticated });
        if (user.role !== 'sundhedsstab' || !user.municipalityId)
          return void res.status(403).json({ error: errorMessages.forbidden });
        res.locals.user = user;
        next();
      } catch (error) {
        next(error);
      }
    },
    (req, res, next) =>
      body(req, res, (error?: unknown) => {
        if ((error as { type?: string } | undefined)?.type === 'entity.too.large')
          return void res.status(413).json({
            imported: 0,
            created: 0,
            updated: 0,
            errors: [{ line: 0, column: null, message: projectMessages.actualsImport.tooLarge }],
          });
        next(error);
      }),
    async (req, res, next) => {
      try {
        const file = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const report = await importActuals(context(req, res, res.locals.user as SessionUser), file, fileName(req));
        res.setHeader('Cache-Control', 'no-store');
        res.status(report.errors.length ? 422 : 200).json(report);
      } catch (error) {
        next(error);
      }
    },
  );
  return router;
}
