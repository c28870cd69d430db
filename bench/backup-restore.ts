// Time of pnpm db:backup and db:restore's work for both kinds of database, on the seeded demo data:
// real PostgreSQL (pg_dump/pg_restore, custom format) and embedded (PGlite's dumpDataDir; the stopped
// path, which opens the data folder itself). Median of N runs.
// Usage: pnpm exec tsx bench/backup-restore.ts [runs]   (needs PostgreSQL on BENCH_DATABASE_URL or 127.0.0.1:5432)
import { at } from '@sundhed/shared/at';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { backupDatabase, restoreDatabase, type BackupTarget } from '../apps/api/src/db/backup';
import { startEmbeddedDatabase } from '../apps/api/src/db/embedded';
import { migrate } from '../apps/api/src/db/migrate';
import { migrationsDir } from '../apps/api/src/db/paths';
import { createPrisma } from '../apps/api/src/db/prisma';
import { seedDemo } from '../apps/api/src/seed/seedDemo';

const runs = Number(process.argv[2] ?? 3);
const admin = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const work = mkdtempSync(join(tmpdir(), 'sundhed-bench-backup-'));

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(sql);
  await client.end();
}
const dbUrl = (name: string) => Object.assign(new URL(admin), { pathname: `/${name}` }).toString();

async function seed(url: string) {
  await migrate(url, migrationsDir);
  const db = createPrisma(url, { max: 1 });
  await seedDemo(db, { demoUsers: true });
  await db.$disconnect();
}

const median = (xs: number[]) =>
  at(
    [...xs].sort((a, b) => a - b),
    Math.floor(xs.length / 2),
  );
const fmt = (xs: number[]) =>
  `median ${(median(xs) / 1000).toFixed(2)} s (runs: ${xs.map((x) => (x / 1000).toFixed(2)).join(', ')})`;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function main() {
  try {
    // Real PostgreSQL
    const source = `sundhed_bench_bk_${randomBytes(3).toString('hex')}`;
    await adminQuery(`CREATE DATABASE "${source}"`);
    await seed(dbUrl(source));
    const pgBackup: number[] = [];
    const pgRestore: number[] = [];
    const pgFile = join(work, 'pg.dump');
    for (let i = 0; i < runs; i++) {
      pgBackup.push(await timed(() => backupDatabase({ kind: 'postgres', url: dbUrl(source) }, pgFile)));
      const target = `sundhed_bench_rs_${randomBytes(3).toString('hex')}`;
      await adminQuery(`CREATE DATABASE "${target}"`);
      pgRestore.push(
        await timed(() => restoreDatabase({ kind: 'postgres', url: dbUrl(target) }, pgFile, { force: false })),
      );
      await adminQuery(`DROP DATABASE "${target}" WITH (FORCE)`);
    }
    await adminQuery(`DROP DATABASE "${source}" WITH (FORCE)`);
    console.log(
      `real PostgreSQL, backup (pg_dump -Fc, ${(statSync(pgFile).size / 1e6).toFixed(2)} MB): ${fmt(pgBackup)}`,
    );
    console.log(`real PostgreSQL, restore into an empty database (pg_restore): ${fmt(pgRestore)}`);

    // Embedded
    const dataDir = join(work, 'pglite');
    const embedded = await startEmbeddedDatabase(dataDir);
    await seed(embedded.url);
    await embedded.stop();
    const emBackup: number[] = [];
    const emRestore: number[] = [];
    const emFile = join(work, 'pglite.tar.gz');
    for (let i = 0; i < runs; i++) {
      emBackup.push(await timed(() => backupDatabase({ kind: 'embedded', dataDir }, emFile)));
      const target: BackupTarget = { kind: 'embedded', dataDir: join(work, `restored-${i}`) };
      emRestore.push(await timed(() => restoreDatabase(target, emFile, { force: false })));
    }
    console.log(
      `embedded, backup of the stopped data folder (dumpDataDir gzip, ${(statSync(emFile).size / 1e6).toFixed(2)} MB): ${fmt(emBackup)}`,
    );
    console.log(`embedded, restore into an empty data folder: ${fmt(emRestore)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
