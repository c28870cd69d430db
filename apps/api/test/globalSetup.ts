import { randomBytes } from 'node:crypto';
import { migrate } from '../src/db/migrate';
import { migrationsDir } from '../src/db/paths';
import { createPrisma } from '../src/db/prisma';
import { seedDemo } from '../src/seed/seedDemo';
import { adminQuery, databaseUrl } from './testDatabase';

export default async function globalSetup(): Promise<void> {
  if (process.env.SUNDHED_TEST_EMBEDDED === '1') return; // each file starts its own PGlite
  const template = `sundhed_tpl_${randomBytes(3).toString('hex')}`;
  process.env.SUNDHED_TEST_TEMPLATE = template;
  await adminQuery(`CREATE DATABASE "${template}"`);
  const url = databaseUrl(template);
  await migrate(url, migrationsDir);
  const db = createPrisma(url, { max: 2 });
  try {
    await seedDemo(db, { demoUsers: true });
  } finally {
    await db.$disconnect();
  }
  // A template must have no open connections when it is cloned; Prisma's pool is closed above.
}
