// pnpm db:seed: migrates and seeds an empty database, changes nothing the second time, and refuses a
// database that holds other data (the demo seed never writes over anyone's records).
import { migrate } from '../db/migrate';
import { migrationsDir } from '../db/paths';
import { createPrisma } from '../db/prisma';
import { buildSource } from '../seed/factories';
import { seedDemo } from '../seed/seedDemo';
import { runTs } from '../../test/embeddedProcess';
import { embeddedMode, emptyTestDatabase } from '../../test/testDatabase';

(embeddedMode ? describe.skip : describe)('on the real PostgreSQL', () => {
  test('seeds an empty database once; a second run changes nothing', async () => {
    const database = await emptyTestDatabase();
    try {
      expect(await runTs('src/cli/seed.ts', [], { DATABASE_URL: database.url })).toMatchObject({
        code: 0,
        output: expect.stringContaining('Demodata er lagt ind.'),
      });
      const db = createPrisma(database.url, { max: 1 });
      try {
        const offers = await db.offer.count();
        expect(offers).toBeGreaterThan(10);
        expect(await db.staffUser.count()).toBe(0); // demo accounts only with SUNDHED_DEMO=1
        await db.offer.updateMany({ data: { sendCount: 7 } });
        expect(await runTs('src/cli/seed.ts', [], { DATABASE_URL: database.url })).toMatchObject({
          code: 0,
          output: expect.stringContaining('Demodata findes allerede'),
        });
        expect(await db.offer.count()).toBe(offers);
        expect(await db.offer.count({ where: { sendCount: { not: 7 } } })).toBe(0);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await database.drop();
    }
  }, 120_000);

  test('refuses a database holding other data, and writes nothing', async () => {
    const database = await emptyTestDatabase();
    try {
      await migrate(database.url, migrationsDir);
      const db = createPrisma(database.url, { max: 1 });
      try {
        await db.source.create({ data: buildSource({ title: 'Kommunens egen kilde' }) });
        expect(await seedDemo(db, { demoUsers: true })).toBe('other-data');
        const refused = await runTs('src/cli/seed.ts', [], { DATABASE_URL: database.url });
        expect(refused).toMatchObject({
          code: 1,
          output: expect.stringContaining('Databasen indeholder allerede data, som ikke er demodata'),
        });
        expect(await db.source.count()).toBe(1);
        expect(await db.municipality.count()).toBe(0);
      } finally {
        await db.$disconnect();
      }
    } finally {
      await database.drop();
    }
  }, 120_000);
});
