// The operator's probes (ADR 017). /healthz: the process is up and serving (no database). /readyz: the
// database answers within a short timeout and every migration in prisma/migrations is applied. Both answer
// JSON with a Danish status text, 200 or 503, and are never cached.
import { errorMessages } from '@sundhed/shared';
import { Router } from 'express';
import { readMigrationFiles } from '../db/migrate';
import type { Db } from '../db/prisma';

export interface HealthOptions {
  migrationsDir: string;
  /** How long the readiness check waits for the database (SUNDHED_READY_TIMEOUT_MS, default 2 s). */
  readyTimeoutMs?: number;
}

export type Readiness = { ready: true } | { ready: false; reason: 'database' | 'migrations'; pending?: string[] };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function checkReadiness(db: Db, expected: string[], timeoutMs: number): Promise<Readiness> {
  let applied: { migration_name: string }[];
  try {
    applied = await withTimeout(
      db.$queryRaw<
        { migration_name: string }[]
      >`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      timeoutMs,
    );
  } catch {
    return { ready: false, reason: 'database' };
  }
  const done = new Set(applied.map((row) => row.migration_name));
  const pending = expected.filter((name) => !done.has(name));
  return pending.length ? { ready: false, reason: 'migrations', pending } : { ready: true };
}

export function healthRouter(db: Db, options: HealthOptions): Router {
  const timeoutMs = options.readyTimeoutMs ?? Number(process.env.SUNDHED_READY_TIMEOUT_MS || 2000);
  // The migrations this build ships with; the folder does not change while the process runs.
  const expected = readMigrationFiles(options.migrationsDir).map((m) => m.name);
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok', message: errorMessages.healthLive });
  });
  router.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const readiness = await checkReadiness(db, expected, timeoutMs);
    if (readiness.ready) return void res.json({ status: 'ready', message: errorMessages.healthReady });
    const message =
      readiness.reason === 'database'
        ? errorMessages.healthDbUnreachable
        : errorMessages.healthMigrationsPending(readiness.pending!.join(', '));
    res.status(503).json({
      status: 'not-ready',
      reason: readiness.reason,
      message,
      ...(readiness.pending ? { pending: readiness.pending } : {}),
    });
  });
  return router;
}
