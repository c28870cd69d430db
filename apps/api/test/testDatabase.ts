// Test databases on the real PostgreSQL: globalSetup migrates and seeds one template database per
// run; each test file clones it (CREATE DATABASE … TEMPLATE, fast) and drops its clone afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedDatabase } from '../src/db/embedded';
import { migrate } from '../src/db/migrate';
import { migrationsDir } from '../src/db/paths';
import { createPrisma } from '../src/db/prisma';
import { seedDemo } from '../src/seed/seedDemo';

/** Without a PostgreSQL server (a fresh machine), each test file gets its own embedded PGlite. */
export const embeddedMode = process.env.SUNDHED_TEST_EMBEDDED === '1';
/** The embedded server takes one connection at a time. */
export const testPoolMax = embeddedMode ? 1 : 4;

export const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function templateName(): string {
  const name = process.env.SUNDHED_TEST_TEMPLATE;
  if (!name) throw new Error('SUNDHED_TEST_TEMPLATE is not set: run the API tests through Jest (globalSetup).');
  return name;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** A fresh copy of the migrated and seeded template, for one test file. */
export async function cloneTestDatabase(): Promise<TestDatabase> {
  if (embeddedMode) return embeddedDatabase(true);
  const template = templateName();
  const name = `${template}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  return {
    url: databaseUrl(name),
    name,
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}

/** An empty database (no migrations), for migration tests. */
export async function emptyTestDatabase(): Promise<TestDatabase> {
  if (embeddedMode) return embeddedDatabase(false);
  const name = `sundhed_empty_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  return { url: databaseUrl(name), name, drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function embeddedDatabase(seeded: boolean): Promise<TestDatabase> {
  const embedded = await startEmbeddedDatabase();
  if (seeded) {
    await migrate(embedded.url, migrationsDir);
    const db = createPrisma(embedded.url, { max: 1 });
    try {
      await seedDemo(db, { demoUsers: true });
    } finally {
      await db.$disconnect();
    }
  }
  return { url: embedded.url, name: 'embedded', drop: () => embedded.stop() };
}
