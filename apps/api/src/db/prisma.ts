import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../__generated__/prisma/client';
import { dbTimeoutsFromEnv, poolTimeoutOptions, type DbTimeouts } from './timeouts';
import { embeddedUrls } from './embeddedUrls';

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

/**
 * Prisma's pg adapter, remembering the pool of its live connection. Prisma ends that pool on $disconnect
 * and, at the next query, connects again with a new one: the session lookup must follow (ADR 049).
 */
class PoolTrackingPg extends PrismaPg {
  pool: pg.Pool | undefined;

  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    this.pool = pool;
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (this.pool === pool) this.pool = undefined;
      await dispose();
    };
    return adapter;
  }
}

export function createPrisma(url: string, { max, onQuery, timeouts }: DbOptions): PrismaClient {
  const limits = { ...dbTimeoutsFromEnv(), ...timeouts };
  // The adapter makes the pool (and a new one after $disconnect); the per-request session lookup runs
  // as a named prepared statement on the current one (auth/session.ts, poolOf).
  const adapter = new PoolTrackingPg({ connectionString: url, max, ...poolTimeoutOptions(limits) });
  if (!onQuery) return remember(new PrismaClient({ adapter }), url, adapter);
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (e) => onQuery(e.query));
  return remember(client, url, adapter);
}

const urls = new WeakMap<PrismaClient, string>();
const adapters = new WeakMap<PrismaClient, PoolTrackingPg>();
function remember(client: PrismaClient, url: string, adapter: PoolTrackingPg): PrismaClient {
  urls.set(client, url);
  adapters.set(client, adapter);
  return client;
}

/**
 * The live pg pool under a client made by createPrisma: undefined for a transaction's client, before
 * Prisma has connected and after $disconnect (never an ended pool: the caller goes through Prisma,
 * which connects again). Only for a statement on the hot path whose cost through Prisma was measured
 * (ADR 049); everything else uses Prisma.
 */
export function poolOf(db: Db): pg.Pool | undefined {
  // Not on the embedded database: PGlite is one session behind every connection, so a statement named
  // on a connection the pool has since closed still exists there, and the next connection's
  // "prepare" fails with 42P05 ("prepared statement … already exists"): the demo's sign-in broke
  // after the pool's idle timeout.
  const url = urls.get(db);
  if (url !== undefined && embeddedUrls.has(url)) return undefined;
  const pool = adapters.get(db)?.pool;
  return pool && !pool.ended ? pool : undefined;
}

/** The connection string a client was made with: a bulk load (COPY) opens its own connection to it. */
export function connectionUrlOf(db: Db): string | undefined {
  return urls.get(db);
}
