// Starts Sundhedsoverblik: the embedded PostgreSQL when DATABASE_URL is unset (demo mode, with demo
// data and demo accounts), otherwise the given PostgreSQL. Migrates, seeds in demo mode, serves.
import type { Server } from 'node:http';
import { DataDirError, startEmbeddedDatabase, type EmbeddedDatabase } from './db/embedded';
import { migrate, MigrationError } from './db/migrate';
import { defaultDataDir, migrationsDir } from './db/paths';
import { createPrisma, type Db } from './db/prisma';
import { seedCofinancingDemo } from './seed/cofinancingDemo';
import { seedDemo } from './seed/seedDemo';
import { anonymousRateFromEnv } from './http/anonymousRateLimit';
import { applyServerTimeouts } from './http/timeouts';
import { shutdownOnSignals } from './http/shutdown';
import { createApp } from './server/app';
import { warmSearch } from './features/search/warmSearch';
import { isServerWorker, runServerWorkers, workerPlan, type WorkerPlan } from './server/workers';
import { oidcConfigFromEnv } from './auth/oidcConfig';
import { samlConfigFromEnv } from './auth/samlConfig';

function fail(message: string): never {
  console.error(`\nSundhedsoverblik kunne ikke starte: ${message}\n`);
  process.exit(1);
}

/** Configuration read from the environment; a wrong or missing value stops the start with its message. */
function configOrFail<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    fail((error as Error).message);
  }
}

/** Sign-in through the identity providers (ADR 042, 050); read first, so a bad value stops before anything starts. */
const signInConfig = () => configOrFail(() => ({ oidc: oidcConfigFromEnv(), saml: samlConfigFromEnv() }));

function planWorkers(embedded: boolean): WorkerPlan {
  try {
    const plan = workerPlan(process.env, embedded);
    if (plan.note) console.log(plan.note);
    return plan;
  } catch (error) {
    fail((error as Error).message);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  // A forked server process (ADR 039): the first process has migrated and seeded; serve only.
  if (isServerWorker()) return serve(process.env.DATABASE_URL!, undefined, started);
  signInConfig();
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
  const plan = planWorkers(Boolean(embedded));

  try {
    const applied = await migrate(url, migrationsDir);
    if (applied.length) console.log(`Migreringer udført: ${applied.join(', ')}`);
  } catch (error) {
    if (error instanceof MigrationError) fail(error.message);
    fail(`databasen kan ikke nås (${(error as Error).message}). Tjek DATABASE_URL.`);
  }

  const db = createPrisma(url, { max: embedded ? 1 : Number(process.env.DATABASE_POOL ?? 10) });
  const seeded = demoMode ? await seedDemo(db, { demoUsers: true }) : 'other-data';

  if (plan.workers > 1) {
    // The primary loads the demo's co-financing figures while the workers start, then lets go of its pool.
    void (seeded !== 'other-data' ? loadCofinancingDemo(db) : Promise.resolve())
      .then(() => db.$disconnect())
      .catch(() => undefined);
    console.log(`Starter ${plan.workers} serverprocesser (SUNDHED_WORKERS) …`);
    return runServerWorkers(plan.workers, { ...process.env, DATABASE_URL: url, SUNDHED_DEMO: demoMode ? '1' : '0' });
  }
  return serve(url, embedded, started, db, seeded !== 'other-data');
}

/**
 * The synthetic co-financing figures of the demo (ADR 046) load after the start, so they never delay it;
 * the page shows them once they are in (a few seconds). Nothing happens once any import exists.
 */
function loadCofinancingDemo(db: Db): Promise<void> {
  return seedCofinancingDemo(db).then(
    () => undefined,
    (error: unknown) =>
      console.error(`Syntetiske demodata til medfinansiering kunne ikke indlæses: ${(error as Error).message}`),
  );
}

/** Serves HTTP on PORT from this process until SIGTERM/SIGINT. */
async function serve(
  url: string,
  embedded: EmbeddedDatabase | undefined,
  started: number,
  existing?: Db,
  withCofinancingDemo = false,
) {
  const port = Number(process.env.PORT ?? 4000);
  const demoMode = Boolean(embedded) || process.env.SUNDHED_DEMO === '1';
  const db = existing ?? createPrisma(url, { max: Number(process.env.DATABASE_POOL ?? 10) });

  const { app, stop } = await createApp(db, {
    demoMode,
    secureCookies: process.env.SECURE_COOKIES === '1',
    responseCache: process.env.SUNDHED_RESPONSE_CACHE !== '0',
    production: process.env.NODE_ENV === 'production',
    anonymousRequestsPerMinute: anonymousRateFromEnv(process.env.SUNDHED_RATE_LIMIT),
    ...signInConfig(),
  });
  // The index of all offers built and the engine's code compiled before the server says it is ready (ADR
  // 091); a failure here is told and left to the first search, which builds the index as before.
  await warmSearch(db).then(
    (offers) => console.log(`Søgningen er klar: ${offers} tilbud indekseret efter ${Date.now() - started} ms`),
    (error: unknown) => console.error(`Søgeindekset kunne ikke bygges ved start: ${(error as Error).message}`),
  );
  const server: Server = app.listen(port, process.env.HOST ?? '127.0.0.1');
  applyServerTimeouts(server);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  }).catch((error: Error) => fail(`porten ${port} kan ikke bruges (${error.message}).`));
  // Finish requests in flight, then close Apollo, the pool and the embedded database (ADR 017). Installed before
  // the line that says the server is ready: until a listener exists the OS's default for SIGTERM applies, and a
  // supervisor that stops the server as soon as it reads that line killed it outright.
  shutdownOnSignals({ server, close: [stop, () => db.$disconnect(), async () => embedded?.stop()] });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  console.log(
    `Sundhedsoverblik kører på http://localhost:${actualPort}${demoMode ? ' (demo)' : ''} – klar efter ${Date.now() - started} ms` +
      (isServerWorker() ? ` (serverproces ${process.pid})` : ''),
  );

  if (withCofinancingDemo) void loadCofinancingDemo(db);
}

main().catch((error: unknown) => fail((error as Error).stack ?? String(error)));
