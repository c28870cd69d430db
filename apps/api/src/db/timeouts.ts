// Database timeouts (ADR 017). PostgreSQL cancels a statement that runs too long (statement_timeout,
// server side); the pool gives up on a query whose answer never comes and on a connection that is not
// made in time (client side), because a frozen or unreachable server cannot time itself out.
// Timeouts are per statement, not per request: an import of many small statements is not cut off.

export interface DbTimeouts {
  /** PostgreSQL's statement_timeout for the app's connections; 0 = none (e.g. a backup's long COPY). */
  statementTimeoutMs: number;
  /** pg's query_timeout: the pool stops waiting for an answer; above statementTimeoutMs so the server cancels first. */
  queryTimeoutMs: number;
  /** pg's connectionTimeoutMillis: a new connection (or a wait for a free one) fails after this. */
  connectionTimeoutMs: number;
}

export const defaultDbTimeouts: DbTimeouts = {
  statementTimeoutMs: 5_000,
  queryTimeoutMs: 6_000,
  connectionTimeoutMs: 3_000,
};

function envMs(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} skal være et helt antal millisekunder (0 = ingen grænse), ikke "${raw}".`);
  return value;
}

/** The timeouts from SUNDHED_STATEMENT_TIMEOUT_MS, SUNDHED_QUERY_TIMEOUT_MS, SUNDHED_DB_CONNECT_TIMEOUT_MS. */
export function dbTimeoutsFromEnv(env: NodeJS.ProcessEnv = process.env): DbTimeouts {
  return {
    statementTimeoutMs: envMs(env, 'SUNDHED_STATEMENT_TIMEOUT_MS', defaultDbTimeouts.statementTimeoutMs),
    queryTimeoutMs: envMs(env, 'SUNDHED_QUERY_TIMEOUT_MS', defaultDbTimeouts.queryTimeoutMs),
    connectionTimeoutMs: envMs(env, 'SUNDHED_DB_CONNECT_TIMEOUT_MS', defaultDbTimeouts.connectionTimeoutMs),
  };
}

/** pg.Pool options for the timeouts (0 leaves pg's default: no limit). */
export function poolTimeoutOptions(t: DbTimeouts): {
  statement_timeout?: number;
  query_timeout?: number;
  connectionTimeoutMillis?: number;
} {
  return {
    ...(t.statementTimeoutMs ? { statement_timeout: t.statementTimeoutMs } : {}),
    ...(t.queryTimeoutMs ? { query_timeout: t.queryTimeoutMs } : {}),
    ...(t.connectionTimeoutMs ? { connectionTimeoutMillis: t.connectionTimeoutMs } : {}),
  };
}

const TIMEOUT_TEXT =
  /Query read timeout|timeout exceeded when trying to connect|Connection terminated due to connection timeout|canceling statement due to statement timeout|SocketTimeout/i;

/** True when error (or its cause chain, or Prisma's wrapped driver error) is one of the timeouts above. */
export function isDbTimeout(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { message?: unknown; code?: unknown; cause?: unknown; meta?: unknown };
  // 57014: statement cancelled (statement_timeout); P2028: Prisma could not start a transaction within
  // its wait (no pool connection while the server is frozen).
  if (e.code === '57014' || e.code === 'P2028') return true;
  if (typeof e.message === 'string' && TIMEOUT_TEXT.test(e.message)) return true;
  if (e.meta && TIMEOUT_TEXT.test(JSON.stringify(e.meta))) return true;
  return isDbTimeout(e.cause, depth + 1);
}

/** SQLSTATEs of a server that is shutting down, starting up or cut the connection (class 57P, class 08). */
const UNAVAILABLE_STATE = /^(57P0[1-3]|08\d\d\d)$/;
const UNAVAILABLE_TEXT =
  /Can't reach database server|Server has closed the connection|DatabaseNotReachable|ConnectionClosed|Connection terminated unexpectedly|ECONNREFUSED|connection error and is not queryable/i;

/** True when the database could not be reached or dropped the connection (stopped, restarting). */
export function isDbUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const e = error as { message?: unknown; code?: unknown; cause?: unknown; meta?: unknown };
  if (e.code === 'P1001' || (typeof e.code === 'string' && UNAVAILABLE_STATE.test(e.code))) return true;
  if (typeof e.message === 'string' && UNAVAILABLE_TEXT.test(e.message)) return true;
  if (e.meta) {
    const meta = JSON.stringify(e.meta);
    if (UNAVAILABLE_TEXT.test(meta) || /"code":"(57P0[1-3]|08\d{3})"/.test(meta)) return true;
  }
  return isDbUnavailable(e.cause, depth + 1);
}
