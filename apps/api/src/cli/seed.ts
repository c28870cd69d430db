// pnpm db:seed: applies pending migrations, then puts the demo data into DATABASE_URL or the embedded
// database. Idempotent; never writes into a database holding other data. Demo accounts (password
// demo1234) only where the app would make them too: embedded, or with SUNDHED_DEMO=1.
import { operationMessages as om } from '@sundhed/shared';
import { startEmbeddedDatabase } from '../db/embedded';
import { migrate } from '../db/migrate';
import { migrationsDir } from '../db/paths';
import { createPrisma } from '../db/prisma';
import { seedCofinancingDemo } from '../seed/cofinancingDemo';
import { seedDemo } from '../seed/seedDemo';
import { commandTarget, reportFailure } from './target';

const target = commandTarget();
try {
  const embedded = target.kind === 'embedded' ? await startEmbeddedDatabase(target.dataDir) : undefined;
  const url = target.kind === 'postgres' ? target.url : embedded!.url;
  try {
    await migrate(url, migrationsDir);
    const db = createPrisma(url, { max: 1 });
    try {
      const demo = Boolean(embedded) || process.env.SUNDHED_DEMO === '1';
      const result = await seedDemo(db, { demoUsers: demo });
      // Synthetic co-financing figures only where the app is a demo (ADR 046).
      if (result === 'seeded' && demo) await seedCofinancingDemo(db);
      if (result === 'other-data') {
        console.error(om.seedRefused);
        process.exitCode = 1;
      } else {
        console.log(result === 'seeded' ? om.seedDone : om.seedAlready);
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    await embedded?.stop();
  }
} catch (error) {
  reportFailure(error, (reason) => reason);
}
