// Starts Sundhedsoverblik: the embedded PostgreSQL when DATABASE_URL is unset (demo mode, with demo
// data and demo accounts), otherwise the given PostgreSQL. Migrates, seeds in demo mode, serves.
import type { Server } from 'node:http';
import { DataDirError, startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded';
import { migrate, MigrationError } from './db/migrate';
import { defaultDataDir, migrationsDir } from './db/paths';
import { createPrisma } from './db/prisma';
import { seedDemo } from './seed/seedDemo';
import { anonymousRateFromEnv } from './http/anonymousRateLimit';
import { applyServerTimeouts } from './http/timeouts';
import { shutdownOnSignals } from './http/shutdown';
import { createApp } from './server/app';
import { oidcConfigFromEnv } from './features/auth/oidcConfig';

function fail(message: string): never {
  console.error(`\nSundhedsoverblik kunne ikke starte: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const started = Date.now();
  const port = Number(process.env.PORT ?? 4000);
  let url = process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  if (!url) {
    const dataDir = process.env.SUNDHED_DATA_DIR ?? defaultDataDir;
    embedded = await startEmbeddedDatabase(dataDir).catch((error: unknown) => {
      if (error instanceof DataDirError) fail(error.message); // incomplete, damaged or in use: touch nothing
      throw error;
    });
    url = embedded.url;
    console.log(`Indlejret PostgreSQL (PGlite), data i ${dataDir}`);
  }
  const demoMode = Boolean(embedded) || process.env.SUNDHED_DEMO === '1';

  try {
    const applied = await migrate(url, migrationsDir);
    if (applied.length) console.log(`Migreringer udført: ${applied.join(', ')}`);
  } catch (error) {
    if (error instanceof MigrationError) fail(error.message);
    fail(`databasen kan ikke nås (${(error as Error).message}). Tjek DATABASE_URL.`);
  }

  const db = createPrisma(url, { max: embedded ? 1 : Number(process.env.DATABASE_POOL ?? 10) });
  if (demoMode) await seedDemo(db, { demoUsers: true });

  const { app, stop } = await createApp(db, {
    demoMode,
    secureCookies: process.env.SECURE_COOKIES === '1',
    responseCache: process.env.SUNDHED_RESPONSE_CACHE !== '0',
    production: process.env.NODE_ENV === 'production',
    anonymousRequestsPerMinute: anonymousRateFromEnv(process.env.SUNDHED_RATE_LIMIT),
    oidc: oidcConfigFromEnv(),
  });
  const server: Server = app.listen(port, process.env.HOST ?? '127.0.0.1');
  applyServerTimeouts(server);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch((error: Error) => fail(`porten ${port} kan ikke bruges (${error.message}).`));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(
    `Sundhedsoverblik kører på http://localhost:${actualPort}${demoMode ? ' (demo)' : ''} – klar efter ${Date.now() - started} ms`,
  );

  // Finish requests in flight, then close Apollo, the pool and the embedded database (ADR 017).
  shutdownOnSignals({ server, close: [stop, () => db.$disconnect(), async () => embedded?.stop()] });
}

main().catch((error: unknown) => fail((error as Error).stack ?? String(error)));
