// pnpm db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database.
import { startEmbeddedDatabase } from '../db/embedded';
import { migrate } from '../db/migrate';
import { defaultDataDir, migrationsDir } from '../db/paths';

const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedDatabase(process.env.SUNDHED_DATA_DIR ?? defaultDataDir);
const url = process.env.DATABASE_URL ?? embedded!.url;
try {
  const applied = await migrate(url, migrationsDir);
  console.log(applied.length ? `Migreringer udført: ${applied.join(', ')}` : 'Databasen er opdateret; ingen migreringer mangler.');
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
