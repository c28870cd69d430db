// Measures seedDemo on the embedded database (PGlite, one connection), as at a cold start.
// Run: pnpm --filter @sundhed/api exec tsx src/seed/benchEmbeddedSeed.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedDatabase } from '../db/embedded';
import { migrate } from '../db/migrate';
import { migrationsDir } from '../db/paths';
import { createPrisma } from '../db/prisma';
import { seedDemo } from './seedDemo';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-seed-bench-'));
  const t0 = performance.now();
  const embedded = await startEmbeddedDatabase(dir);
  const t1 = performance.now();
  await migrate(embedded.url, migrationsDir);
  const t2 = performance.now();
  const db = createPrisma(embedded.url, { max: 1 });
  try {
    await db.$connect();
    const t3 = performance.now();
    await seedDemo(db, { demoUsers: true });
    const t4 = performance.now();
    await seedDemo(db, { demoUsers: true });
    const t5 = performance.now();
    const ms = (a: number, b: number) => `${Math.round(b - a)} ms`;
    console.log(`start ${ms(t0, t1)}, migrate ${ms(t1, t2)}, seed ${ms(t3, t4)}, seed again (no-op) ${ms(t4, t5)}`);
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
