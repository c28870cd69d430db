import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../__generated__/prisma/client';
import { dbTimeoutsFromEnv, poolTimeoutOptions, type DbTimeouts } from './timeouts';

export type Db = PrismaClient;

export interface DbOptions {
  /** Pool size; the embedded server needs exactly one connection. */
  max: number;
  /** Called with each SQL statement Prisma runs (query counting in tests). */
  onQuery?: (sql: string) => void;
  /**
   * Overrides of the statement, query and connection timeouts (defaults from the environment, ADR 017).
   * A long job (a backup, a bulk load) opens its own client with e.g. `{ statementTimeoutMs: 0, queryTimeoutMs: 0 }`.
   */
  timeouts?: Partial<DbTimeouts>;
}

export function createPrisma(url: string, { max, onQuery, timeouts }: DbOptions): PrismaClient {
  const limits = { ...dbTimeoutsFromEnv(), ...timeouts };
  // The pool is ours, so the per-request session lookup can run as a named prepared statement on it
  // (auth/session.ts); Prisma ends it on $disconnect.
  const pool = new pg.Pool({ connectionString: url, max, ...poolTimeoutOptions(limits) });
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  if (!onQuery) return remember(new PrismaClient({ adapter }), url, pool);
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (e) => onQuery(e.query));
  return remember(client, url, pool);
}

const urls = new WeakMap<PrismaClient, string>();
const pools = new WeakMap<PrismaClient, pg.Pool>();
function remember(client: PrismaClient, url: string, pool: pg.Pool): PrismaClient {
  urls.set(client, url);
  pools.set(client, pool);
  return client;
}

/**
 * The pg pool under a client made by createPrisma (undefined for a transaction's client). Only for a
 * statement on the hot path whose cost through Prisma was measured (ADR 049); everything else uses Prisma.
 */
export function poolOf(db: Db): pg.Pool | undefined {
  return pools.get(db);
}

/** The connection string a client was made with: a bulk load (COPY) opens its own connection to it. */
export function connectionUrlOf(db: Db): string | undefined {
  return urls.get(db);
}
