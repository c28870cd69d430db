// Sessions live in PostgreSQL (so any API instance can serve any request); the cookie carries a
// random token and the table only its SHA-256 hash, so a database leak does not leak sessions.
// A session ends SESSION_IDLE_MINUTES after its last request (default 30) and SESSION_HOURS after it
// began (default 12), both by the shared clock (ADR 034); an account's disabling ends them at once.
import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import { poolOf, type Db } from '../db/prisma';
import type { Role } from '../__generated__/prisma/enums';
import { now } from '@sundhed/shared/clock';

export const SESSION_COOKIE = 'sundhed_session';

function minutesFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = Number(raw);
  return raw && Number.isFinite(n) && n > 0 ? n : fallback;
}
/** Idle timeout in milliseconds (SESSION_IDLE_MINUTES, default 30: ASVS 3.3.2 at level 2). */
export const idleTimeoutMs = (): number => minutesFromEnv('SESSION_IDLE_MINUTES', 30) * 60_000;
/** Absolute timeout in milliseconds (SESSION_HOURS, default 12: one working day). */
export const absoluteTimeoutMs = (): number => minutesFromEnv('SESSION_HOURS', 12) * 3600_000;
/** lastSeenAt is written at most once a minute per session: idle time is measured to the minute. */
const TOUCH_EVERY_MS = 60_000;

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

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** The value of one cookie of the request, or null. */
export function readCookie(req: Request, cookie: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === cookie) return decodeURIComponent(rest.join('='));
  }
  return null;
}

export const readSessionToken = (req: Request): string | null => readCookie(req, SESSION_COOKIE);

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
/** until: real time (the memo's life); validUntil: the clock's (the session's own end). */
const remembered = new Map<string, { user: SessionUser; until: number; validUntil: number }>();

interface SessionRow extends SessionUser {
  expiresAt: Date;
  lastSeenAt: Date;
  renewAt: Date | null;
  renewable: boolean;
}

/**
 * Renews a session that began at an identity provider (ADR 042): asks the provider, with the session's
 * refresh token, whether the account still exists and has its role. Returns the account as it is now,
 * or null when the session must end (the renewer has then ended it).
 */
export type SessionRenewer = (sessionId: string, user: SessionUser) => Promise<SessionUser | null>;
const renewers = new WeakMap<Db, SessionRenewer>();
/** Set by the app when sign-in through an identity provider is configured. */
export function setSessionRenewer(db: Db, renewer: SessionRenewer | null): void {
  if (renewer) renewers.set(db, renewer);
  else renewers.delete(db);
}
/** One renewal at a time per session in this process: parallel requests share it. */
const renewing = new Map<string, Promise<SessionUser | null>>();

function renew(db: Db, id: string, user: SessionUser): Promise<SessionUser | null> {
  const renewer = renewers.get(db);
  if (!renewer) return Promise.resolve(null);
  let pending = renewing.get(id);
  if (!pending) {
    pending = renewer(id, user).finally(() => renewing.delete(id));
    renewing.set(id, pending);
  }
  return pending;
}

// One statement: the enabled account that has this session, neither expired nor idle too long. A session
// from an identity provider that has gone idle may still be renewed there (ADR 042). Times are compared and
// returned as UTC milliseconds, as Prisma stores them (timestamp without time zone).
const SESSION_SQL = `
  SELECT u."id", u."email", u."name", u."role"::text AS "role", u."municipalityId", u."clusterId", u."orgUnitId",
         (EXTRACT(EPOCH FROM s."expiresAt") * 1000)::float8 AS "expiresAt",
         (EXTRACT(EPOCH FROM s."lastSeenAt") * 1000)::float8 AS "lastSeenAt",
         (EXTRACT(EPOCH FROM s."renewAt") * 1000)::float8 AS "renewAt",
         s."refreshToken" IS NOT NULL AS "renewable"
  FROM "Session" s JOIN "StaffUser" u ON u."id" = s."userId"
  WHERE s."id" = $1 AND s."expiresAt" > $2::timestamp AND u."disabledAt" IS NULL
    AND (s."lastSeenAt" > $3::timestamp OR s."refreshToken" IS NOT NULL)`;

type RawSessionRow = Omit<SessionRow, 'expiresAt' | 'lastSeenAt' | 'renewAt'> & {
  expiresAt: number;
  lastSeenAt: number;
  renewAt: number | null;
};

/**
 * The lookup runs as a named prepared statement on the pool under Prisma: through `$queryRaw` it cost
 * ~1.2 ms of the 1 ms budget per request (ADR 049). A client without its own pool goes through Prisma.
 */
