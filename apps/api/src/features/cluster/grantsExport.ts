// GET /api/cluster/grants.xlsx: the grants of the clusters an account reads, with their amount history
// (each change with the meeting and decision that made it) and follow-up points, as an Excel workbook.
// The secretariat gets its own cluster's; the staff unit and director those of their municipality's
// clusters. Roles and rows are checked here, by hand (ADR 015).
import { clusterMessages as cm, errorMessages } from '@sundhed/shared';
import { Router, type Request, type Response } from 'express';
import type { Db } from '../../db/prisma';
import { loadSessionUser, readSessionToken, type SessionUser } from '../../auth/session';
import { sheet, sourceText, xlsxBuffer, type Book } from '../projects/portfolioExport';

const KR = '#,##0" kr."';
const DAY = 'd.m.yyyy';
const c = cm.export.columns;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const READERS = new Set(['sundhedsstab', 'direktoer', 'klyngesekretariat']);

async function readableClusterIds(db: Db, user: SessionUser): Promise<string[]> {
  if (user.clusterId) return [user.clusterId];
  if (!user.municipalityId) return [];
  const rows = await db.clusterMember.findMany({
    where: { municipalityId: user.municipalityId },
    select: { clusterId: true },
  });
  return [...new Set(rows.map((r) => r.clusterId))];
}

export async function grantsWorkbook(book: Book, db: Db, clusterIds: string[]): Promise<void> {
  const grants = await db.grant.findMany({
    where: { clusterId: { in: clusterIds } },
    orderBy: [{ year: 'asc' }, { title: 'asc' }],
    include: {
      cluster: true,
      hostMunicipality: true,
      splitFrom: true,
      source: true,
      changes: {
        orderBy: { effectiveDate: 'asc' },
        include: { source: true, agendaItem: { include: { meeting: true } } },
      },
      followUps: { orderBy: { dueDate: 'asc' }, include: { source: true } },
    },
  });
  sheet(
    book,
    cm.export.grantsSheet,
    [
      { header: c.cluster, key: 'cluster', width: 30 },
      { header: c.grant, key: 'grant', width: 45 },
      { header: c.area, key: 'area', width: 12 },
      { header: c.year, key: 'year', width: 8 },
      { header: c.yearTo, key: 'yearTo', width: 10 },
      { header: c.advancedFromYear, key: 'advancedFromYear', width: 10 },
      { header: c.amount, key: 'amount', numFmt: KR },
      { header: c.host, key: 'host', width: 22 },
      { header: c.posts, key: 'posts', width: 40 },
      { header: c.splitFrom, key: 'splitFrom', width: 30 },
      { header: c.source, key: 'source', width: 60 },
    ],
    grants.map((g) => ({
      cluster: g.cluster.name,
      grant: g.title,
      area: cm.area[g.area] ?? g.area,
      year: g.year,
      yearTo: g.yearTo,
      advancedFromYear: g.advancedFromYear,
      amount: g.amountKr,
      host: g.hostMunicipality?.name ?? null,
      posts: g.posts,
      splitFrom: g.splitFrom?.title ?? null,
      source: sourceText(g.source),
    })),
  );
  sheet(
    book,
    cm.export.changesSheet,
    [
      { header: c.grant, key: 'grant', width: 45 },
      { header: c.before, key: 'before', numFmt: KR },
      { header: c.after, key: 'after', numFmt: KR },
      { header: c.effective, key: 'effective', numFmt: DAY, width: 12 },
      { header: c.meeting, key: 'meeting', width: 40 },
      { header: c.meetingDate, key: 'meetingDate', numFmt: DAY, width: 12 },
      { header: c.item, key: 'item', width: 40 },
      { header: c.decision, key: 'decision', width: 60 },
      { header: c.note, key: 'note', width: 50 },
      { header: c.source, key: 'source', width: 60 },
    ],
    grants.flatMap((g) =>
      g.changes.map((ch) => ({
        grant: g.title,
        before: ch.previousAmountKr,
        after: ch.newAmountKr,
        effective: ch.effectiveDate,
        meeting: ch.agendaItem?.meeting.title ?? null,
        meetingDate: ch.agendaItem?.meeting.date ?? null,
        item: ch.agendaItem ? `${ch.agendaItem.number}. ${ch.agendaItem.title}` : null,
        decision: ch.agendaItem?.decision ?? null,
        note: ch.note,
        source: sourceText(ch.source),
      })),
    ),
  );
  sheet(
    book,
    cm.export.followUpsSheet,
    [
      { header: c.grant, key: 'grant', width: 45 },
      { header: c.text, key: 'text', width: 60 },
      { header: c.responsible, key: 'responsible', width: 25 },
      { header: c.due, key: 'due', numFmt: DAY, width: 12 },
      { header: c.status, key: 'status', width: 10 },
      { header: c.doneOn, key: 'doneOn', numFmt: DAY, width: 12 },
      { header: c.note, key: 'note', width: 50 },
      { header: c.source, key: 'source', width: 60 },
    ],
    grants.flatMap((g) =>
      g.followUps.map((f) => ({
        grant: g.title,
        text: f.text,
        responsible: f.responsible,
        due: f.dueDate,
        status: cm.followUpStatus[f.status] ?? f.status,
        doneOn: f.doneOn,
        note: f.note,
        source: sourceText(f.source),
      })),
    ),
  );
}

export function clusterExportRouter(db: Db): Router {
  const router = Router();
  router.get('/grants.xlsx', async (req: Request, res: Response, next: (e: unknown) => void) => {
    try {
      const user = await loadSessionUser(db, readSessionToken(req));
      if (!user) return void res.status(401).json({ error: errorMessages.unauthenticated });
      if (!READERS.has(user.role)) return void res.status(403).json({ error: errorMessages.forbidden });
      const ids = await readableClusterIds(db, user);
      const buffer = await xlsxBuffer((book) => grantsWorkbook(book, db, ids));
      res.setHeader('Content-Type', XLSX);
      res.setHeader('Content-Disposition', `attachment; filename="${cm.export.filename}"`);
      res.setHeader('Cache-Control', 'no-store');
      res.send(buffer);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
