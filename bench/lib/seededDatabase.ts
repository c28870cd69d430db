// A database of a benchmark's own on the real PostgreSQL (BENCH_DATABASE_URL, else the local server):
// created, migrated and seeded with the demo data before `run`, dropped after it, whatever happens.
import pg from 'pg';
import { migrate } from '../../apps/api/src/db/migrate';
import { migrationsDir } from '../../apps/api/src/db/paths';
import { createPrisma, type Db } from '../../apps/api/src/db/prisma';
import { seedDemo } from '../../apps/api/src/seed/seedDemo';

export async function withSeededDatabase<T>(
  prefix: string,
  options: { pool: number; onQuery?: (sql: string) => void },
  run: (db: Db, url: string) => Promise<T>,
): Promise<T> {
  const admin = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const name = `sundhed_${prefix}_${process.pid}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  try {
    await migrate(url.toString(), migrationsDir);
    const db = createPrisma(url.toString(), { max: options.pool, onQuery: options.onQuery });
    try {
      await seedDemo(db, { demoUsers: true });
      return await run(db, url.toString());
    } finally {
      await db.$disconnect();
    }
  } finally {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  }
}
