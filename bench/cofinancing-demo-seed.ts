// What the synthetic co-financing demo data (ADR 046) adds to demo mode's cold start: the embedded database
// (PGlite, one connection) is started, migrated and seeded as by `pnpm start`, then seedCofinancingDemo is
// timed (the ~23,000 activity rows go through the real import in batches). Prints the time, the rows and the
// CPU time of this process (PGlite runs in it, so that is the whole database's work).
// Run from the repository root: pnpm exec tsx bench/cofinancing-demo-seed.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmbeddedDatabase } from '../apps/api/src/db/embedded';
import { migrate } from '../apps/api/src/db/migrate';
import { migrationsDir } from '../apps/api/src/db/paths';
import { createPrisma } from '../apps/api/src/db/prisma';
import { seedCofinancingDemo } from '../apps/api/src/seed/cofinancingDemo';
import { seedDemo } from '../apps/api/src/seed/seedDemo';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-cofin-demo-bench-'));
  const embedded = await startEmbeddedDatabase(dir);
  const db = createPrisma(embedded.url, { max: 1 });
  try {
    await migrate(embedded.url, migrationsDir);
    await seedDemo(db, { demoUsers: true });
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await seedCofinancingDemo(db);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    const rows = await db.cofinancingActivity.count();
    console.log(
      `synthetic co-financing demo: ${rows} activity rows in ${Math.round(wall)} ms wall, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU`,
    );
  } finally {
    await db.$disconnect();
    await embedded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
