// Co-financing files (issue 13, ADR 033), for the staff unit (session cookie, as for /graphql):
//   POST /api/cofinancing/activity?sourceKind=ESUNDHED&source=…&granularity=MONTH&replace=1
//     the body is the file itself: a CSV (text/csv, streamed, at most 200 MB) or an .xlsx (at most 20 MB);
//   POST /api/cofinancing/population?source=…, POST /api/cofinancing/preventable?source=… (≤ 5 MB);
//   GET  /api/cofinancing/example.csv: the example activity file with Danish headers (staff unit, director).
// `X-File-Name` names the file. Answers the row report: 200 when stored, 200 with `periodTaken` when the
// period is already imported (nothing stored: ask, then send replace=1), 422 when refused.
import { cofinancingMessages as m, errorMessages, today } from '@sundhed/shared';
import { Router, type Request, type Response, type NextFunction } from 'express';
import type { Db } from '../../db/prisma';
import { loadSessionUser, readSessionToken, type SessionUser } from '../../auth/session';
import { importActivity, xlsxLines, type Granularity, type SourceKind } from './activityImport';
import { importPopulation, importPreventable } from './tableImport';
import { exampleActivityCsv } from './exampleFile';
import { cofinancingWorkbook } from './exportXlsx';
import type { Context } from '../../graphql/context';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_XLSX = 20 * 1024 * 1024;
const MAX_TABLE = 5 * 1024 * 1024;
const MAX_CSV = 200 * 1024 * 1024;

function fileName(req: Request): string {
  const raw = req.get('x-file-name') ?? '';
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    name = raw;
  }
  const base = [...(name.split(/[\\/]/).pop() ?? '')].filter((c) => c >= ' ' && c !== '\u007f').join('');
  return base.trim().slice(0, 200) || 'fil';
}

const isXlsx = (req: Request) =>
  (req.get('content-type') ?? '').startsWith(XLSX) || fileName(req).toLowerCase().endsWith('.xlsx');
const param = (req: Request, name: string) => {
  const v = req.query[name];
  return typeof v === 'string' ? v.trim() : '';
};

function allow(db: Db, roles: string[]) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const user = await loadSessionUser(db, readSessionToken(req));
      if (!user) return void res.status(401).json({ error: errorMessages.unauthenticated });
      if (!roles.includes(user.role) || !user.municipalityId)
        return void res.status(403).json({ error: errorMessages.forbidden });
      res.locals.user = user;
      next();
    } catch (error) {
      next(error);
    }
  };
}

const refused = (res: Response, status: number, message: string, column: string | null = null) =>
  void res
    .status(status)
    .json({ imported: 0, payments: 0, batches: [], periodTaken: false, errors: [{ line: 0, column, message }] });

/** Reads a bounded body into a buffer (the small files and .xlsx). */
async function readBody(req: Request, max: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** The request body as a stream of chunks, refusing more than `max` bytes. */
async function* bounded(req: Request, max: number): AsyncIterable<Buffer> {
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) throw new Error('too large');
    yield chunk;
  }
}

export function cofinancingRouter(db: Db): Router {
  const router = Router();
  const staff = allow(db, ['sundhedsstab']);
  router.post('/activity', staff, async (req, res, next) => {
    try {
      const user = res.locals.user as SessionUser;
      const sourceKind = param(req, 'sourceKind') as SourceKind;
      const granularity = (param(req, 'granularity') || 'MONTH') as Granularity;
      const sourceText = param(req, 'source');
      if (!['ESUNDHED', 'REGIONAL', 'ACCOUNTS'].includes(sourceKind)) return refused(res, 422, m.sourceKindInvalid);
      if (!['MONTH', 'YEAR'].includes(granularity)) return refused(res, 422, m.granularityInvalid);
      if (!sourceText) return refused(res, 422, m.sourceRequired);
      let input: AsyncIterable<string | Buffer>;
      if (isXlsx(req)) {
        const file = await readBody(req, MAX_XLSX);
        if (!file) return refused(res, 413, m.tooLarge);
        input = xlsxLines(file);
      } else input = bounded(req, MAX_CSV);
      const report = await importActivity(db, input, {
        fileName: fileName(req),
        sourceKind,
        sourceText: sourceText.slice(0, 500),
        granularity,
        replace: ['1', 'true'].includes(param(req, 'replace')),
        synthetic: param(req, 'synthetic') === '1',
        userName: user.name,
      });
      res.setHeader('Cache-Control', 'no-store');
      // A period already imported is a question, not a failure: 200 with periodTaken (nothing stored).
      res.status(report.errors.length && !report.periodTaken ? 422 : 200).json(report);
    } catch (error) {
      next(error);
    }
  });
  for (const [path, run] of [
    ['/population', importPopulation],
    ['/preventable', importPreventable],
  ] as const) {
    router.post(path, staff, async (req, res, next) => {
      try {
        const sourceText = param(req, 'source');
        if (!sourceText) return refused(res, 422, m.sourceRequired);
        const file = await readBody(req, MAX_TABLE);
        if (!file) return refused(res, 413, m.tooLarge);
        const report = await run(db, file, {
          xlsx: isXlsx(req),
          fileName: fileName(req),
          sourceText: sourceText.slice(0, 500),
        });
        res.setHeader('Cache-Control', 'no-store');
        res.status(report.errors.length ? 422 : 200).json(report);
      } catch (error) {
        next(error);
      }
    });
  }
  router.get('/example.csv', allow(db, ['sundhedsstab', 'direktoer']), (_req, res) => {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="medfinansiering-eksempel.csv"');
    res.send(exampleActivityCsv());
  });
  router.get('/export.xlsx', allow(db, ['sundhedsstab', 'direktoer']), async (req, res, next) => {
    try {
      const thisYear = Number(today().slice(0, 4));
      const fromYear = Number(param(req, 'fromYear') || thisYear - 9);
      const toYear = Number(param(req, 'toYear') || thisYear);
      const ctx = { db, user: res.locals.user as SessionUser } as Context;
      const file = await cofinancingWorkbook(ctx, fromYear, toYear);
      res.setHeader('Content-Type', XLSX);
      res.setHeader('Content-Disposition', 'attachment; filename="medfinansiering.xlsx"');
      res.setHeader('Cache-Control', 'no-store');
      res.send(file);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