async function findSessionRows(db: Db, id: string, at: Date, idleStart: Date): Promise<SessionRow[]> {
  const values = [id, at.toISOString(), idleStart.toISOString()];
  const pool = poolOf(db);
  const raw = pool
    ? (await pool.query<RawSessionRow>({ name: 'sundhed-session-user', text: SESSION_SQL, values })).rows
    : await db.$queryRawUnsafe<RawSessionRow[]>(SESSION_SQL, ...values);
  return raw.map((r) => ({
    ...r,
    expiresAt: new Date(r.expiresAt),
    lastSeenAt: new Date(r.lastSeenAt),
    renewAt: r.renewAt === null ? null : new Date(r.renewAt),
  }));
}

export async function loadSessionUser(db: Db, token: string | null): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const id = hashToken(token);
  const at = now();
  // The memory is a cache with a lifetime in real time; whether the session has expired is the clock's.
  const realNow = Date.now();
  const memo = remembered.get(id);
  if (memo && memo.until > realNow && memo.validUntil > at.getTime()) return memo.user;
  const idleStart = new Date(at.getTime() - idleTimeoutMs());
  const rows = await findSessionRows(db, id, at, idleStart);
  remembered.delete(id);
  const row = rows[0];
  if (!row) return null;
  const { expiresAt, lastSeenAt, renewAt, renewable, ...found } = row;
  // renewAt is at most one idle timeout after the last renewal, so an idle session is always due.
  const due = renewable && (!renewAt || renewAt <= at || lastSeenAt <= idleStart);
  const user = due ? await renew(db, id, found) : found;
  if (!user) return null;
  let seen = due ? at.getTime() : lastSeenAt.getTime();
  if (at.getTime() - seen >= TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: at } });
    seen = at.getTime();
  }
  const validUntil = Math.min(
    expiresAt.getTime(),
    seen + idleTimeoutMs(),
    renewable && renewAt && !due ? renewAt.getTime() : Infinity,
  );
  if (remembered.size >= SESSION_MEMORY_MAX) remembered.delete(remembered.keys().next().value as string);
  remembered.set(id, { user, until: realNow + SESSION_MEMORY_MS, validUntil });
  return user;
}

const byRequest = new WeakMap<Request, Promise<SessionUser | null>>();

/**
 * The request's signed-in account, looked up once per request: the anonymous rate limit, the query
 * limits and the GraphQL context all ask for it (ADR 039: three cookie parses, hashes and memo look-ups
 * per request before).
 */
export function requestUser(db: Db, req: Request): Promise<SessionUser | null> {
  let user = byRequest.get(req);
  if (!user) {
    user = loadSessionUser(db, readSessionToken(req));
    byRequest.set(req, user);
  }
  return user;
}

export async function startSession(
  db: Db,
  res: Response,
  userId: string,
  secure: boolean,
  origin: 'local' | 'oidc' | 'saml' = 'local',
  /** A provider's sealed refresh token and when to renew with it (ADR 042). */
  renewal?: { refreshToken: string; renewAt: Date },
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const at = now();
  const expiresAt = new Date(at.getTime() + absoluteTimeoutMs());
  await db.session.create({
    data: { id: hashToken(token), userId, expiresAt, lastSeenAt: at, origin, ...renewal },
  });
  // Clean up the account's sessions that have ended (absolute or idle) so the table does not grow without bound.
  await db.session.deleteMany({
    where: {
      userId,
      OR: [
        { expiresAt: { lt: at } },
        // An idle session from an identity provider may still renew there (ADR 042).
        { lastSeenAt: { lt: new Date(at.getTime() - idleTimeoutMs()) }, refreshToken: null },
      ],
    },
  });
  // The cookie's lifetime is relative (Max-Age): the browser counts it on its own clock, so a server
  // clock fixed for a test does not make the browser drop the cookie at once.
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: absoluteTimeoutMs(),
  });
}

export async function endSession(db: Db, req: Request, res: Response): Promise<void> {
  const token = readSessionToken(req);
  if (token) {
    remembered.delete(hashToken(token));
    await db.session.deleteMany({ where: { id: hashToken(token) } });
  }
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Ends every session of an account ("Log ud alle steder", a disabled account); other instances follow within 1 s. */
export async function endAllSessions(db: Db, userId: string): Promise<number> {
  for (const [id, memo] of remembered) if (memo.user.id === userId) remembered.delete(id);
  const { count } = await db.session.deleteMany({ where: { userId } });
  return count;
}
