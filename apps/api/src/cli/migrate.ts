// pnpm db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database.
import { startEmbeddedDatabase } from '../db/embedded';
import { migrate } from '../db/migrate';
import { migrationsDir } from '../db/paths';
import { commandTarget, reportFailure } from './target';

const target = commandTarget();
try {
  const embedded = target.kind === 'embedded' ? await startEmbeddedDatabase(target.dataDir) : undefined;
  try {
    const applied = await migrate(target.kind === 'postgres' ? target.url : embedded!.url, migrationsDir);
    console.log(
      applied.length
        ? `Migreringer udført: ${applied.join(', ')}`
        : 'Databasen er opdateret; ingen migreringer mangler.',
    );
  } finally {
    await embedded?.stop();
  }
} catch (error) {
  reportFailure(error, (reason) => reason);
}
