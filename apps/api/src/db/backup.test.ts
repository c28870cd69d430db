// pnpm db:backup / db:restore: a seeded database, backed up and restored into an EMPTY database of the
// same kind, holds every record (row counts of every table, checksums of a few); a non-empty target
// is refused unless forced. The real PostgreSQL uses the machine's pg_dump/pg_restore; the embedded
// database PGlite's own dump, both while it runs (through the app's backup socket) and while it is stopped.
import { defined } from '../../../../test/defined';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { BackupError, backupDatabase, restoreDatabase } from './backup';
import { looseEntries } from './dataDir';
import { runTs, serveEmbedded } from '../../test/embeddedProcess';
import { cloneTestDatabase, embeddedMode, emptyTestDatabase } from '../../test/testDatabase';

/** Row count of every table, and an md5 over the full rows of a few tables, in a stable order. */
async function fingerprint(url: string): Promise<{ counts: Record<string, number>; sums: Record<string, string> }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)
    ).rows.map((r) => r.t);
    const counts: Record<string, number> = {};
    for (const t of tables) counts[t] = Number((await client.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
    const sums: Record<string, string> = {};
    for (const t of ['Offer', 'StaffUser', 'Grant', 'Milestone', '_prisma_migrations']) {
      sums[t] = (
        await client.query(`SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS s FROM "${t}" x`)
      ).rows[0].s;
    }
    return { counts, sums };
  } finally {
    await client.end();
  }
}

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-backup-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

(embeddedMode ? describe.skip : describe)('real PostgreSQL', () => {
  test('backup, restore into an empty database: every record is back; a non-empty target needs --force', async () => {
    const source = await cloneTestDatabase();
    const target = await emptyTestDatabase();
    try {
      const before = await fingerprint(source.url);
      expect(before.counts.Offer).toBeGreaterThan(10);
      const file = join(tempDir(), 'sundhed.dump');
      expect(await backupDatabase({ kind: 'postgres', url: source.url }, file)).toBeGreaterThan(0);

      await restoreDatabase({ kind: 'postgres', url: target.url }, file, { force: false });
      expect(await fingerprint(target.url)).toEqual(before);

      // The target is no longer empty: refused in Danish, then overwritten with force.
      await expect(restoreDatabase({ kind: 'postgres', url: target.url }, file, { force: false })).rejects.toThrow(
        /er ikke tom.*--force/,
      );
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      await client.query(`DELETE FROM "OfferChange"; CREATE TABLE "Leftover" (a int)`);
      await client.end();
      await restoreDatabase({ kind: 'postgres', url: target.url }, file, { force: true });
      expect(await fingerprint(target.url)).toEqual(before);

      // A PGlite dump is not restored into PostgreSQL.
      const wrong = join(tempDir(), 'wrong.tar.gz');
      writeFileSync(wrong, Buffer.from([0x1f, 0x8b, 0, 0]));
      await expect(restoreDatabase({ kind: 'postgres', url: target.url }, wrong, { force: true })).rejects.toThrow(
        BackupError,
      );
    } finally {
      await source.drop();
      await target.drop();
    }
  });
});

test('embedded: pnpm db:seed, then db:backup of the running database and of a stopped one, db:restore into an empty folder', async () => {
  const env = (dataDir: string) => ({ DATABASE_URL: '', SUNDHED_DATA_DIR: dataDir });
  const sourceDir = join(tempDir(), 'pglite');
  const seeded = await runTs('src/cli/seed.ts', [], env(sourceDir));
  expect(seeded).toMatchObject({ code: 0, output: expect.stringContaining('Demodata er lagt ind.') });

  const live = join(tempDir(), 'live.tar.gz');
  const source = await serveEmbedded(sourceDir);
  let before: Awaited<ReturnType<typeof fingerprint>>;
  try {
    before = await fingerprint(source.url);
    expect(before.counts.Offer).toBeGreaterThan(10);
    expect(await runTs('src/cli/backup.ts', [live], env(sourceDir))).toMatchObject({
      code: 0,
      output: expect.stringContaining('Sikkerhedskopi skrevet'),
    });
    const refused = await runTs('src/cli/restore.ts', [live, '--force'], env(sourceDir));
    expect(refused).toMatchObject({ code: 1, output: expect.stringContaining('Stop appen, før du genskaber') });
  } finally {
    await source.stop();
  }
  const stopped = join(tempDir(), 'stopped.tar.gz');
  expect((await runTs('src/cli/backup.ts', [stopped], env(sourceDir))).code).toBe(0);

  for (const file of [live, stopped]) {
    const targetDir = join(tempDir(), 'restored');
    expect(await runTs('src/cli/restore.ts', [file], env(targetDir))).toMatchObject({
      code: 0,
      output: expect.stringContaining('Databasen er genskabt'),
    });
    expect(looseEntries(targetDir)).toEqual([]);
    const target = await serveEmbedded(targetDir);
    try {
      expect(await fingerprint(target.url)).toEqual(before);
    } finally {
      await target.stop();
    }
  }

  // A folder that is not empty is refused; with --force it is moved aside, never deleted.
  const again = await runTs('src/cli/restore.ts', [stopped], env(sourceDir));
  expect(again).toMatchObject({ code: 1, output: expect.stringMatching(/ikke tom.*--force/) });
  const forced = await runTs('src/cli/restore.ts', [stopped, '--force'], env(sourceDir));
  expect(forced).toMatchObject({ code: 0, output: expect.stringContaining('flyttet til') });
  const aside = defined(/flyttet til (\S+) /.exec(forced.output)?.[1], 'the folder the restore moved aside');
  expect(readdirSync(aside)).toContain('PG_VERSION');
}, 600_000);
