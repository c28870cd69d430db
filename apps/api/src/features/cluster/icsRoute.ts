// GET /api/cluster/meetings/:id.ics: a meeting as a calendar file (RFC 5545) for the accounts that read the
// meeting: the secretariat of its cluster (drafts too) and the staff unit and director of a member
// municipality (published agendas only); for a municipality's own body (Sundhedsforum …), its staff unit
// (drafts too) and director (published). Roles and rows are checked here, by hand (ADR 015).
import { clusterMessages as cm, errorMessages, now } from '@sundhed/shared';
import { Router, type Request, type Response } from 'express';
import type { Db } from '../../db/prisma';
import { loadSessionUser, readSessionToken } from '../../auth/session';

const READERS = new Set(['sundhedsstab', 'direktoer', 'klyngesekretariat']);

/** TEXT value escaping (RFC 5545 §3.3.11). */
const text = (v: string) => v.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1). */
export function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch);
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const ymd = (d: Date) => d.toISOString().slice(0, 10).replace(/-/g, '');

export function meetingIcs(m: {
  id: string;
  date: Date;
  startTime: string | null;
  endTime: string | null;
  title: string;
  place: string | null;
  clusterName: string;
  items: { number: number; title: string }[];
}): string {
  const day = ymd(m.date);
  const nextDay = ymd(new Date(m.date.getTime() + 86_400_000));
  const at = (hhmm: string) => `${day}T${hhmm.replace(':', '')}00`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Sundhedsoverblik//Klyngemøder//DA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${m.id}@sundhedsoverblik`,
    `DTSTAMP:${stamp(now())}`,
    ...(m.startTime
      ? [
          `DTSTART;TZID=Europe/Copenhagen:${at(m.startTime)}`,
          ...(m.endTime ? [`DTEND;TZID=Europe/Copenhagen:${at(m.endTime)}`] : []),
        ]
      : [`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${nextDay}`]),
    `SUMMARY:${text(`${m.clusterName}: ${m.title}`)}`,
    ...(m.place ? [`LOCATION:${text(m.place)}`] : []),
    `DESCRIPTION:${text([cm.icsDescription(m.title), ...m.items.map((i) => `${i.number}. ${i.title}`)].join('\n'))}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

export function clusterIcsRouter(db: Db): Router {
  const router = Router();
  router.get('/meetings/:file', async (req: Request, res: Response, next: (e: unknown) => void) => {
    try {
      const match = /^([0-9a-f-]{36})\.ics$/.exec(String(req.params.file));
      const user = await loadSessionUser(db, readSessionToken(req));
      if (!user) return void res.status(401).json({ error: errorMessages.unauthenticated });
      if (!READERS.has(user.role)) return void res.status(403).json({ error: errorMessages.forbidden });
      const meeting = match
        ? await db.clusterMeeting.findUnique({
            where: { id: match[1] },
            include: { cluster: true, body: true, agendaItems: { orderBy: { number: 'asc' } } },
          })
        : null;
      const reads =
        meeting &&
        (meeting.body
          ? // A meeting of a municipality's own body: its staff unit (drafts too) and director (published).
            !!user.municipalityId &&
            meeting.body.municipalityId === user.municipalityId &&
            (meeting.agendaPublishedAt != null || user.role === 'sundhedsstab')
          : user.clusterId
            ? user.clusterId === meeting.clusterId
            : meeting.agendaPublishedAt != null &&
              !!user.municipalityId &&
              !!meeting.clusterId &&
              (await db.clusterMember.count({
                where: { clusterId: meeting.clusterId, municipalityId: user.municipalityId },
              })) > 0);
      if (!meeting || !reads) return void res.status(404).json({ error: errorMessages.notFound });
      res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
      res.setHeader(
        'Content-Disposition',
        `attachment; filename="moede-${meeting.date.toISOString().slice(0, 10)}.ics"`,
      );
      res.setHeader('Cache-Control', 'no-store');
      res.send(
        meetingIcs({
          id: meeting.id,
          date: meeting.date,
          startTime: meeting.startTime,
          endTime: meeting.endTime,
          title: meeting.title,
          place: meeting.place,
          clusterName: meeting.cluster?.name ?? meeting.body?.name ?? '',
          items: meeting.agendaItems,
        }),
      );
    } catch (error) {
      next(error);
    }
  });
  return router;
}
