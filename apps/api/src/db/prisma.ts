import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../__generated__/prisma/client';

export type Db = PrismaClient;

export interface DbOptions {
  /** Pool size; the embedded server needs exactly one connection. */
  max: number;
  /** Called with each SQL statement Prisma runs (query counting in tests). */
  onQuery?: (sql: string) => void;
}

export function createPrisma(url: string, { max, onQuery }: DbOptions): PrismaClient {
  const adapter = new PrismaPg({ connectionString: url, max });
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  client.$on('query', (e) => onQuery(e.query));
  return client;
}
