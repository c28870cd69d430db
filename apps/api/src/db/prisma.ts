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
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (e) => onQuery(e.query));
  return client;
}
