// Sessions live in PostgreSQL (so any API instance can serve any request); the cookie carries a
// random token and the table only its SHA-256 hash, so a database leak does not leak sessions.
import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { Db } from '../db/prisma';
import type { Role } from '../__generated__/prisma/enums';
import { now } from '@sundhed/shared/clock';

export const SESSION_COOKIE = 'sundhed_session';
const SESSION_HOURS = 12;

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  municipalityId: string | null;
  clusterId: string | null;
  /** The unit of a project lead (projektleder); null for other roles. */
  orgUnitId: string | null;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function readSessionToken(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

// A looked-up session is remembered for half a second, so a burst of requests (a search box sending
// one per keystroke) costs one statement. Sign-out forgets it at once on this instance; on another
// instance a revoked session lives at most SESSION_MEMORY_MS longer, well inside the 1 s issue 7 asks
// for. The memo costs at most 2 statements per second per active session (ADR 004, ADR 019).
let SESSION_MEMORY_MS = 500;
/** For benchmarks that compare memo lengths (bench/mixed-load.ts); not used by the app. */
export function setSessionMemoryMs(ms: number): void {
  SESSION_MEMORY_MS = ms;
}
const SESSION_MEMORY_MAX = 10_000;
const remembered = new Map<string, { user: SessionUser; until: number }>();

export async function loadSessionUser(db: Db, token: string | null): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const id = hashToken(token);
  // The memory is a cache with a lifetime in real time; whether the session has expired is the clock's.
  const realNow = Date.now();
  const memo = remembered.get(id);
  if (memo && memo.until > realNow) return memo.user;
  // One statement: the account that has this unexpired session.
  const user = await db.staffUser.findFirst({
    where: { sessions: { some: { id, expiresAt: { gt: now() } } } },
    select: { id: true, email: true, name: true, role: true, municipalityId: true, clusterId: true, orgUnitId: true },
  });
  remembered.delete(id);
  if (user) {
    if (remembered.size >= SESSION_MEMORY_MAX) remembered.delete(remembered.keys().next().value as string);
    remembered.set(id, { user, until: realNow + SESSION_MEMORY_MS });
  }
  return user;
}

export async function startSession(db: Db, res: Response, userId: string, secure: boolean): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now().getTime() + SESSION_HOURS * 3600_000);
  await db.session.create({ data: { id: hashToken(token), userId, expiresAt } });
  // The cookie's lifetime is relative (Max-Age): the browser counts it on its own clock, so a server
  // clock fixed for a test does not make the browser drop the cookie at once.
  const maxAge = SESSION_HOURS * 3600_000;
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge });
}

export async function endSession(db: Db, req: Request, res: Response): Promise<void> {
  const token = readSessionToken(req);
  if (token) {
    remembered.delete(hashToken(token));
    await db.session.deleteMany({ where: { id: hashToken(token) } });
  }
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}
