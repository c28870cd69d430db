import { defined } from '../../../../test/defined';
import { cpSync, mkdtempSync, mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { migrate, MigrationError, readMigrationFiles } from './migrate';
import { migrationsDir } from './paths';
import { embeddedMode, emptyTestDatabase, type TestDatabase } from '../../test/testDatabase';

let database: TestDatabase;
beforeEach(async () => {
  database = await emptyTestDatabase();
});
afterEach(() => database.drop());

function copyOfMigrations(): string {
  const dir = mkdtempSync(join(tmpdir(), 'migrations-'));
  cpSync(migrationsDir, dir, { recursive: true });
  return dir;
}

async function appliedRows(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (
      await client.query(
        'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY started_at',
      )
    ).rows;
  } finally {
    await client.end();
  }
}

test('migrations are recorded the way Prisma Migrate records them, and applied once', async () => {
  const files = readMigrationFiles(migrationsDir);
  expect(await migrate(database.url, migrationsDir)).toEqual(files.map((f) => f.name));
  const rows = await appliedRows(database.url);
  expect(rows).toEqual(
    files.map((f) => ({
      migration_name: f.name,
      checksum: f.checksum,
      finished_at: expect.any(Date),
      applied_steps_count: 1,
    })),
  );
  expect(await migrate(database.url, migrationsDir)).toEqual([]);
});

test('start-up is refused when an applied migration file has changed', async () => {
  const dir = copyOfMigrations();
  await migrate(database.url, dir);
  const first = defined(readMigrationFiles(dir)[0], 'a migration');
  appendFileSync(join(dir, first.name, 'migration.sql'), '\n-- edited afterwards\n');
  await expect(migrate(database.url, dir)).rejects.toThrow(MigrationError);
  await expect(migrate(database.url, dir)).rejects.toThrow(/has changed since it was applied/);
});

test('a failing migration is rolled back whole and leaves no record', async () => {
  const dir = copyOfMigrations();
  await migrate(database.url, dir);
  mkdirSync(join(dir, '29990101000000_broken'));
  writeFileSync(
    join(dir, '29990101000000_broken', 'migration.sql'),
    'CREATE TABLE "Half" (id int);\nSELECT * FROM "DoesNotExist";\n',
  );
  await expect(migrate(database.url, dir)).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const half = await client.query(`SELECT to_regclass('public."Half"') AS t`);
  await client.end();
  expect(half.rows[0].t).toBeNull();
  expect((await appliedRows(database.url)).map((r) => r.migration_name)).not.toContain('29990101000000_broken');
});

// The advisory lock is per session, and embedded PGlite has a single session shared by every
// connection, so this property can only be observed on a PostgreSQL server (as in CI).
const onServer = embeddedMode ? test.skip : test;

onServer('two processes starting at once do not both migrate', async () => {
  const results = await Promise.all([
    migrate(database.url, migrationsDir),
    migrate(database.url, migrationsDir),
    migrate(database.url, migrationsDir),
  ]);
  const applied = results.flat();
  expect(applied).toEqual(readMigrationFiles(migrationsDir).map((f) => f.name));
  expect(await appliedRows(database.url)).toHaveLength(applied.length);
});
