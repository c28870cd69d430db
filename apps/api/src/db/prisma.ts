import { PrismaPg } from '@prisma/adapter-pg';
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
  const adapter = new PrismaPg({ connectionString: url, max, ...poolTimeoutOptions(limits) });
  if (!onQuery) return remember(new PrismaClient({ adapter }), url);
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (e) => onQuery(e.query));
  return remember(client, url);
}

const urls = new WeakMap<PrismaClient, string>();
function remember(client: PrismaClient, url: string): PrismaClient {
  urls.set(client, url);
  return client;
}

/** The connection string a client was made with: a bulk load (COPY) opens its own connection to it. */
export function connectionUrlOf(db: Db): string | undefined {
  return urls.get(db);
}
